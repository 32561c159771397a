/**
 * The period keys of a time series (`YYYY-MM-DD`, ISO week `YYYY-Www`, `YYYY-MM`, as core's `timeSeries` writes
 * them) turned into the UTC days they cover, for labels and date ranges. Parsing only: the buckets themselves are
 * computed by core.
 */
export type Interval = 'day' | 'week' | 'month';

const SHAPES: Record<Interval, RegExp> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  week: /^(\d{4})-W(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
};

const DAY_MS = 86_400_000;

/** The interval a key is written in, or undefined when it is none of them. */
export function intervalOfKey(key: string): Interval | undefined {
  return (Object.keys(SHAPES) as Interval[]).find((interval) => SHAPES[interval].test(key));
}

/** Monday of ISO week 1: the week holding 4 January. */
function isoWeekOneMonday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - weekday * DAY_MS;
}

function isoWeeksIn(year: number): number {
  return Math.round((isoWeekOneMonday(year + 1) - isoWeekOneMonday(year)) / (7 * DAY_MS));
}

/**
 * The first and last UTC day (as epoch milliseconds) of the period a key names, or undefined when the key is not
 * a real period of `interval` (2026-02-30, week 54, month 13).
 */
export function periodBounds(key: string, interval: Interval): { start: number; end: number } | undefined {
  const match = SHAPES[interval].exec(key);
  if (!match) return undefined;
  const year = Number(match[1]);
  const second = Number(match[2]);
  if (interval === 'week') {
    if (second < 1 || second > isoWeeksIn(year)) return undefined;
    const start = isoWeekOneMonday(year) + (second - 1) * 7 * DAY_MS;
    return { start, end: start + 6 * DAY_MS };
  }
  if (second < 1 || second > 12) return undefined;
  if (interval === 'month') {
    return { start: Date.UTC(year, second - 1, 1), end: Date.UTC(year, second, 0) };
  }
  const day = Number(match[3]);
  const start = Date.UTC(year, second - 1, day);
  if (new Date(start).getUTCDate() !== day) return undefined;
  return { start, end: start };
}

/**
 * The index of the period among `keys` that holds a date (`YYYY-MM-DD`, or `YYYY-MM` for its first day), or -1.
 * Read from the keys themselves, so that placing an event needs no date library.
 */
export function periodIndexOf(date: string, keys: readonly string[], interval: Interval): number {
  const day = date.length === 7 ? `${date}-01` : date;
  const bounds = periodBounds(day, 'day');
  if (!bounds) return -1;
  return keys.findIndex((key) => {
    const period = periodBounds(key, interval);
    return period !== undefined && bounds.start >= period.start && bounds.start <= period.end;
  });
}
