import { createStore, del, get, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { findPlaintext } from '../testing/storage-scan.js';
import { DAY_MS, EncryptedDraftStore } from './draft-store.js';

const drafts = createStore('homeward-drafts', 'drafts');
const keys = createStore('homeward-keys', 'keys');

interface Answers {
  fullName: string;
  narrative: string;
  phones: string[];
}

const answers: Answers = {
  fullName: 'Sokha Chanthy ស៊ុខា',
  narrative: 'Held in a compound in Bavet for eight months 在巴域',
  phones: ['+62 812 3456 7890'],
};

function fresh(options: { ttlMs?: number; now?: () => number } = {}) {
  return new EncryptedDraftStore<Answers>({ namespace: `intake-${crypto.randomUUID()}`, ...options });
}

describe('EncryptedDraftStore', () => {
  it('returns what was saved, also to a new instance (a reloaded page)', async () => {
    const store = fresh();
    await store.save(answers);
    expect(await store.load()).toEqual(answers);
    const reopened = new EncryptedDraftStore<Answers>({ namespace: store.namespace });
    expect(await reopened.load()).toEqual(answers);
  });

  it('returns undefined when nothing was saved', async () => {
    expect(await fresh().load()).toBeUndefined();
  });

  it('stores no plaintext of any answer anywhere on the origin', async () => {
    const store = fresh();
    await store.save(answers);
    await store.save({ ...answers, narrative: `${answers.narrative} and more` });
    const secrets = ['Sokha', 'ស៊ុខា', 'Bavet', '巴域', '812 3456', 'eight months'];
    expect(await findPlaintext(secrets)).toEqual([]);
    // The scan itself must be able to see stored text, or the check above proves nothing.
    localStorage.setItem('canary', 'Bavet');
    expect(await findPlaintext(['Bavet'])).toEqual(['Bavet in localStorage[canary]']);
    localStorage.removeItem('canary');
  });

  it('encrypts with AES-GCM under a non-extractable key kept in IndexedDB', async () => {
    const store = fresh();
    await store.save(answers);
    const key = await get<CryptoKey>(`draft:${store.namespace}`, keys);
    expect(key).toBeInstanceOf(CryptoKey);
    expect(key!.extractable).toBe(false);
    expect(key!.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(crypto.subtle.exportKey('raw', key!)).rejects.toThrow();
  });

  it('uses a fresh IV for every save', async () => {
    const store = fresh();
    await store.save(answers);
    const first = await get<{ iv: Uint8Array; data: ArrayBuffer }>(store.namespace, drafts);
    await store.save(answers);
    const second = await get<{ iv: Uint8Array; data: ArrayBuffer }>(store.namespace, drafts);
    expect(first!.iv).toHaveLength(12);
    expect([...second!.iv]).not.toEqual([...first!.iv]);
    expect([...new Uint8Array(second!.data)]).not.toEqual([...new Uint8Array(first!.data)]);
  });

  it('expires a draft ttlMs after its last save, and deletes it', async () => {
    let now = 1_000_000;
    const store = fresh({ ttlMs: 60_000, now: () => now });
    await store.save(answers);
    expect(await store.info()).toEqual({ savedAt: 1_000_000, expiresAt: 1_060_000 });
    now += 59_999;
    expect(await store.load()).toEqual(answers);
    now += 1;
    expect(await store.load()).toBeUndefined();
    expect(await get(store.namespace, drafts)).toBeUndefined();
  });

  it('restarts the expiry on every save', async () => {
    let now = 0;
    const store = fresh({ ttlMs: 1000, now: () => now });
    await store.save(answers);
    now = 900;
    await store.save(answers);
    now = 1500;
    expect(await store.load()).toEqual(answers);
  });

  it('defaults to 24 hours', () => {
    expect(fresh().ttlMs).toBe(DAY_MS);
    expect(DAY_MS).toBe(86_400_000);
  });

  it('really expires with the real clock', async () => {
    const store = fresh({ ttlMs: 30 });
    await store.save(answers);
    await new Promise((r) => setTimeout(r, 60));
    expect(await store.load()).toBeUndefined();
  });

  it('ignores and deletes a draft whose ciphertext was altered', async () => {
    const store = fresh();
    await store.save(answers);
    const stored = await get<{ data: ArrayBuffer }>(store.namespace, drafts);
    const bytes = new Uint8Array(stored!.data.slice(0));
    bytes[0]! ^= 0xff;
    await set(store.namespace, { ...stored, data: bytes.buffer }, drafts);
    expect(await store.load()).toBeUndefined();
    expect(await get(store.namespace, drafts)).toBeUndefined();
  });

  it('ignores a draft whose expiry was pushed back (the expiry is authenticated)', async () => {
    const store = fresh();
    await store.save(answers);
    const stored = await get<{ expiresAt: number }>(store.namespace, drafts);
    await set(store.namespace, { ...stored, expiresAt: stored!.expiresAt + DAY_MS }, drafts);
    expect(await store.load()).toBeUndefined();
  });

  it('ignores a draft copied under another namespace', async () => {
    const a = fresh();
    const b = fresh();
    await a.save(answers);
    await b.save({ ...answers, fullName: 'B' });
    await set(b.namespace, await get(a.namespace, drafts), drafts);
    expect(await b.load()).toBeUndefined();
  });

  it('ignores a draft whose key is gone (site data partly cleared), with a new key made for the namespace', async () => {
    const store = fresh();
    await store.save(answers);
    await del(`draft:${store.namespace}`, keys);
    const reopened = new EncryptedDraftStore<Answers>({ namespace: store.namespace });
    expect(await reopened.load()).toBeUndefined();
    expect(await get(store.namespace, drafts)).toBeUndefined();
    // and the store works again under the new key
    await reopened.save(answers);
    expect(await reopened.load()).toEqual(answers);
  });

  it('ignores junk stored under its name', async () => {
    const store = fresh();
    await set(store.namespace, { fullName: 'not encrypted' }, drafts);
    expect(await store.load()).toBeUndefined();
    expect(await get(store.namespace, drafts)).toBeUndefined();
  });

  it('clear() wins over a save still in progress', async () => {
    const store = fresh();
    void store.save(answers);
    await store.clear();
    expect(await store.load()).toBeUndefined();
    expect(await get(store.namespace, drafts)).toBeUndefined();
  });

  it('keeps the last of several quick saves', async () => {
    const store = fresh();
    await Promise.all(['a', 'ab', 'abc'].map((fullName) => store.save({ ...answers, fullName })));
    expect((await store.load())?.fullName).toBe('abc');
  });

  it('purgeExpired() deletes expired drafts of every namespace and keeps live ones', async () => {
    let now = 0;
    const old = fresh({ ttlMs: 100, now: () => now });
    const live = fresh({ ttlMs: 10_000, now: () => now });
    await old.save(answers);
    await live.save(answers);
    now = 500;
    const purged = await live.purgeExpired();
    expect(purged).toBeGreaterThanOrEqual(1);
    expect(await get(old.namespace, drafts)).toBeUndefined();
    expect(await live.load()).toEqual(answers);
  });

  it('refuses to work without a namespace', () => {
    expect(() => new EncryptedDraftStore({ namespace: '' })).toThrow(TypeError);
  });

  it('stores only ciphertext and timestamps', async () => {
    const store = fresh();
    await store.save(answers);
    const record = await get<object>(store.namespace, drafts);
    expect(Object.keys(record!).sort()).toEqual(['data', 'expiresAt', 'iv', 'savedAt', 'v']);
  });
});
