/** Calendar arithmetic on ISO `YYYY-MM-DD` strings, which compare correctly as strings. */

/** Today as `YYYY-MM-DD`, a day ahead of UTC: the date is "not in the future" for every time zone up to UTC+14. */
export function latestAllowedDate(now: Date = new Date()): string {
  return new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
}

/** Whole years from `from` to `to` (an age on a date). */
export function yearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  let years = ty - fy;
  if (tm < fm || (tm === fm && td < fd)) years -= 1;
  return years;
}
