import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PTABLE, type IntakeRecord, publishedValues, type StatTable } from '@homeward/core';
import { generateIntakeRecords } from '@homeward/core/examples';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { PublishedStatistics } from '../../src/publication/index.js';
import { intakeClearColumns } from '../../src/services/clear-columns.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';

let dataDir: string;
let store: Store;
let app: FastifyInstance;
let published: PublishedStatistics;
let today = new Date('2026-01-19T06:00:00Z');

const SEX_TABLE = '/api/public/stats/intake/count?by=person.sex';
/** One month: a single bin, whose figures are each one perturbed count (what the solver below reads). */
const JANUARY = `${SEX_TABLE}&from=2026-01-01&to=2026-01-31`;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'homeward-publication-'));
  store = await openStore({ dataDir });
  published = new PublishedStatistics(store, { intervalMinutes: 0, now: () => today });
  app = await buildApp({
    store,
    publicStatistics: published,
    config: {
      secureCookies: false,
      duplicateWorkerIntervalMs: 0,
      intakeRatePerMinute: 10_000,
      statsCacheSeconds: 0,
    },
  });
  await app.ready();
  for (const record of generateIntakeRecords(300, 41)) {
    const res = await app.inject({ method: 'POST', url: '/api/intake', payload: record });
    expect(res.statusCode).toBe(201);
  }
}, 120_000);

afterAll(async () => {
  await app.close();
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
});

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.body, table: res.json() as StatTable };
};

/** The true counts a published figure can stand for, under the table's perturbation table. */
function possible(value: number): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let c = 0; c <= value + 20; c++) {
    if (publishedValues(DEFAULT_PTABLE, c).includes(value)) {
      lo = Math.min(lo, c);
      hi = Math.max(hi, c);
    }
  }
  return [lo, hi];
}

/** Could the one record added between the two releases be of this sex, given every published figure? */
function consistent(before: StatTable, after: StatTable, sex: string): boolean {
  return before.cells.every((cell, i) => {
    const [lo, hi] = possible(cell.value!);
    const [lo2, hi2] = possible(after.cells[i]!.value!);
    const shift = cell.keys[0] === sex ? 1 : 0;
    return Math.max(lo, lo2 - shift) <= Math.min(hi, hi2 - shift);
  });
}

describe('published statistics', () => {
  it('answers 404 before the first snapshot, then perturbed tables dated with the snapshot', async () => {
    expect((await get(SEX_TABLE)).status).toBe(404);
    expect(await published.snapshot()).toBe('2026-01-19');
    const { status, table, body } = await get(SEX_TABLE);
    expect(status).toBe(200);
    expect(table.source?.date).toBe('2026-01-19');
    expect(table.perturbation).toMatchObject({
      method: 'cell-key',
      ptable: 'ckm-t11-w1.4.6.4.1',
      maxAbsoluteChange: 2,
      threshold: 11,
    });
    expect(table.perturbation?.bins).toBeGreaterThan(0);
    for (const cell of [...table.cells, table.total])
      expect(cell.value === 0 || cell.value! >= 11).toBe(true);
    expect(body).not.toMatch(/fullName|caseNumber|"id"/);
    expect((await get(SEX_TABLE)).body).toBe(body);
    expect((await store.snapshots.latest('public-statistics'))?.data).toMatchObject({ date: '2026-01-19' });
  });

  it('answers any window for the whole months it touches (snapped server-side), never a shifted one', async () => {
    const month = await get(`${SEX_TABLE}&from=2026-01-01&to=2026-01-31`);
    expect(month.status).toBe(200);
    expect(month.table.window).toEqual({ from: '2026-01-01', to: '2026-01-19' });
    expect((await get(`${SEX_TABLE}&from=2026-01-02&to=2026-01-31`)).body).toBe(month.body);
    expect((await get(`${SEX_TABLE}&from=2026-01-01&to=2026-01-17`)).body).toBe(month.body);
    expect((await get('/api/public/stats/intake/series?interval=month')).status).toBe(200);
  });

  it('publishes daily and weekly series as fixed bins: each day or ISO week one perturbed figure, in every window', async () => {
    const daily = (from: string, to: string) =>
      get(`/api/public/stats/intake/series?interval=day&from=${from}&to=${to}`);
    const all = await daily('2026-01-01', '2026-01-18');
    expect(all.status).toBe(200);
    expect(all.table.perturbation?.bins).toBe(18);
    const figure = (t: StatTable, key: string) => t.cells.find((c) => c.keys[0] === key)?.value;
    // A shifted window repeats the same day figures: no new draw of any day.
    const shifted = (await daily('2026-01-05', '2026-01-12')).table;
    for (const c of shifted.cells) expect(c.value).toBe(figure(all.table, c.keys[0]!));
    for (const c of all.table.cells) expect(c.value === 0 || c.value! >= 11).toBe(true);
    // ISO weeks: 2025-W53 ... the window snaps to whole weeks (Monday to Sunday), cut at the snapshot date.
    const weekly = await get('/api/public/stats/intake/series?interval=week&from=2026-01-07&to=2026-01-15');
    expect(weekly.status).toBe(200);
    expect(weekly.table.window).toEqual({ from: '2026-01-05', to: '2026-01-18' });
    expect(weekly.table.dimensions[0]!.values).toEqual(['2026-W02', '2026-W03']);
    expect(
      (await get('/api/public/stats/intake/series?interval=week&from=2026-01-05&to=2026-01-18')).body,
    ).toBe(weekly.body);
  });

  it('after one "unknown" registration: nothing changes until the next snapshot, and then nothing gives its sex away', async () => {
    const before = (await get(JANUARY)).table;
    // A generated person registered in January up to the snapshot date (its other dates consistent with that).
    const newcomer = {
      ...generateIntakeRecords(2000, 99).find(
        (r) => r.registrationDate >= '2026-01-01' && r.registrationDate <= '2026-01-19',
      )!,
    };
    newcomer.person = { ...newcomer.person, sex: 'unknown' };
    const res = await app.inject({ method: 'POST', url: '/api/intake', payload: newcomer });
    expect(res.statusCode, res.body).toBe(201);
    // Live records changed; the published snapshot did not.
    expect((await get(JANUARY)).table).toEqual(before);

    today = new Date('2026-01-20T06:00:00Z');
    await published.snapshot();
    const after = (await get(JANUARY)).table;
    expect(after.source?.date).toBe('2026-01-20');
    // Windows are sums of month bins: what changed is the newcomer's month, which the watcher reads on its own.
    expect(after.perturbation?.bins).toBe(1);
    // The watcher's solver: which sexes could the newcomer have, given both releases? Female or male must remain
    // possible (with suppression alone, female and male standing still while the total moves rules them out).
    expect(consistent(before, after, 'unknown')).toBe(true);
    expect(consistent(before, after, 'female') || consistent(before, after, 'male')).toBe(true);
  });

  it('tables by office, status and child protection; a case whose status moves re-draws its whole month', async () => {
    for (const by of ['office', 'status', 'childProtection'])
      expect((await get(`/api/public/stats/intake/count?by=${by}`)).status).toBe(200);
    const url = '/api/public/stats/intake/count?by=status&by=person.sex&from=2026-01-01&to=2026-01-31';
    const before = (await get(url)).table;
    const page = await store.records.list<IntakeRecord>(
      { kind: 'intake', from: '2026-01-01', to: '2026-01-20' },
      { limit: 50 },
    );
    const moved = page.items.find((r) => r.clear.status !== 'closed')!;
    const record: IntakeRecord = { ...moved.record, status: 'closed' };
    const result = await store.records.update({
      id: moved.id,
      expectedVersion: moved.version,
      record,
      clear: intakeClearColumns(record),
      actorId: null,
    });
    expect(result.status).toBe('updated');
    await published.snapshot(); // the same date: only the status moved
    const after = (await get(url)).table;
    expect(after.total.value).toBeGreaterThan(0);
    // The cells whose true count did not change are re-drawn too (the records' key moved with their published
    // values): with plain cell keys, every one of them would stay exactly as it was and the two that moved would
    // give the case's sex away.
    const unchanged = (t: StatTable) =>
      t.cells
        .filter((c) => ![moved.clear.status, 'closed'].includes(c.keys[0]!))
        .map((c) => `${c.keys.join('/')}=${c.value}`);
    expect(unchanged(after)).not.toEqual(unchanged(before));
  });
});
