/**
 * The differencing scenario against the real `homeward-server serve` (a child process): a watcher polls the
 * public statistics, one person is registered with sex "unknown", the server publishes its next snapshot (here: on
 * the restart, as HOMEWARD_PUBLIC_STATS_MINUTES=0 takes one snapshot on start), and the watcher compares.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PTABLE, publishedValues, type StatTable } from '@homeward/core';
import { generateIntakeRecords } from '@homeward/core/examples';
import { afterAll, describe, expect, it } from 'vitest';
import { seedCaseload } from '../../src/services/seed.js';
import { openStore } from '../../src/store/open-store.js';
import { freePort } from '../support/postgres.js';
import { type ServerProcess, startServerProcess, stopServerProcess } from '../support/server-process.js';

const KEY = Buffer.alloc(32, 12).toString('base64');
// Public windows are sums of month bins; the newcomer registers today, so the watcher reads this month's bin, whose
// figures are each one perturbed count (a longer window adds the unchanged bins of other months).
const MONTH = `from=${new Date().toISOString().slice(0, 8)}01`;
const SEX = `/api/public/stats/intake/count?by=person.sex&${MONTH}`;
const SEX_AGE = `/api/public/stats/intake/count?by=person.sex&by=person.ageBand&${MONTH}`;
const dir = mkdtempSync(join(tmpdir(), 'hw-differencing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function serve(): Promise<ServerProcess> {
  return startServerProcess({
    HOMEWARD_DATA_DIR: dir,
    HOMEWARD_DATA_KEY: KEY,
    PORT: String(await freePort()),
    HOMEWARD_PUBLIC_STATS_MINUTES: '0',
  });
}

async function read(server: ServerProcess, path: string): Promise<{ body: string; table: StatTable }> {
  const res = await fetch(`${server.address}${path}`);
  expect(res.status, path).toBe(200);
  const body = await res.text();
  return { body, table: JSON.parse(body) as StatTable };
}

/** The true counts a published count can stand for: [lowest, highest] (the sets are whole ranges). */
function possible(value: number): [number, number] {
  const all: number[] = [];
  for (let c = 0; c <= value + 2 * DEFAULT_PTABLE.threshold; c++)
    if (publishedValues(DEFAULT_PTABLE, c).includes(value)) all.push(c);
  return [Math.min(...all), Math.max(...all)];
}

const meet = (a: [number, number], b: [number, number]): [number, number] => [
  Math.max(a[0], b[0]),
  Math.min(a[1], b[1]),
];

/**
 * The watcher's solver for a one-field table released twice with one record added in between: could that record
 * hold `value`? It could when true counts exist for both releases that differ by one in that cell only, with the
 * total one higher and equal to the sum of the cells (the record has a sex, so it is not an exclusion).
 */
function couldBe(before: StatTable, after: StatTable, value: string): boolean {
  const cellRanges = before.dimensions[0]!.values.map((key) => {
    const find = (t: StatTable) => t.cells.find((c) => c.keys[0] === key)?.value ?? 0;
    const shift = key === value ? 1 : 0;
    const [lo, hi] = possible(find(after));
    return meet(possible(find(before)), [lo - shift, hi - shift]);
  });
  if (cellRanges.some(([lo, hi]) => lo > hi)) return false;
  const [tlo, thi] = possible(after.total.value!);
  const total = meet(possible(before.total.value!), [tlo - 1, thi - 1]);
  const sumLo = cellRanges.reduce((s, r) => s + r[0], 0);
  const sumHi = cellRanges.reduce((s, r) => s + r[1], 0);
  return total[0] <= total[1] && sumLo <= total[1] && sumHi >= total[0];
}

describe('differencing the public statistics of a running server', () => {
  it('one "unknown" registration: unchanged until the next snapshot, then its sex is not given away; the same query gets the same answer across restarts', async () => {
    const seeding = await openStore({ dataDir: dir, dataKey: new Uint8Array(Buffer.from(KEY, 'base64')) });
    expect(await seedCaseload(seeding, { intake: 440, incident: 0 })).toBe(440);
    await seeding.close();

    let server = await serve();
    const today = new Date().toISOString().slice(0, 10);
    expect(server.output()).toContain(`snapshot of ${today}`);
    const before = await read(server, SEX);
    const beforeTwo = await read(server, SEX_AGE);
    expect(before.table.source?.date).toBe(today);
    expect(before.table.perturbation).toMatchObject({ method: 'cell-key', maxAbsoluteChange: 2 });
    for (const figure of [...before.table.cells.map((c) => c.value!), before.table.total.value!])
      expect(figure === 0 || figure >= DEFAULT_PTABLE.threshold).toBe(true);
    expect((await read(server, SEX)).body).toBe(before.body);

    const newcomer = { ...generateIntakeRecords(1, 4242)[0]!, registrationDate: today };
    newcomer.person = { ...newcomer.person, sex: 'unknown' };
    const posted = await fetch(`${server.address}/api/intake`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(newcomer),
    });
    expect(posted.status, await posted.text()).toBe(201);
    // Live records changed; what is published did not.
    expect((await read(server, SEX)).body).toBe(before.body);
    expect(await stopServerProcess(server, 'SIGTERM')).toBe(0);

    server = await serve();
    const after = await read(server, SEX);
    const afterTwo = await read(server, SEX_AGE);
    const sexes = before.table.dimensions[0]!.values;
    // Every figure a watcher sees is consistent with the newcomer being "unknown" (it is) and with some other sex.
    expect(couldBe(before.table, after.table, 'unknown')).toBe(true);
    expect(
      sexes.filter((s) => s !== 'unknown' && couldBe(before.table, after.table, s)).length,
    ).toBeGreaterThan(0);
    // The two-field table's sex margins tell the same story, not a sharper one.
    const margins = (t: StatTable): StatTable => ({
      ...t,
      dimensions: [t.dimensions[0]!],
      cells: t.margins.filter((m) => m.keys[1] === '*').map((m) => ({ ...m, keys: [m.keys[0]!] })),
    });
    expect(couldBe(margins(beforeTwo.table), margins(afterTwo.table), 'unknown')).toBe(true);
    expect(
      sexes.filter((s) => s !== 'unknown' && couldBe(margins(beforeTwo.table), margins(afterTwo.table), s))
        .length,
    ).toBeGreaterThan(0);
    expect(await stopServerProcess(server, 'SIGTERM')).toBe(0);

    // Nothing changed: a new snapshot of the same records publishes the same figures, byte for byte.
    server = await serve();
    expect((await read(server, SEX)).body).toBe(after.body);
    expect((await read(server, SEX_AGE)).body).toBe(afterTwo.body);
    expect(await stopServerProcess(server, 'SIGTERM')).toBe(0);
  }, 240_000);
});
