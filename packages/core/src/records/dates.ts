/** Calendar arithmetic on ISO `YYYY-MM-DD` strings, which compare correctly as strings. */

const DAY_MS = 86_400_000;
let cachedDay = Number.NaN;
let cachedLatest = '';

/**
 * Today as `YYYY-MM-DD`, a day ahead of UTC: the date is "not in the future" for every time zone up to UTC+14.
 * Cached for the current UTC day: validating a batch of records must not format a date per record.
 */
export function latestAllowedDate(now: Date = new Date()): string {
  const day = Math.floor(now.getTime() / DAY_MS);
  if (day !== cachedDay) {
    cachedLatest = new Date((day + 1) * DAY_MS).toISOString().slice(0, 10);
    cachedDay = day;
  }
  return cachedLatest;
}

/** Whole years from `from` to `to` (an age on a date); a birthday on 29 February comes on 1 March in other years. */
export function yearsBetween(from: string, to: string): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  // `MM-DD` strings compare as the days of the year they name.
  return to.slice(5) < from.slice(5) ? years - 1 : years;
}
