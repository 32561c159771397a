import { createStore, del, entries, get, set } from 'idb-keyval';
import { deviceKey } from './device-key.js';
import { isSealed, type Sealed, seal, unseal } from './sealed-box.js';
import { SerialQueue } from './serial-queue.js';

const draftDb = createStore('homeward-drafts', 'drafts');

/** What IndexedDB holds for a draft: ciphertext and timestamps, never an answer in the clear. */
interface StoredDraft extends Sealed {
  v: 1;
  savedAt: number;
  expiresAt: number;
}

function isStoredDraft(value: unknown): value is StoredDraft {
  const v = value as Partial<StoredDraft> | null;
  return isSealed(value) && v?.v === 1 && typeof v.expiresAt === 'number' && typeof v.savedAt === 'number';
}

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface DraftStoreOptions {
  /** Separates drafts of different forms (and deployments) on one origin: `intake`, `incident:office-pp`. */
  namespace: string;
  /** How long a draft lives after its last save. Default 24 hours. */
  ttlMs?: number;
  /** The clock, for tests. */
  now?: () => number;
}

export interface DraftInfo {
  savedAt: number;
  expiresAt: number;
}

/**
 * A form's draft on this device, encrypted at rest with AES-GCM 256 under a non-extractable key, and deleted once
 * expired. Operations run in call order, so `clear()` after `save()` always leaves nothing behind.
 */
export class EncryptedDraftStore<T = unknown> {
  readonly namespace: string;
  readonly ttlMs: number;
  readonly #now: () => number;
  readonly #queue = new SerialQueue();

  constructor({ namespace, ttlMs = DAY_MS, now = Date.now }: DraftStoreOptions) {
    if (!namespace) throw new TypeError('EncryptedDraftStore: a namespace is required');
    this.namespace = namespace;
    this.ttlMs = ttlMs;
    this.#now = now;
  }

  /** Encrypts and stores the draft; the expiry restarts from now. */
  save(data: T): Promise<DraftInfo> {
    return this.#queue.run(async () => {
      const savedAt = this.#now();
      const expiresAt = savedAt + this.ttlMs;
      const key = await deviceKey(this.#keyName());
      const sealed = await seal(key, data, this.#context(expiresAt));
      const stored: StoredDraft = { v: 1, ...sealed, savedAt, expiresAt };
      await set(this.namespace, stored, draftDb);
      return { savedAt, expiresAt };
    });
  }

  /** The draft, or `undefined` when there is none, it has expired, or it cannot be decrypted (it is then deleted). */
  load(): Promise<T | undefined> {
    return this.#queue.run(async () => {
      const stored = await get<unknown>(this.namespace, draftDb);
      if (stored === undefined) return undefined;
      if (!isStoredDraft(stored) || stored.expiresAt <= this.#now()) {
        await del(this.namespace, draftDb);
        return undefined;
      }
      try {
        const key = await deviceKey(this.#keyName());
        return await unseal<T>(key, stored, this.#context(stored.expiresAt));
      } catch {
        // Wrong key (site data partly cleared), tampered bytes or expiry: unreadable either way, so drop it.
        await del(this.namespace, draftDb);
        return undefined;
      }
    });
  }

  /** When the current draft was saved and when it expires, without decrypting it. */
  info(): Promise<DraftInfo | undefined> {
    return this.#queue.run(async () => {
      const stored = await get<unknown>(this.namespace, draftDb);
      if (!isStoredDraft(stored) || stored.expiresAt <= this.#now()) return undefined;
      return { savedAt: stored.savedAt, expiresAt: stored.expiresAt };
    });
  }

  /** Deletes the draft (after submitting, or when the person discards it). */
  clear(): Promise<void> {
    return this.#queue.run(() => del(this.namespace, draftDb));
  }

  /** Deletes every expired or unreadable draft on this origin, of any namespace. Returns how many were deleted. */
  purgeExpired(): Promise<number> {
    return this.#queue.run(async () => {
      const now = this.#now();
      let purged = 0;
      for (const [name, stored] of await entries<IDBValidKey, unknown>(draftDb)) {
        if (!isStoredDraft(stored) || stored.expiresAt <= now) {
          await del(name, draftDb);
          purged++;
        }
      }
      return purged;
    });
  }

  #keyName(): string {
    return `draft:${this.namespace}`;
  }

  /** Bound into the ciphertext, so a draft copied under another namespace or given a later expiry will not open. */
  #context(expiresAt: number): string {
    return `homeward-draft|${this.namespace}|${expiresAt}`;
  }
}
