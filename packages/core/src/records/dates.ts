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

/** The number written by `length` ASCII digits of `text` from `start` (validated dates hold only digits there). */
function digits(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/** Whole years from `from` to `to` (an age on a date); a birthday on 29 February comes on 1 March in other years. */
export function yearsBetween(from: string, to: string): number {
  const years = digits(to, 0, 4) - digits(from, 0, 4);
  // Month and day as MMDD: reading digits, not slicing strings, keeps this free of allocations.
  const before = digits(to, 5, 2) * 100 + digits(to, 8, 2) < digits(from, 5, 2) * 100 + digits(from, 8, 2);
  return before ? years - 1 : years;
}

/** Whether two dates fall on the same month and day. */
export function sameDayOfYear(a: string, b: string): boolean {
  return digits(a, 5, 2) === digits(b, 5, 2) && digits(a, 8, 2) === digits(b, 8, 2);
}
