/**
 * The p-quantile of ascending sorted values by linear interpolation between order statistics (Hyndman & Fan type 7,
 * as R's default, d3-array's `quantileSorted` and spreadsheets' QUARTILE.INC); NaN for no values.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo]!;
  return lo + 1 < n ? below + (h - lo) * (sorted[lo + 1]! - below) : below;
}
