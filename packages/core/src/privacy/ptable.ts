/**
 * Perturbation tables (ptables) for the cell key method: for every true count, the changes it may get and their
 * probabilities, as whole-number weights so that every engine (Node, any browser, a database) picks the same change
 * for the same cell key. The table is public (docs/disclosure-control.md prints it); the keys are what is secret.
 */
import { DEFAULT_K } from './suppress.js';

/** The changes for one true count, each with the range of cell keys that selects it. */
export interface PTableRow {
  /** The true count this row applies to; the last row applies to every larger count too. */
  count: number;
  /** Possible changes (published = count + change) with whole-number weights, in ascending order of change. */
  outcomes: { change: number; weight: number }[];
  /** Sum of the weights: the probability of an outcome is its weight divided by this. */
  total: number;
}

/** A perturbation table (ABS cell key method): for each true count, the change to apply by cell key. */
export interface PTable {
  /** Names the table and every parameter it was built from: stated on every table it perturbs. */
  id: string;
  /** Smallest non-zero count published: true counts from 1 to `threshold - 1` become 0 or `threshold`. */
  threshold: number;
  /** Largest |change| for true counts of `threshold` or more. */
  maxAbsoluteChange: number;
  /** Rows for counts 0 to `threshold + maxAbsoluteChange`; larger counts use the last row. */
  rows: PTableRow[];
}

/** How `cellKeyPTable` builds a perturbation table: the threshold and the weights of the changes. */
export interface PTableOptions {
  /** Smallest non-zero count published (11 by default, the k of `suppress` and the CTDC public dataset). */
  threshold?: number;
  /**
   * Weights of the changes -D..+D for counts well above the threshold, symmetric so that the change is zero on
   * average. Default `[1, 4, 6, 4, 1]`: a binomial change of -2..+2 with variance 1, no change 6 times in 16.
   */
  weights?: readonly number[];
}

/** The relative chances of the changes -2, -1, 0, +1 and +2 in the default perturbation table (binomial). */
export const DEFAULT_PTABLE_WEIGHTS = [1, 4, 6, 4, 1] as const;

function checkWeights(weights: readonly number[]): void {
  const ok =
    weights.length % 2 === 1 &&
    weights.every((w) => Number.isInteger(w) && w >= 0) &&
    weights.some((w) => w > 0) &&
    weights.every((w, i) => w === weights[weights.length - 1 - i]);
  if (!ok) throw new RangeError('ptable weights must be an odd-length symmetric list of whole numbers ≥ 0');
}

/**
 * A cell key perturbation table:
 * - 0 stays 0 (an empty cell has no records, so no cell key; see the docs for what a published 0 means);
 * - a count c from 1 to `threshold - 1` becomes `threshold` with probability c / threshold, otherwise 0: small
 *   counts never appear, and the published value is right on average;
 * - a count of `threshold` or more changes by -D..+D with the given weights, except that a change that would take it
 *   under the threshold is not made (its weight moves to "no change": a small upward bias on the two counts just
 *   above the threshold, the price of never publishing a small count).
 */
export function cellKeyPTable(options: PTableOptions = {}): PTable {
  const threshold = options.threshold ?? DEFAULT_K;
  const weights = options.weights ?? DEFAULT_PTABLE_WEIGHTS;
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > 1_000_000) {
    throw new RangeError(`threshold must be a whole number from 1 to 1,000,000, not ${threshold}`);
  }
  checkWeights(weights);
  const spread = (weights.length - 1) / 2;
  const rows: PTableRow[] = [{ count: 0, outcomes: [{ change: 0, weight: 1 }], total: 1 }];
  for (let count = 1; count < threshold; count++) {
    rows.push({
      count,
      outcomes: [
        { change: -count, weight: threshold - count },
        { change: threshold - count, weight: count },
      ],
      total: threshold,
    });
  }
  for (let count = threshold; count <= threshold + spread; count++) {
    const byChange = new Map<number, number>();
    weights.forEach((weight, i) => {
      const change = i - spread;
      const kept = count + change >= threshold ? change : 0;
      byChange.set(kept, (byChange.get(kept) ?? 0) + weight);
    });
    const outcomes = [...byChange]
      .filter(([, weight]) => weight > 0)
      .sort(([a], [b]) => a - b)
      .map(([change, weight]) => ({ change, weight }));
    rows.push({ count, outcomes, total: outcomes.reduce((sum, o) => sum + o.weight, 0) });
  }
  const maxAbsoluteChange = weights.reduce(
    (max, w, i) => (w > 0 ? Math.max(max, Math.abs(i - spread)) : max),
    0,
  );
  return { id: `ckm-t${threshold}-w${weights.join('.')}`, threshold, maxAbsoluteChange, rows };
}

/** The table used unless told otherwise: threshold 11, changes -2..+2. */
export const DEFAULT_PTABLE: PTable = cellKeyPTable();

/** The row for a true count (the last row for every count beyond it). */
export function ptableRow(ptable: PTable, count: number): PTableRow {
  return ptable.rows[Math.min(count, ptable.rows.length - 1)]!;
}

/**
 * The change a cell gets: the cell key, a whole number in `[0, 2^32)`, picks an outcome of the count's row in
 * proportion to the weights. Integer arithmetic only (products stay under 2^53), so every engine agrees.
 */
export function ptableChange(ptable: PTable, count: number, cellKey: number): number {
  if (count <= 0) return 0;
  const row = ptableRow(ptable, count);
  const position = Math.floor((cellKey * row.total) / 2 ** 32);
  let below = 0;
  for (const { change, weight } of row.outcomes) {
    below += weight;
    if (position < below) return change;
  }
  return row.outcomes[row.outcomes.length - 1]!.change;
}

/** Every value a true count may be published as (`count + change` for each outcome of its row). */
export function publishedValues(ptable: PTable, count: number): number[] {
  if (count <= 0) return [0];
  return ptableRow(ptable, count).outcomes.map(({ change }) => count + change);
}
