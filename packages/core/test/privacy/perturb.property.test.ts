/**
 * The watcher of the issue, as a solver: random caseloads, random sequences of releases one record apart (added or
 * removed), every release perturbed (or, for comparison, only suppressed). For each step the solver lists the
 * categories the changed record could have; a step whose list has one entry is a person's hidden attribute given
 * away.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countBy,
  DEFAULT_PTABLE,
  type IntakeRecord,
  perturb,
  publishedValues,
  type StatTable,
  suppress,
  tableKeys,
} from '../../src/index.js';
import { intake } from '../stats/fixtures.js';
import { possibleCategories, preimage, type ReleaseBounds } from './feasible-range.js';

const SEXES = ['female', 'male', 'other', 'unknown'] as const;
const runs = Number(process.env.PERTURB_RUNS ?? 150);
const timeout = Math.max(20_000, runs * 150);

interface Caseload {
  /** Count per category before the first release. */
  counts: number[];
  /** Each step: add (+1) or remove (-1) one record of this category. */
  steps: { sign: 1 | -1; category: number }[];
  /** Record keys, drawn as a secret HMAC key would give them: uniform 16-bit integers. */
  keys: number[];
}

const small = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 14 }) },
  { weight: 2, arbitrary: fc.integer({ min: 15, max: 300 }) },
);
const caseload: fc.Arbitrary<Caseload> = fc
  .record({
    counts: fc.array(small, { minLength: 2, maxLength: 4 }),
    steps: fc.array(fc.record({ sign: fc.constantFrom<1 | -1>(1, 1, -1), category: fc.nat() }), {
      minLength: 1,
      maxLength: 3,
    }),
    keys: fc.array(fc.integer({ min: 0, max: 65535 }), { minLength: 1400, maxLength: 1400 }),
  })
  .map(({ counts, steps, keys }) => {
    // A removal takes out a record that exists.
    const running = [...counts];
    const valid = steps.map(({ sign, category }) => {
      let c = category % counts.length;
      if (sign === -1 && running[c]! === 0) c = running.findIndex((n) => n > 0);
      const s: 1 | -1 = c < 0 ? 1 : sign;
      if (c < 0) c = category % counts.length;
      running[c]! += s;
      return { sign: s, category: c };
    });
    return { counts, steps: valid, keys };
  });

/** The caseload at every release: records with stable ids, so a record keeps its key from one release to the next. */
function releases(load: Caseload): IntakeRecord[][] {
  const m = load.counts.length;
  let current: IntakeRecord[] = [];
  load.counts.forEach((n, c) => {
    for (let i = 0; i < n; i++) current.push(intake({ person: { sex: SEXES[c % m]! } }));
  });
  const out = [current];
  for (const { sign, category } of load.steps) {
    if (sign === 1) current = [...current, intake({ person: { sex: SEXES[category]! } })];
    else {
      const at = current.findIndex((r) => r.person.sex === SEXES[category]);
      current = current.filter((_, i) => i !== at);
    }
    out.push(current);
  }
  return out;
}

/** A record key per id, from the caseload's drawn keys. */
function keyring(load: Caseload) {
  const assigned = new Map<string, number>();
  return (record: IntakeRecord) => {
    let key = assigned.get(record.id);
    if (key === undefined) {
      key = load.keys[assigned.size % load.keys.length]!;
      assigned.set(record.id, key);
    }
    return key;
  };
}

const query = (records: readonly IntakeRecord[]) => countBy(records, 'person.sex');
const cellsOf = (table: StatTable, m: number) =>
  SEXES.slice(0, m).map((s) => table.cells.find((c) => c.keys[0] === s)!);

function perturbedBounds(table: StatTable, m: number): ReleaseBounds {
  const { threshold, maxAbsoluteChange } = DEFAULT_PTABLE;
  const bound = (v: number | null) =>
    preimage((c) => publishedValues(DEFAULT_PTABLE, c), v!, threshold, maxAbsoluteChange);
  return {
    cells: cellsOf(table, m).map((c) => bound(c.value)),
    total: bound(table.total.value),
    denominator: bound(table.denominator),
  };
}

function suppressedBounds(table: StatTable, m: number): ReleaseBounds {
  const bound = (v: number | null): [number, number] => (v === null ? [0, Number.POSITIVE_INFINITY] : [v, v]);
  return {
    cells: cellsOf(table, m).map((c) => bound(c.value)),
    total: bound(table.total.value),
    denominator: bound(table.denominator),
  };
}

/** How often the solver pins a step's category, over every step of every run. */
function attack(protect: 'perturb' | 'suppress') {
  let steps = 0;
  let pinned = 0;
  fc.assert(
    fc.property(caseload, (load) => {
      const m = load.counts.length;
      const keyOf = keyring(load);
      const bounds = releases(load).map((records) => {
        if (protect === 'suppress') return suppressedBounds(suppress(query(records)), m);
        const { table, keys } = tableKeys(records, query, keyOf);
        return perturbedBounds(perturb(table, keys), m);
      });
      const possible = possibleCategories(
        bounds,
        load.steps.map((s) => s.sign),
      );
      load.steps.forEach((step, j) => {
        // The truth is always among the possibilities: the solver is sound.
        expect(possible[j]!.has(step.category)).toBe(true);
        steps++;
        if (possible[j]!.size === 1) pinned++;
      });
    }),
    { numRuns: runs, seed: 20260105 },
  );
  return pinned / steps;
}

describe('perturb: what a watcher of successive releases can work out', () => {
  it(
    'the same query on the same records gives the same table, in any record order',
    () => {
      fc.assert(
        fc.property(caseload, (load) => {
          const keyOf = keyring(load);
          const records = releases(load).at(-1)!;
          const a = tableKeys(records, query, keyOf);
          const b = tableKeys([...records].reverse(), query, keyOf);
          const out = perturb(a.table, a.keys);
          expect(perturb(b.table, b.keys)).toEqual(out);
          for (const c of [...out.cells, out.total]) expect(c.value === 0 || c.value! >= 11).toBe(true);
        }),
        { numRuns: Math.min(runs, 60) },
      );
    },
    timeout,
  );

  it(
    'rarely narrows the category of a record added or removed between releases to one value, where suppression alone often does',
    () => {
      const perturbed = attack('perturb');
      const suppressed = attack('suppress');
      console.info(
        `category pinned: perturbed ${(perturbed * 100).toFixed(1)}% of steps, suppressed only ${(suppressed * 100).toFixed(1)}%`,
      );
      // Bounded changes leave a small chance that extreme draws pin a category (see the docs): measured here.
      expect(perturbed).toBeLessThan(0.05);
      expect(suppressed).toBeGreaterThan(0.2);
    },
    timeout * 2,
  );

  it('the issue: one "unknown" registration beside female and male counts that stay put no longer shows the person is in a hidden category', () => {
    // Female 121 and male 267 are shown; "other" (5) and "unknown" (7) are small. One "unknown" person registers.
    const counts = [121, 267, 5, 7];
    const step: Caseload['steps'] = [{ sign: 1, category: 3 }];
    const hiddenOnly = (possible: Set<number>) => !possible.has(0) && !possible.has(1);
    // Suppression alone: female and male unchanged, total + 1: the newcomer is neither female nor male.
    const plain = releases({ counts, steps: step, keys: [0] }).map((r) =>
      suppressedBounds(suppress(query(r)), 4),
    );
    expect(hiddenOnly(possibleCategories(plain, [1])[0]!)).toBe(true);
    let given = 0;
    const trials = 200;
    for (let seed = 0; seed < trials; seed++) {
      const keys = Array.from(
        { length: 1400 },
        (_, i) => (Math.imul(i + 1 + seed * 7919, 2654435761) >>> 16) & 0xffff,
      );
      const load: Caseload = { counts, steps: step, keys };
      const keyOf = keyring(load);
      const bounds = releases(load).map((records) => {
        const { table, keys: k } = tableKeys(records, query, keyOf);
        return perturbedBounds(perturb(table, k), 4);
      });
      const possible = possibleCategories(bounds, [1])[0]!;
      expect(possible.has(3)).toBe(true);
      if (hiddenOnly(possible)) given++;
    }
    console.info(`issue scenario: hidden category given away under ${given} of ${trials} secrets`);
    expect(given / trials).toBeLessThan(0.02);
  });
});
