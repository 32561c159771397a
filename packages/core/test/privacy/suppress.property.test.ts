import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppress } from '../../src/index.js';
import { hiddenRanges } from './feasible-range.js';
import { entryValues, matrixTable, vectorTable } from './tables.js';

/** Counts as they come: many small ones (the ones that need hiding), some zeros, some large. */
const count = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 12 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 300 }) },
);
/** More runs on demand (`SUPPRESS_RUNS=5000`): the default keeps the suite quick. */
const runs = Number(process.env.SUPPRESS_RUNS ?? 300);
const timeout = Math.max(5000, runs * 20);
const exclusions = fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 3 });

/**
 * For every entry hidden because it was below k: solve for its smallest and largest possible value given all that
 * is shown. At least k values must remain possible. And no hidden entry may be pinned to a single value.
 */
function expectProtected(original: ReturnType<typeof vectorTable>, k: number) {
  const protectedTable = suppress(original, { k });
  const before = entryValues(original);
  const after = entryValues(protectedTable);
  for (const [label, value] of after) {
    if (value !== null) {
      expect(value, `${label} shown`).toBe(before.get(label));
      expect(value, `${label} shown below k`).toBeGreaterThanOrEqual(k);
    }
  }
  for (const { label, min, max } of hiddenRanges(protectedTable)) {
    const truth = before.get(label)!;
    expect(truth, label).toBeGreaterThanOrEqual(min);
    expect(truth, label).toBeLessThanOrEqual(max);
    expect(max, `${label} pinned to one value`).toBeGreaterThan(min);
    if (truth < k)
      expect(max - min + 1, `${label}=${truth} has fewer than k possible values`).toBeGreaterThanOrEqual(k);
  }
}

describe('suppress: nothing below k can be recovered from what is shown', () => {
  it(
    'one-way tables with a total and exclusions',
    () => {
      fc.assert(
        fc.property(
          fc.array(count, { minLength: 1, maxLength: 12 }),
          exclusions,
          fc.integer({ min: 2, max: 15 }),
          (values, excluded, k) => expectProtected(vectorTable(values, excluded), k),
        ),
        { numRuns: runs },
      );
    },
    timeout,
  );

  it(
    'two-way tables with row and column margins, a total and exclusions',
    () => {
      const matrix = fc
        .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
        .chain(([r, c]) =>
          fc.array(fc.array(count, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }),
        );
      fc.assert(
        fc.property(matrix, exclusions, fc.integer({ min: 2, max: 15 }), (rows, excluded, k) =>
          expectProtected(matrixTable(rows, excluded), k),
        ),
        { numRuns: runs },
      );
    },
    timeout,
  );
});
