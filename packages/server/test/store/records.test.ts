/** The store's records on SQLite files and on the run's PostgreSQL: the same suite, both databases. */
import type { IntakeRecord } from '@homeward/core';
import { generateIntakeDataset } from '@homeward/core/examples';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';
import { backends, createTestDatabase, type TestDatabase } from '../support/databases.js';
import { clearOf, fingerprint, insertInput, intakes, testCaseNumber } from '../support/records.js';

const KEY = new Uint8Array(32).fill(7);

describe.each(backends())('records on %s', (backend) => {
  let database: TestDatabase;
  let store: Store;

  beforeEach(async () => {
    database = await createTestDatabase(backend);
    store = await openStore({ dataDir: database.dataDir, databaseUrl: database.databaseUrl, dataKey: KEY });
  });
  afterEach(async () => {
    await store.close();
    await database.cleanup();
  });

  it('stores a record and gives it back whole, with its clear columns and a case number', async () => {
    const [record] = intakes(1) as [IntakeRecord];
    const result = await store.records.insert(insertInput(record, { caseNumber: testCaseNumber('PNH', 26) }));
    expect(result.status).toBe('created');
    const stored = await store.records.get<IntakeRecord>(record.id);
    expect(stored?.record).toEqual(record);
    expect(stored?.clear).toEqual(clearOf(record));
    expect(stored?.version).toBe(1);
    expect(stored?.caseNumber).toBe('PNH-26-00001');
    expect(stored?.recordKey).toBeGreaterThanOrEqual(0);
    expect((await store.records.getByCaseNumber('PNH-26-00001'))?.id).toBe(record.id);
  });

  it('answers a replay with the first record, and tells a reused key or id from a replay', async () => {
    const [a, b] = intakes(2) as [IntakeRecord, IntakeRecord];
    const first = await store.records.insert(
      insertInput(a, { idempotencyKey: 'k-1', caseNumber: testCaseNumber('PNH', 26) }),
    );
    const again = await store.records.insert(
      insertInput(a, { idempotencyKey: 'k-1', caseNumber: testCaseNumber('PNH', 26) }),
    );
    expect(again.status).toBe('replayed');
    expect(again.record.caseNumber).toBe(first.record.caseNumber);
    expect((await store.records.insert(insertInput(b, { idempotencyKey: 'k-1' }))).status).toBe(
      'key_conflict',
    );
    const changed = { ...a, notes: 'changed' };
    expect((await store.records.insert(insertInput(changed))).status).toBe('id_conflict');
    expect((await store.records.insert(insertInput(a))).status).toBe('replayed');
    expect(await store.records.count()).toBe(1);
  });

  it('stores a submission sent 20 times at once exactly once', async () => {
    const [record] = intakes(1) as [IntakeRecord];
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        store.records.insert(
          insertInput(record, {
            idempotencyKey: 'same',
            caseNumber: testCaseNumber('PNH', 26),
            enqueueDuplicateCheck: true,
          }),
        ),
      ),
    );
    expect(results.filter((r) => r.status === 'created')).toHaveLength(1);
    expect(results.every((r) => r.status === 'created' || r.status === 'replayed')).toBe(true);
    expect(new Set(results.map((r) => r.record.caseNumber)).size).toBe(1);
    expect(await store.records.count()).toBe(1);
    expect(await store.duplicateJobs.pending()).toBe(1);
  });

  it('never gives one case number twice under concurrency, also from a second connection', async () => {
    const other = await openStore({
      dataDir: database.dataDir,
      databaseUrl: database.databaseUrl,
      dataKey: KEY,
    });
    try {
      const records = intakes(60);
      // SQLite: one writer per file; two connections in one thread would wait on each other, so they take turns
      // (across processes busy_timeout queues them). PostgreSQL: both pools at once.
      const half = async (s: Store, part: IntakeRecord[]) =>
        Promise.all(
          part.map((r) => s.records.insert(insertInput(r, { caseNumber: testCaseNumber('PNH', 26) }))),
        );
      const [left, right] = [records.slice(0, 30), records.slice(30)];
      const results =
        backend === 'postgres'
          ? (await Promise.all([half(store, left), half(other, right)])).flat()
          : [...(await half(store, left)), ...(await half(other, right))];
      const numbers = results.map((r) => r.record.caseNumber);
      expect(new Set(numbers).size).toBe(60);
      const draw = (s: Store) =>
        Promise.all(Array.from({ length: 20 }, () => s.cases.nextSequence('BKK', 26)));
      const sequences =
        backend === 'postgres'
          ? (await Promise.all([draw(store), draw(other)])).flat()
          : [...(await draw(store)), ...(await draw(other))];
      expect(new Set(sequences).size).toBe(40);
      expect(Math.max(...sequences)).toBe(40);
      // Another year or office starts again at 1.
      expect(await store.cases.nextSequence('BKK', 27)).toBe(1);
    } finally {
      await other.close();
    }
  });

  it('refuses a stale version and keeps every version in the history', async () => {
    const [record] = intakes(1) as [IntakeRecord];
    await store.records.insert(insertInput(record, { actorId: 'desk-1' }));
    const edited = { ...record, notes: 'second visit' };
    const ok = await store.records.update({
      id: record.id,
      expectedVersion: 1,
      record: edited,
      clear: clearOf(edited),
      actorId: 'cw-1',
      reason: 'edit',
    });
    expect(ok.status).toBe('updated');
    const stale = await store.records.update({
      id: record.id,
      expectedVersion: 1,
      record: { ...record, notes: 'lost' },
      clear: clearOf(record),
      actorId: 'cw-2',
    });
    expect(stale.status).toBe('conflict');
    if (stale.status === 'conflict') expect(stale.current.version).toBe(2);
    expect(
      (
        await store.records.update({
          id: 'nope',
          expectedVersion: 1,
          record,
          clear: clearOf(record),
          actorId: null,
        })
      ).status,
    ).toBe('not_found');
    const history = await store.records.history<IntakeRecord>(record.id);
    expect(history.map((v) => [v.version, v.record.notes, v.changedBy, v.reason])).toEqual([
      [1, record.notes, 'desk-1', 'created'],
      [2, 'second visit', 'cw-1', 'edit'],
    ]);
  });

  it('lets one of two simultaneous edits of one version win and the other get a conflict', async () => {
    const [record] = intakes(1) as [IntakeRecord];
    await store.records.insert(insertInput(record));
    const edits = await Promise.all(
      ['a', 'b', 'c'].map((n) =>
        store.records.update({
          id: record.id,
          expectedVersion: 1,
          record: { ...record, notes: n },
          clear: clearOf(record),
          actorId: n,
        }),
      ),
    );
    expect(edits.filter((e) => e.status === 'updated')).toHaveLength(1);
    expect(edits.filter((e) => e.status === 'conflict')).toHaveLength(2);
  });

  it('finds records by name across spellings and scripts, by document number and phone, never by nothing', async () => {
    const [record, other] = intakes(2) as [IntakeRecord, IntakeRecord];
    const person = { ...record.person, fullName: 'Muhammad Rizky', phones: ['+6281234567890'] };
    const withDoc: IntakeRecord = {
      ...record,
      person,
      documents: [{ type: 'passport', number: 'B 1234567', status: 'held_by_compound' } as never],
    };
    await store.records.insert(insertInput(withDoc));
    await store.records.insert(insertInput(other));
    expect(await store.records.findByToken('name', 'RIZKI muhamad')).toEqual([record.id]);
    expect(await store.records.findByToken('document', 'b1234567')).toEqual([record.id]);
    expect(await store.records.findByToken('phone', '+62 812-3456-7890')).toEqual([record.id]);
    expect(await store.records.findByToken('document', '---')).toEqual([]);
    const page = await store.records.list({ name: 'Muhamad Rizki' });
    expect(page.items.map((r) => r.id)).toEqual([record.id]);
    expect((await store.records.list({ document: '  ' })).total).toBe(0);
  });

  it('filters on clear columns and pages with a cursor through every record once', async () => {
    const records = intakes(37);
    for (const r of records) await store.records.insert(insertInput(r));
    const seen: string[] = [];
    let cursor: string | undefined;
    let total = -1;
    do {
      const page = await store.records.list(
        { kind: 'intake' },
        { cursor, limit: 10, sort: 'registrationDate' },
      );
      total = page.total;
      seen.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(total).toBe(37);
    expect(new Set(seen).size).toBe(37);
    const dates = (await store.records.getMany<IntakeRecord>(seen)).map((r) => r.clear.registrationDate);
    expect(dates).toEqual([...dates].sort());

    const office = records[0]!.office;
    const byOffice = await store.records.list({ office }, { limit: 500 });
    expect(byOffice.total).toBe(records.filter((r) => r.office === office).length);
    const citizenship = records[0]!.person.citizenship[0]!;
    expect((await store.records.list({ citizenship }, { limit: 500 })).total).toBe(
      records.filter((r) => r.person.citizenship.includes(citizenship)).length,
    );
    const from = dates[10]!;
    expect(await store.records.count({ from })).toBe(
      records.filter((r) => r.registrationDate >= from).length,
    );
  });

  it('gives duplicate candidates that share a blind-index token, leaving merged records out', async () => {
    const [a, b, c] = intakes(3) as [IntakeRecord, IntakeRecord, IntakeRecord];
    const same = (r: IntakeRecord, name: string): IntakeRecord => ({
      ...r,
      person: { ...r.person, fullName: name, latinName: undefined },
    });
    await store.records.insert(insertInput(same(a, 'Siti Rahayu')));
    await store.records.insert(insertInput(same(b, 'Rahayu Sitti')));
    await store.records.insert(insertInput(same(c, 'Dewi Lestari')));
    expect(await store.records.candidates(a.id)).toEqual([b.id]);
    await store.records.markMerged(b.id, a.id);
    expect(await store.records.candidates(a.id)).toEqual([]);
    expect((await store.records.get(b.id))?.mergedInto).toBe(a.id);
    expect(await store.records.count()).toBe(2);
  });

  it("narrows duplicate candidates with core's blocking keys: every deliberate second registration is found", async () => {
    const { records, duplicates } = generateIntakeDataset(300, 21);
    expect(duplicates.length).toBeGreaterThan(0);
    for (const r of records) await store.records.insert(insertInput(r));
    for (const { first, second } of duplicates) {
      expect(await store.records.candidates(second)).toContain(first);
    }
    // Narrowed, not everything: on average a record meets a handful of others.
    let total = 0;
    for (const r of records.slice(0, 50)) total += (await store.records.candidates(r.id)).length;
    expect(total / 50).toBeLessThan(30);
  });

  it('counts in the database by clear columns with the record-key sum per group', async () => {
    const records = intakes(50);
    for (const r of records) await store.records.insert(insertInput(r));
    const groups = await store.statistics.counts({
      kind: 'intake',
      groupBy: ['office', 'registrationMonth', 'minor'],
    });
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(50);
    const stored = (await store.records.list({}, { limit: 500 })).items;
    const expected = new Map<string, { n: number; keys: number }>();
    for (const r of stored) {
      const k = `${r.clear.office}|${r.clear.registrationDate.slice(0, 7)}|${r.clear.minor}`;
      const e = expected.get(k) ?? { n: 0, keys: 0 };
      expected.set(k, { n: e.n + 1, keys: e.keys + r.recordKey });
    }
    for (const g of groups) {
      const e = expected.get(`${g.key.office}|${g.key.registrationMonth}|${g.key.minor}`);
      expect(e).toEqual({ n: g.count, keys: g.recordKeySum });
    }
    expect(groups).toHaveLength(expected.size);
  });

  it('keeps the fingerprint of what was sent', async () => {
    const [record] = intakes(1) as [IntakeRecord];
    const result = await store.records.insert(insertInput(record));
    expect(result.record.fingerprint).toBe(fingerprint(record));
  });
});
