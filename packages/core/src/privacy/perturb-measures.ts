/**
 * Money and durations under the cell key method: a sum or a quantile of a few people is close to one person's own
 * amount or time, so small groups get a range instead of a figure and the smallest get nothing.
 */
import type { StatCell, StatTable } from '../stats/table.js';

/** How sums and quantiles of small groups (money, durations) are published: as ranges below a group size. */
export interface MeasureOptions {
  /**
   * Groups of fewer records than this (but at least the threshold) get their sum or quantile as a range: money and
   * estimates to two significant figures, durations to `durationStep` months. 50 by default.
   */
  rangeBelow?: number;
  /** Width in months of the range a small group's duration quantile is released as: 3 by default. */
  durationStep?: number;
}

const DEFAULT_RANGE_BELOW = 50;
const DEFAULT_DURATION_STEP = 3;

/** The step of two significant figures for a value (1,000 for 12,345; 1 for 0 to 99). */
function twoFigureStep(value: number): number {
  const magnitude = Math.floor(Math.log10(Math.max(Math.abs(value), 1)));
  return 10 ** Math.max(magnitude - 1, 0);
}

/** The range of width `step` holding `value`, and its middle. */
function rangeOf(value: number, step: number): { low: number; high: number; middle: number } {
  const low = Math.floor(value / step) * step;
  const high = low + step;
  // Rounding noise of floating division (0.3 / 0.1) must not leave 0.30000000000000004 in a published figure.
  const clean = (x: number) => Math.round(x * 1e6) / 1e6;
  return { low: clean(low), high: clean(high), middle: clean((low + high) / 2) };
}

/**
 * A cell of a sum, quantile or estimate table after perturbation: `n` is the perturbed count (already computed),
 * `trueN` decides what may be said about the value.
 * - fewer than `threshold` records: no value (`suppressed: true`);
 * - fewer than `rangeBelow`: a range (`range`), `value` its middle;
 * - otherwise the value as computed.
 */
export function coarsenMeasure(
  measure: StatTable['measure'],
  cell: StatCell,
  trueN: number,
  n: number | null,
  threshold: number,
  options: MeasureOptions = {},
): StatCell {
  const keys = [...cell.keys];
  const withN = n === null ? {} : { n };
  if (cell.value === null || trueN < threshold) return { keys, value: null, suppressed: true, ...withN };
  if (trueN >= (options.rangeBelow ?? DEFAULT_RANGE_BELOW)) {
    return { keys, value: cell.value, suppressed: false, ...withN };
  }
  const step =
    measure === 'quantile' ? (options.durationStep ?? DEFAULT_DURATION_STEP) : twoFigureStep(cell.value);
  const { low, high, middle } = rangeOf(cell.value, step);
  return { keys, value: middle, suppressed: false, ...withN, range: { low, high } };
}
