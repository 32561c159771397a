/**
 * Daily and weekly series as fixed bins, and re-keying on a changed value. A watcher asks for daily and weekly series
 * over any windows, and the monthly table by sex, before and after one record is added:
 * - every day (ISO week) has one published figure, the same in every window that holds it, so shifting windows
 *   gives no new draw; one record added changes its own day's and week's figures and no other;
 * - the day figures give the watcher another bound on the month's total, and with it the month's two releases
 *   still rarely narrow the newcomer's sex to one value;
 * - a record whose published value changes (its key re-keyed by `keyedSum`) re-draws its month's whole table, where
 *   plain keys would leave every cell it did not move exactly as it was.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PTABLE,
  type IntakeRecord,
  keyedSum,
  periodOf,
  publishBinned,
  publishedValues,
  type RecordGroup,
  type StatTable,
} from '../../src/index.js';
import { intake } from '../stats/fixtures.js';
import { possibleCategories, preimage, type ReleaseBounds } from './feasible-range.js';

const SEXES = ['female', 'male', 'other', 'unknown'] as const;
const MONTHS = ['2026-01', '2026-02', '2026-03'];
const LATEST = '2026-03-31';
const runs = Number(process.env.PERTURB_RUNS ?? 100);
const timeout = Math.max(30_000, runs * 300);
const day = (month: string, d: number) => `${month}-${String(d).padStart(2, '0')}`;

interface Person {
  month: number;
  day: number;
  sex: number;
}
const person = fc.record({
  month: fc.integer({ min: 0, max: 2 }),
  day: fc.integer({ min: 1, max: 28 }),
  sex: fc.integer({ min: 0, max: 3 }),
});
const load = fc.record({
  people: fc.array(person, { minLength: 20, maxLength: 400 }),
  added: person,
  windows: fc.array(fc.tuple(fc.integer({ min: 0, max: 83 }), fc.integer({ min: 0, max: 83 })), {
    minLength: 2,
    maxLength: 5,
  }),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
});

const dateOf = (p: Person) => day(MONTHS[p.month]!, p.day);
/** Day `i` of the 84 days from 1 January (28 a month is enough for the windows). */
const nth = (i: number) => day(MONTHS[Math.floor(i / 28)]!, 1 + (i % 28));

function groupsOf(people: Person[], seed: number, rekey = false): RecordGroup<IntakeRecord>[] {
  return people.map((p, n) => {
    const key = (Math.imul(n + 1 + seed * 7919, 2654435761) >>> 16) & 0xffff;
    const record = intake({ registrationDate: dateOf(p), person: { sex: SEXES[p.sex]! } });
    return { record, count: 1, keySum: rekey ? keyedSum(key, 1, [SEXES[p.sex]!]) : key };
  });
}

const series = (groups: RecordGroup<IntakeRecord>[], interval: 'day' | 'week', from: string, to: string) =>
  publishBinned(
    groups,
    { stat: 'series', interval },
    {
      dateField: 'registrationDate',
      from,
      to,
      latest: LATEST,
    },
  )!;
const bySex = (groups: RecordGroup<IntakeRecord>[], month: string) =>
  publishBinned(
    groups,
    { stat: 'count', fields: 'person.sex' },
    { dateField: 'registrationDate', from: day(month, 1), to: day(month, 1), latest: LATEST },
  )!;
const figures = (t: StatTable) => new Map(t.cells.map((c) => [c.keys[0]!, c.value ?? 0]));
const value = (t: StatTable, sex: string) => t.cells.find((c) => c.keys[0] === sex)?.value ?? 0;
const bound = (v: number) =>
  preimage(
    (c) => publishedValues(DEFAULT_PTABLE, c),
    v,
    DEFAULT_PTABLE.threshold,
    DEFAULT_PTABLE.maxAbsoluteChange,
  );

/** What the month's sex table says, its total also bounded by the sum of the month's day figures. */
function bounds(month: StatTable, days: StatTable): ReleaseBounds {
  const fromDays = [...figures(days).values()].map(bound);
  const dayTotal: [number, number] = [
    fromDays.reduce((s, b) => s + b[0], 0),
    fromDays.reduce((s, b) => s + b[1], 0),
  ];
  const total = bound(month.total.value ?? 0);
  return {
    cells: SEXES.map((s) => bound(value(month, s))),
    total: [Math.max(total[0], dayTotal[0]), Math.min(total[1], dayTotal[1])],
    denominator: bound(month.denominator ?? 0),
  };
}

describe('daily and weekly series are fixed bins', () => {
  it(
    'every day and ISO week has one figure in every window; one record added changes its own day and week only; with the day figures the month still rarely pins the newcomer',
    () => {
      let steps = 0;
      let pinned = 0;
      fc.assert(
        fc.property(load, ({ people, added, windows, seed }) => {
          const before = groupsOf(people, seed);
          const after = groupsOf([...people, added], seed);
          for (const interval of ['day', 'week'] as const) {
            const whole = [
              figures(series(before, interval, '2026-01-01', LATEST)),
              figures(series(after, interval, '2026-01-01', LATEST)),
            ] as const;
            for (const [a, b] of windows) {
              const [from, to] = a <= b ? [nth(a), nth(b)] : [nth(b), nth(a)];
              const t = series(before, interval, from, to);
              expect(t.perturbation?.bins).toBe(t.cells.length);
              for (const c of t.cells) expect(c.value).toBe(whole[0].get(c.keys[0]!));
            }
            const changed = [...whole[1].keys()].filter((k) => whole[1].get(k) !== whole[0].get(k));
            for (const k of changed) expect(k).toBe(periodOf(dateOf(added), interval));
            for (const v of whole[0].values()) expect(v === 0 || v >= 11).toBe(true);
          }
          const month = MONTHS[added.month]!;
          const days = (g: RecordGroup<IntakeRecord>[]) => series(g, 'day', day(month, 1), day(month, 28));
          const possible = possibleCategories(
            [bounds(bySex(before, month), days(before)), bounds(bySex(after, month), days(after))],
            [1],
          )[0]!;
          expect(possible.has(added.sex)).toBe(true);
          steps++;
          if (possible.size === 1) pinned++;
        }),
        { numRuns: runs, seed: 20261207 },
      );
      console.info(
        `category pinned through the month bin and its day bins: ${((100 * pinned) / steps).toFixed(1)}% of runs`,
      );
      expect(pinned / steps).toBeLessThan(0.05);
    },
    timeout,
  );

  it(
    'a record whose published value changes re-draws its whole month when keys are re-keyed by values; plain keys leave the other cells as they were',
    () => {
      let runsSeen = 0;
      let frozen = 0;
      fc.assert(
        fc.property(load, fc.integer({ min: 1, max: 3 }), ({ people, seed }, shift) => {
          const moved = people[0]!;
          const changed = [{ ...moved, sex: (moved.sex + shift) % 4 }, ...people.slice(1)];
          const month = MONTHS[moved.month]!;
          const others = SEXES.filter((_, i) => i !== moved.sex && i !== (moved.sex + shift) % 4);
          const still = (rekey: boolean) => {
            const a = bySex(groupsOf(people, seed, rekey), month);
            const b = bySex(groupsOf(changed, seed, rekey), month);
            return others.every((s) => value(a, s) === value(b, s)) && a.total.value === b.total.value;
          };
          expect(still(false)).toBe(true);
          runsSeen++;
          if (still(true)) frozen++;
        }),
        { numRuns: runs, seed: 20261208 },
      );
      console.info(
        `unchanged cells and total all stood still after a re-keyed value change: ${((100 * frozen) / runsSeen).toFixed(1)}% of runs`,
      );
      expect(frozen / runsSeen).toBeLessThan(0.3);
    },
    timeout,
  );
});
