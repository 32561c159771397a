/**
 * The store alone (no HTTP): sequential and concurrent inserts of intake records into SQLite, with the case number
 * and duplicate job written in the same transaction as the intake route does. Prints inserts/s.
 *
 *   node --conditions=source --import tsx bench/store-insert.bench.ts [count]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateIntakeRecords } from '@homeward/core/examples';
import { openStore } from '../src/store/open-store.js';
import { insertInput, testCaseNumber } from '../test/support/records.js';

const COUNT = Number(process.argv[2] ?? 5000);
const records = generateIntakeRecords(COUNT * 2, 3);
const dir = mkdtempSync(join(tmpdir(), 'hw-bench-store-'));
try {
  const store = await openStore({ dataDir: dir, dataKey: new Uint8Array(32).fill(1) });
  const input = (i: number) =>
    insertInput(records[i]!, {
      idempotencyKey: `k${i}`,
      caseNumber: testCaseNumber('PNH', 26),
      enqueueDuplicateCheck: true,
    });
  let t0 = performance.now();
  for (let i = 0; i < COUNT; i++) await store.records.insert(input(i));
  let s = (performance.now() - t0) / 1000;
  console.log(`sequential: ${COUNT} inserts in ${s.toFixed(2)} s = ${(COUNT / s).toFixed(0)}/s`);
  t0 = performance.now();
  let next = COUNT;
  await Promise.all(
    Array.from({ length: 50 }, async () => {
      while (next < COUNT * 2) await store.records.insert(input(next++));
    }),
  );
  s = (performance.now() - t0) / 1000;
  console.log(`50 concurrent callers: ${COUNT} inserts in ${s.toFixed(2)} s = ${(COUNT / s).toFixed(0)}/s`);
  await store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
