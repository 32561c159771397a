/** The homeward-server commands, run in-process on a SQLite data folder. */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IntakeRecord } from '@homeward/core';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readKeyFile } from '../../src/store/crypto/keys.js';
import { openStore } from '../../src/store/open-store.js';
import { insertInput, intakes } from '../support/records.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe('homeward-server commands', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hw-cli-'));
    env = { HOMEWARD_DATA_DIR: dir, HOME: dir };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('migrates, then says there is nothing to apply', async () => {
    const first = capture();
    expect(await main(['migrate'], env, first.io)).toBe(0);
    expect(first.out[0]).toBe(
      'Applied: 0001-records, 0002-case-work, 0003-statistics, 0004-incident-statistics',
    );
    const second = capture();
    expect(await main(['migrate'], env, second.io)).toBe(0);
    expect(second.out[0]).toMatch(/Nothing to apply/);
  });

  it('creates a user with a generated password printed once, stored only as an argon2id hash', async () => {
    const c = capture();
    expect(
      await main(
        ['create-user', '--email', 'Admin@Embassy.example', '--name', 'Desk Admin', '--role', 'admin'],
        env,
        c.io,
      ),
    ).toBe(0);
    const password = c.out.find((l) => l.startsWith('Password'))?.split(': ')[1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    const store = await openStore({ dataDir: dir });
    const user = await store.users.getByEmail('admin@embassy.example');
    expect(user?.role).toBe('admin');
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user?.passwordHash).not.toContain(password);
    expect((await store.audit.list({ action: 'user.create' })).total).toBe(1);
    await store.close();
    const again = capture();
    expect(
      await main(
        ['create-user', '--email', 'admin@embassy.example', '--name', 'X', '--role', 'admin'],
        env,
        again.io,
      ),
    ).toBe(1);
    expect(again.err.join()).toMatch(/exists already/);
    const bad = capture();
    expect(
      await main(['create-user', '--email', 'c@d.e', '--name', 'X', '--role', 'caseworker'], env, bad.io),
    ).toBe(1);
    expect(bad.err.join()).toMatch(/--office/);
  });

  it('refuses a wrong configuration naming the variable, and an unknown command', async () => {
    const c = capture();
    expect(await main(['migrate'], { ...env, HOMEWARD_DATA_KEY: 'short' }, c.io)).toBe(1);
    expect(c.err.join()).toMatch(/HOMEWARD_DATA_KEY must be 32 bytes/);
    const u = capture();
    expect(await main(['frobnicate'], env, u.io)).toBe(2);
    expect(u.err.join()).toMatch(/Unknown command/);
  });

  it('rotates the key: records, notes and look-ups work under the new key, the old one is refused', async () => {
    const store = await openStore({ dataDir: dir });
    const [record] = intakes(1) as [IntakeRecord];
    const named = { ...record, person: { ...record.person, fullName: 'Ayu Lestari' } };
    await store.records.insert(insertInput(named));
    await store.records.update({
      id: record.id,
      expectedVersion: 1,
      record: { ...named, notes: 'v2' },
      clear: insertInput(named).clear,
      actorId: null,
    });
    await store.cases.addNote({ caseId: record.id, text: 'first visit', authorId: null });
    await store.close();
    const oldKey = readKeyFile(join(dir, 'homeward.key'), false).key;

    const c = capture();
    expect(await main(['rotate-key'], env, c.io)).toBe(0);
    expect(c.out.join('\n')).toMatch(/Re-sealed 1 records, 1 earlier versions, 1 notes/);
    expect(readdirSync(dir).some((f) => f.startsWith('homeward.key.retired-'))).toBe(true);
    expect(statSync(join(dir, 'homeward.key')).mode & 0o777).toBe(0o600);

    const after = await openStore({ dataDir: dir });
    expect((await after.records.get<IntakeRecord>(record.id))?.record.notes).toBe('v2');
    expect((await after.records.history<IntakeRecord>(record.id)).map((v) => v.record.notes)).toEqual([
      named.notes,
      'v2',
    ]);
    expect((await after.cases.notes(record.id)).map((n) => n.text)).toEqual(['first visit']);
    expect(await after.records.findByToken('name', 'lestari ayu')).toEqual([record.id]);
    await after.close();
    await expect(openStore({ dataDir: dir, dataKey: oldKey })).rejects.toThrow(/does not match/);
  });

  it('rotates an environment key only to a new key given in HOMEWARD_NEW_DATA_KEY', async () => {
    const key = Buffer.alloc(32, 5).toString('base64');
    const next = Buffer.alloc(32, 6).toString('base64');
    await (await openStore({ dataDir: dir, dataKey: new Uint8Array(Buffer.alloc(32, 5)) })).close();
    const missing = capture();
    expect(await main(['rotate-key'], { ...env, HOMEWARD_DATA_KEY: key }, missing.io)).toBe(1);
    expect(missing.err.join()).toMatch(/HOMEWARD_NEW_DATA_KEY/);
    const c = capture();
    expect(
      await main(['rotate-key'], { ...env, HOMEWARD_DATA_KEY: key, HOMEWARD_NEW_DATA_KEY: next }, c.io),
    ).toBe(0);
    const m = capture();
    expect(await main(['migrate'], { ...env, HOMEWARD_DATA_KEY: next }, m.io)).toBe(0);
    expect(await main(['migrate'], { ...env, HOMEWARD_DATA_KEY: key }, capture().io)).toBe(1);
  });

  it('backs up SQLite online into a file that opens with the same key and holds the records', async () => {
    const store = await openStore({ dataDir: dir });
    const records = intakes(5);
    for (const r of records) await store.records.insert(insertInput(r));
    const c = capture();
    const target = join(dir, 'copy.db');
    // The server keeps its connection open while the backup runs.
    expect(await main(['backup', target], env, c.io)).toBe(0);
    await store.close();
    expect(statSync(target).mode & 0o777).toBe(0o600);
    const raw = new SQLite(target, { readonly: true });
    expect(raw.prepare('select count(*) as n from records').get()).toEqual({ n: 5 });
    raw.close();
    const restored = mkdtempSync(join(tmpdir(), 'hw-restore-'));
    try {
      const { copyFileSync } = await import('node:fs');
      copyFileSync(target, join(restored, 'homeward.db'));
      copyFileSync(join(dir, 'homeward.key'), join(restored, 'homeward.key'));
      const back = await openStore({ dataDir: restored });
      expect((await back.records.get<IntakeRecord>(records[0]!.id))?.record).toEqual(records[0]);
      await back.close();
    } finally {
      rmSync(restored, { recursive: true, force: true });
    }
    const pg = capture();
    expect(await main(['backup'], { ...env, DATABASE_URL: 'postgres://u@localhost/db' }, pg.io)).toBe(0);
    expect(pg.out.join('\n')).toMatch(/pg_dump/);
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });
});
