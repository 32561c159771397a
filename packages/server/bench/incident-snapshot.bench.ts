/**
 * What a public statistics snapshot reads for incidents: the SQL groups it reads now (migration 0004's clear
 * columns, GROUP BY month / day) beside reading and decrypting every incident record, which it did before. Prints
 * the time of each and the rows read, on SQLite.
 *
 *   node --conditions=source --import tsx bench/incident-snapshot.bench.ts [incidents]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PublishedStatistics } from '../src/publication/index.js';
import { seedCaseload } from '../src/services/seed.js';
import { openStore } from '../src/store/open-store.js';

const COUNT = Number(process.argv[2] ?? 20_000);
const dir = mkdtempSync(join(tmpdir(), 'hw-bench-incidents-'));
try {
  const store = await openStore({ dataDir: dir, dataKey: new Uint8Array(32).fill(1) });
  await seedCaseload(store, { intake: 0, incident: COUNT });
  const best = async (work: () => Promise<number>) => {
    let fastest = Number.POSITIVE_INFINITY;
    let rows = 0;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      rows = await work();
      fastest = Math.min(fastest, performance.now() - t0);
    }
    return { ms: fastest, rows };
  };
  const decrypted = await best(async () => {
    let n = 0;
    let cursor: string | undefined;
    do {
      const page = await store.records.list(
        { kind: 'incident' },
        { limit: 500, ...(cursor ? { cursor } : {}) },
      );
      n += page.items.length;
      cursor = page.nextCursor;
    } while (cursor);
    return n;
  });
  const grouped = await best(async () => {
    const [groups, days] = await Promise.all([
      store.statistics.incidentGroups('2100-01-01'),
      store.statistics.incidentDays(),
    ]);
    return groups.length + days.length;
  });
  const published = new PublishedStatistics(store, { intervalMinutes: 0 });
  const snapshot = await best(async () => {
    await published.snapshot();
    return 0;
  });
  console.log(`${COUNT} incidents`);
  console.log(
    `before: read and decrypt every incident: ${decrypted.ms.toFixed(0)} ms (${decrypted.rows} records)`,
  );
  console.log(`now: SQL groups by month and by day: ${grouped.ms.toFixed(0)} ms (${grouped.rows} rows)`);
  console.log(`whole snapshot now (intake empty): ${snapshot.ms.toFixed(0)} ms`);
  await store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
