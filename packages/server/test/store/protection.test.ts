/** What a stolen database file or dump shows (nothing identifying), what a wrong key does, migrations, the queue. */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IntakeRecord } from '@homeward/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect } from '../../src/store/dialect.js';
import { migrate } from '../../src/store/migrations/index.js';
import { openStore, openStoreInternals } from '../../src/store/open-store.js';
import { type Store, StoreOpenError } from '../../src/store/types.js';
import { backends, createTestDatabase, type TestDatabase } from '../support/databases.js';
import { pgDump } from '../support/postgres.js';
import { insertInput, intakes } from '../support/records.js';

const KEY = new Uint8Array(32).fill(9);
const SENTINEL_NAME = 'Zyxwvut Sentinelname';
const SENTINEL_PASSPORT = 'QX9876543';
const SENTINEL_NOTE = 'sentinel-note-text';

function sentinelRecord(): IntakeRecord {
  const [record] = intakes(1, 99) as [IntakeRecord];
  return {
    ...record,
    person: {
      ...record.person,
      fullName: SENTINEL_NAME,
      latinName: SENTINEL_NAME,
      phones: ['+6289999912345'],
    },
    documents: [
      {
        ...(record.documents?.[0] ?? { type: 'passport', status: 'held_by_compound' }),
        number: SENTINEL_PASSPORT,
      } as never,
    ],
  };
}

describe.each(backends())('protection on %s', (backend) => {
  let database: TestDatabase;
  const open = (options: { dataKey?: Uint8Array } = { dataKey: KEY }) =>
    openStore({ dataDir: database.dataDir, databaseUrl: database.databaseUrl, ...options });

  beforeEach(async () => {
    database = await createTestDatabase(backend);
  });
  afterEach(async () => {
    await database.cleanup();
  });

  it('keeps no sentinel name, passport number or note anywhere in the database files or dump', async () => {
    const store = await open();
    const record = sentinelRecord();
    await store.records.insert(insertInput(record, { enqueueDuplicateCheck: true }));
    await store.records.update({
      id: record.id,
      expectedVersion: 1,
      record: { ...record, notes: SENTINEL_NOTE },
      clear: insertInput(record).clear,
      actorId: null,
    });
    await store.cases.addNote({ caseId: record.id, text: SENTINEL_NOTE, authorId: null });
    expect((await store.records.get<IntakeRecord>(record.id))?.record.person.fullName).toBe(SENTINEL_NAME);
    let haystack: Buffer;
    if (backend === 'sqlite') {
      // Files as they are while the server runs: the main file and the write-ahead log.
      const files = readdirSync(database.dataDir).filter((f) => f.startsWith('homeward.db'));
      expect(files).toContain('homeward.db-wal');
      haystack = Buffer.concat(files.map((f) => readFileSync(join(database.dataDir, f))));
      await store.close();
    } else {
      await store.close();
      haystack = Buffer.from(pgDump(database.databaseUrl!), 'utf8');
    }
    expect(haystack.length).toBeGreaterThan(1000);
    for (const needle of [
      SENTINEL_NAME,
      'Sentinelname',
      SENTINEL_PASSPORT,
      '9876543',
      SENTINEL_NOTE,
      '6289999912345',
    ]) {
      expect(haystack.includes(Buffer.from(needle, 'utf8')), needle).toBe(false);
      expect(haystack.includes(Buffer.from(needle.toLowerCase(), 'utf8')), needle).toBe(false);
    }
  });

  it('refuses to open with a wrong key, and reads everything again with the right one', async () => {
    const store = await open();
    const [record] = intakes(1) as [IntakeRecord];
    await store.records.insert(insertInput(record));
    await store.close();
    const wrong = open({ dataKey: new Uint8Array(32).fill(1) });
    await expect(wrong).rejects.toBeInstanceOf(StoreOpenError);
    await expect(wrong).rejects.toThrow(/does not match the key this database was sealed with/);
    const again = await open();
    expect((await again.records.get<IntakeRecord>(record.id))?.record).toEqual(record);
    await again.close();
  });

  it('creates a key file readable by its owner only when no key is given, and needs it afterwards', async () => {
    const opened = await openStoreInternals({ dataDir: database.dataDir, databaseUrl: database.databaseUrl });
    expect(opened.keyCreated).toBe(true);
    await opened.store.close();
    const keyFile = join(database.dataDir, 'homeward.key');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const reopened = await openStoreInternals({
      dataDir: database.dataDir,
      databaseUrl: database.databaseUrl,
    });
    expect(reopened.keyCreated).toBe(false);
    await reopened.store.close();
    writeFileSync(keyFile, 'not a key');
    await expect(open({})).rejects.toThrow(/does not hold a base64 key of 32 bytes/);
  });

  it('migrates from empty, and from the previous version keeping its data', async () => {
    const connection = connect({ dataDir: database.dataDir, databaseUrl: database.databaseUrl });
    expect(await migrate(connection.db, connection.dialect, '0001-records')).toEqual(['0001-records']);
    await connection.db.destroy();
    // A store at version 1 holds records; opening with this code migrates to the latest and keeps them.
    const v1 = await openStoreInternals({
      dataDir: database.dataDir,
      databaseUrl: database.databaseUrl,
      dataKey: KEY,
      migrate: false,
    });
    const [record] = intakes(1) as [IntakeRecord];
    await v1.store.records.insert(insertInput(record));
    await v1.store.close();
    const latest = await openStoreInternals({
      dataDir: database.dataDir,
      databaseUrl: database.databaseUrl,
      dataKey: KEY,
    });
    expect(latest.migrationsApplied).toEqual([
      '0002-case-work',
      '0003-statistics',
      '0004-incident-statistics',
    ]);
    expect((await latest.store.records.get<IntakeRecord>(record.id))?.record).toEqual(record);
    await latest.store.cases.addNote({ caseId: record.id, text: 'after upgrade', authorId: null });
    expect((await latest.store.cases.notes(record.id)).map((n) => n.text)).toEqual(['after upgrade']);
    await latest.store.close();
    const fresh = await createTestDatabase(backend);
    try {
      const empty = await openStoreInternals({
        dataDir: fresh.dataDir,
        databaseUrl: fresh.databaseUrl,
        dataKey: KEY,
      });
      expect(empty.migrationsApplied).toEqual([
        '0001-records',
        '0002-case-work',
        '0003-statistics',
        '0004-incident-statistics',
      ]);
      await empty.store.close();
    } finally {
      await fresh.cleanup();
    }
  });

  it('keeps duplicate jobs across a restart, returns a crashed lease, retries a failed job', async () => {
    let store: Store = await open();
    const records = intakes(3);
    for (const r of records) await store.records.insert(insertInput(r, { enqueueDuplicateCheck: true }));
    const leased = await store.duplicateJobs.claim({ workerId: 'w1', leaseMs: 60_000, limit: 2 });
    expect(leased.map((j) => j.recordId)).toEqual(records.slice(0, 2).map((r) => r.id));
    await store.close();
    store = await open();
    expect(await store.duplicateJobs.pending()).toBe(3);
    // w1 died holding two leases: only the third job is due now.
    const second = await store.duplicateJobs.claim({ workerId: 'w2', leaseMs: 1, limit: 10 });
    expect(second.map((j) => j.recordId)).toEqual([records[2]!.id]);
    await new Promise((r) => setTimeout(r, 10));
    const again = await store.duplicateJobs.claim({ workerId: 'w3', leaseMs: 60_000, limit: 10 });
    expect(again.map((j) => j.recordId)).toEqual([records[2]!.id]);
    expect(again[0]!.attempts).toBe(2);
    await store.duplicateJobs.fail(again[0]!.id, 'matching failed', 0);
    const retried = await store.duplicateJobs.claim({ workerId: 'w3', leaseMs: 60_000, limit: 10 });
    expect(retried[0]?.lastError).toBe('matching failed');
    await store.duplicateJobs.complete(retried[0]!.id);
    expect(await store.duplicateJobs.pending()).toBe(2);
    // Two workers racing for the same due jobs never both get one.
    const [x, y] = await Promise.all([
      store.duplicateJobs.claim({ workerId: 'a', leaseMs: 1, limit: 10 }),
      store.duplicateJobs.claim({ workerId: 'b', leaseMs: 1, limit: 10 }),
    ]);
    expect(new Set([...x, ...y].map((j) => j.id)).size).toBe(x.length + y.length);
    await store.close();
  });

  it('keeps pairs once per two records, resolved with a sealed reason, never reopened', async () => {
    const store = await open();
    const pair = await store.duplicatePairs.upsert({
      aId: 'b',
      bId: 'a',
      probability: 0.9,
      explanation: { name: 'similar' },
    });
    expect([pair.aId, pair.bId, pair.status]).toEqual(['a', 'b', 'open']);
    const same = await store.duplicatePairs.upsert({
      aId: 'a',
      bId: 'b',
      probability: 0.95,
      explanation: {},
    });
    expect([same.id, same.probability]).toEqual([pair.id, 0.95]);
    const dismissed = await store.duplicatePairs.resolve(pair.id, {
      status: 'dismissed',
      reason: 'siblings',
      actorId: 'u1',
    });
    expect([dismissed?.status, dismissed?.reason]).toEqual(['dismissed', 'siblings']);
    expect(
      (await store.duplicatePairs.upsert({ aId: 'a', bId: 'b', probability: 0.99, explanation: {} })).status,
    ).toBe('dismissed');
    expect((await store.duplicatePairs.list({ status: 'open' })).total).toBe(0);
    await store.close();
  });

  it('keeps accounts, sessions, audit entries, referrals and snapshots', async () => {
    const store = await open();
    const user = await store.users.create({
      email: 'Ana@Example.org',
      name: 'Ana',
      role: 'caseworker',
      office: 'pnh',
      passwordHash: '$argon2id$x',
    });
    expect((await store.users.getByEmail('ana@example.ORG'))?.id).toBe(user.id);
    expect(await store.users.recordFailedLogin(user.id)).toBe(1);
    expect(await store.users.recordFailedLogin(user.id, '2030-01-01T00:00:00.000Z')).toBe(2);
    expect((await store.users.get(user.id))?.lockedUntil).toBe('2030-01-01T00:00:00.000Z');
    await store.users.resetFailedLogins(user.id);
    expect((await store.users.get(user.id))?.failedLogins).toBe(0);
    const at = new Date().toISOString();
    await store.sessions.create({
      idHash: 'h1',
      userId: user.id,
      csrfToken: 't',
      createdAt: at,
      expiresAt: at,
      ip: null,
    });
    expect(await store.users.count('caseworker')).toBe(1);
    expect(await store.sessions.revokeAllForUser(user.id)).toBe(1);
    expect((await store.sessions.get('h1'))?.revokedAt).not.toBeNull();
    for (let i = 0; i < 3; i++)
      await store.audit.append({
        actorId: user.id,
        actorRole: 'caseworker',
        action: 'record.read',
        targetType: 'case',
        targetId: `c${i}`,
        ip: '127.0.0.1',
        detail: null,
      });
    const page1 = await store.audit.list({}, { limit: 2 });
    const page2 = await store.audit.list({}, { limit: 2, cursor: page1.nextCursor });
    expect([...page1.items, ...page2.items].map((e) => e.targetId)).toEqual(['c2', 'c1', 'c0']);
    const [record] = intakes(1) as [IntakeRecord];
    await store.records.insert(insertInput(record));
    const partner = await store.partners.create({
      name: 'Shelter One',
      services: ['shelter'],
      contact: null,
    });
    const referral = await store.referrals.create({
      caseId: record.id,
      partnerId: partner.id,
      service: 'shelter',
      note: 'urgent',
      createdBy: user.id,
    });
    expect((await store.referrals.list({ partnerId: partner.id })).items.map((r) => [r.id, r.note])).toEqual([
      [referral.id, 'urgent'],
    ]);
    await store.snapshots.publish({
      name: 'public',
      data: { total: 11 },
      publishedAt: '2026-01-01T00:00:00.000Z',
    });
    await store.snapshots.publish({
      name: 'public',
      data: { total: 22 },
      publishedAt: '2026-02-01T00:00:00.000Z',
    });
    expect((await store.snapshots.latest('public'))?.data).toEqual({ total: 22 });
    const changed = await store
      .transaction(async (tx) => {
        await tx.audit.append({
          actorId: null,
          actorRole: null,
          action: 'tx',
          targetType: null,
          targetId: null,
          ip: null,
          detail: null,
        });
        throw new Error('rolled back');
      })
      .catch((e: Error) => e.message);
    expect(changed).toBe('rolled back');
    expect((await store.audit.list({ action: 'tx' })).total).toBe(0);
    await store.close();
  });
});
