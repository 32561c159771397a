/**
 * Group commit on SQLite: concurrent submissions share one transaction, each is answered only once committed (a
 * second connection already sees it), a failing one is undone alone, and a retry inside one batch is a replay.
 */
import { join } from 'node:path';
import type { IntakeRecord } from '@homeward/core';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SQLITE_FILE } from '../../src/store/dialect.js';
import { openStoreInternals } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';
import { createTestDatabase, type TestDatabase } from '../support/databases.js';
import { insertInput, intakes, testCaseNumber } from '../support/records.js';

const KEY = new Uint8Array(32).fill(9);

describe('group commit (SQLite)', () => {
  let database: TestDatabase;
  let store: Store;
  let batches: () => number;

  beforeEach(async () => {
    database = await createTestDatabase('sqlite');
    const opened = await openStoreInternals({ dataDir: database.dataDir, dataKey: KEY });
    store = opened.store;
    batches = () => opened.context.groupCommit?.stats.batches ?? Number.NaN;
  });
  afterEach(async () => {
    await store.close();
    await database.cleanup();
  });

  it('writes concurrent submissions in few transactions, each answered once committed', async () => {
    const records = intakes(120, 31);
    const other = new SQLite(join(database.dataDir, SQLITE_FILE), { readonly: true });
    const count = other.prepare('select count(*) from records where id = ?').pluck();
    try {
      const seenAtAnswer: boolean[] = [];
      const results = await Promise.all(
        records.map(async (record) => {
          const result = await store.records.insert(
            insertInput(record, { caseNumber: testCaseNumber('PNH', 26), enqueueDuplicateCheck: true }),
          );
          // Another connection sees the row the moment its writer is answered: it was committed, not pending.
          seenAtAnswer.push(count.get(record.id) === 1);
          return result;
        }),
      );
      expect(results.every((r) => r.status === 'created')).toBe(true);
      expect(seenAtAnswer.every(Boolean)).toBe(true);
      expect(new Set(results.map((r) => r.record.caseNumber)).size).toBe(120);
      expect(batches()).toBeLessThan(10);
      expect(await store.duplicateJobs.pending()).toBe(120);
    } finally {
      other.close();
    }
  });

  it('undoes a failing write alone: the rest of its batch is stored', async () => {
    const [a, b, c] = intakes(3, 32) as [IntakeRecord, IntakeRecord, IntakeRecord];
    // A body that cannot be serialised makes the sealing throw in the middle of the batch.
    const broken = { ...b, person: { ...b.person, bad: 10n } } as unknown as IntakeRecord;
    const outcomes = await Promise.allSettled([
      store.records.insert(insertInput(a, { caseNumber: testCaseNumber('PNH', 26) })),
      store.records.insert(insertInput(b, { record: broken, caseNumber: testCaseNumber('PNH', 26) })),
      store.records.insert(insertInput(c, { caseNumber: testCaseNumber('PNH', 26) })),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(batches()).toBe(1);
    expect((await store.records.getMany([a.id, b.id, c.id])).map((r) => r.id)).toEqual([a.id, c.id]);
    // The failed write's case number was rolled back with it: numbers stay without gaps.
    expect((await store.records.get(c.id))?.caseNumber).toBe('PNH-26-00002');
    // The batch's look-up tokens went in with it (one multi-row insert at its end), the failed write's not at all.
    expect(await store.records.findByToken('name', a.person.fullName)).toContain(a.id);
    expect(await store.records.findByToken('name', c.person.fullName)).toContain(c.id);
    expect(await store.records.findByToken('name', b.person.fullName)).not.toContain(b.id);
  });

  it('inserts a whole batch’s tokens and duplicate jobs in multi-row statements of a fixed size', async () => {
    const records = intakes(150, 34);
    await Promise.all(
      records.map((r) => store.records.insert(insertInput(r, { enqueueDuplicateCheck: true }))),
    );
    expect(await store.duplicateJobs.pending()).toBe(150);
    for (const r of records)
      expect(await store.records.findByToken('name', r.person.fullName)).toContain(r.id);
    for (const r of records) expect(await store.records.candidates(r.id)).not.toContain(r.id);
  });

  it('answers the same submission twice in one batch as created, then replayed', async () => {
    const [record] = intakes(1, 33) as [IntakeRecord];
    const input = insertInput(record, { idempotencyKey: 'k-1' });
    const [first, second] = await Promise.all([store.records.insert(input), store.records.insert(input)]);
    expect([first.status, second.status]).toEqual(['created', 'replayed']);
    expect(await store.records.count({ kind: 'intake' })).toBe(1);
  });
});
