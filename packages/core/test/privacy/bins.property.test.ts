/**
 * Shifted date windows against month bins: a watcher asks for any sequence of windows (any start and end day),
 * before and after one record is added. Every window is answered as a union of whole months whose figures are sums
 * of the months' own published figures, so the windows hold nothing beyond the monthly releases; and the monthly
 * release of the record's month, before and after, rarely narrows the record's hidden category to one value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alignedWindow,
  DEFAULT_PTABLE,
  type IntakeRecord,
  publishBinned,
  publishedValues,
  type RecordGroup,
  type StatTable,
} from '../../src/index.js';
import { intake } from '../stats/fixtures.js';
import { possibleCategories, preimage, type ReleaseBounds } from './feasible-range.js';

const SEXES = ['female', 'male', 'other', 'unknown'] as const;
const MONTHS = ['2026-01', '2026-02', '2026-03', '2026-04'];
const LATEST = '2026-04-30';
const runs = Number(process.env.PERTURB_RUNS ?? 120);
const timeout = Math.max(30_000, runs * 250);

const day = (month: string, d: number) => `${month}-${String(d).padStart(2, '0')}`;

interface Load {
  /** counts[month][sex] before the added record. */
  counts: number[][];
  added: { month: number; sex: number; day: number };
  windows: { from: [number, number]; to: [number, number] }[];
  seed: number;
}

const small = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 14 }) },
  { weight: 2, arbitrary: fc.integer({ min: 15, max: 120 }) },
);
const when = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 28 }));
const load: fc.Arbitrary<Load> = fc.record({
  counts: fc.array(fc.array(small, { minLength: 4, maxLength: 4 }), { minLength: 4, maxLength: 4 }),
  added: fc.record({
    month: fc.integer({ min: 0, max: 3 }),
    sex: fc.integer({ min: 0, max: 3 }),
    day: fc.integer({ min: 1, max: 28 }),
  }),
  windows: fc.array(fc.record({ from: when, to: when }), { minLength: 3, maxLength: 6 }),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
});

/** Records (one group each, with a drawn 16-bit key), before and after the addition. */
function caseloads(l: Load): [RecordGroup<IntakeRecord>[], RecordGroup<IntakeRecord>[]] {
  let n = 0;
  const key = () => (Math.imul(++n + l.seed * 7919, 2654435761) >>> 16) & 0xffff;
  const before: RecordGroup<IntakeRecord>[] = [];
  l.counts.forEach((bySex, m) => {
    bySex.forEach((count, s) => {
      for (let i = 0; i < count; i++) {
        const record = intake({
          registrationDate: day(MONTHS[m]!, 1 + (i % 28)),
          person: { sex: SEXES[s]! },
        });
        before.push({ record, count: 1, keySum: key() });
      }
    });
  });
  const newcomer = intake({
    registrationDate: day(MONTHS[l.added.month]!, l.added.day),
    person: { sex: SEXES[l.added.sex]! },
  });
  return [before, [...before, { record: newcomer, count: 1, keySum: key() }]];
}

const bySex = { stat: 'count', fields: 'person.sex' } as const;
const publish = (groups: RecordGroup<IntakeRecord>[], from?: string, to?: string) =>
  publishBinned(groups, bySex, {
    dateField: 'registrationDate',
    latest: LATEST,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  })!;
const value = (t: StatTable, sex: string) => t.cells.find((c) => c.keys[0] === sex)?.value ?? 0;

function bounds(t: StatTable): ReleaseBounds {
  const { threshold, maxAbsoluteChange } = DEFAULT_PTABLE;
  const bound = (v: number) =>
    preimage((c) => publishedValues(DEFAULT_PTABLE, c), v, threshold, maxAbsoluteChange);
  return {
    cells: SEXES.map((s) => bound(value(t, s))),
    total: bound(t.total.value ?? 0),
    denominator: bound(t.denominator ?? 0),
  };
}

describe('date windows are unions of month bins', () => {
  it('snaps any bounds outwards to whole months, and never past the latest date', () => {
    expect(alignedWindow('2026-02-13', '2026-03-02', LATEST)).toEqual({
      from: '2026-02-01',
      to: '2026-03-31',
    });
    expect(alignedWindow(undefined, '2026-04-02', '2026-04-20')).toEqual({ to: '2026-04-20' });
    expect(alignedWindow('2026-05-02', undefined, LATEST)).toBeUndefined();
  });

  it(
    'any sequence of shifted windows, with one record added between them, tells no more than the monthly bins, and the bins rarely pin the record',
    () => {
      let steps = 0;
      let pinned = 0;
      fc.assert(
        fc.property(load, (l) => {
          const [before, after] = caseloads(l);
          for (const groups of [before, after]) {
            const months = MONTHS.map((m) => publish(groups, day(m, 1), day(m, 28)));
            for (const w of l.windows) {
              const [a, b] = w.from[0] <= w.to[0] ? [w.from, w.to] : [w.to, w.from];
              const table = publish(groups, day(MONTHS[a[0]]!, a[1]), day(MONTHS[b[0]]!, b[1]));
              // The window is whole months, and each of its figures is the sum of its months' published figures.
              const to = alignedWindow(undefined, day(MONTHS[b[0]]!, 1), LATEST)!.to;
              expect(table.window).toEqual({ from: day(MONTHS[a[0]]!, 1), to });
              const inside = months.slice(a[0], b[0] + 1);
              for (const s of SEXES)
                expect(value(table, s)).toBe(inside.reduce((t, m) => t + value(m, s), 0));
              expect(table.total.value).toBe(inside.reduce((t, m) => t + (m.total.value ?? 0), 0));
              expect(table.denominator).toBe(inside.reduce((t, m) => t + (m.denominator ?? 0), 0));
              expect(table.perturbation?.bins).toBe(inside.length);
              // Asking again, or with other days in the same months, gives the same table.
              expect(publish(groups, day(MONTHS[a[0]]!, 1), day(MONTHS[b[0]]!, 27))).toEqual(table);
            }
          }
          // Only the newcomer's month changes; what its two releases allow about the newcomer's sex:
          const m = MONTHS[l.added.month]!;
          for (const x of MONTHS.filter((x) => x !== m)) {
            expect(publish(after, day(x, 1), day(x, 2))).toEqual(publish(before, day(x, 1), day(x, 2)));
          }
          const possible = possibleCategories(
            [bounds(publish(before, day(m, 1), day(m, 28))), bounds(publish(after, day(m, 1), day(m, 28)))],
            [1],
          )[0]!;
          expect(possible.has(l.added.sex)).toBe(true);
          steps++;
          if (possible.size === 1) pinned++;
        }),
        { numRuns: runs, seed: 20261206 },
      );
      console.info(`category pinned through month bins: ${((100 * pinned) / steps).toFixed(1)}% of runs`);
      expect(pinned / steps).toBeLessThan(0.05);
    },
    timeout,
  );
});
