/**
 * Calendar periods of a time series: days `YYYY-MM-DD`, ISO 8601 weeks `YYYY-Www` (the week-numbering year, so
 * 2021-01-03 is in 2020-W53) and months `YYYY-MM`. Dates are calendar strings, so all arithmetic is done in UTC
 * (`@date-fns/utc`): the same records give the same buckets in Phnom Penh, Jakarta and Los Angeles.
 */
import { UTCDate } from '@date-fns/utc';
import { addDays, addMonths, addWeeks, format, startOfISOWeek, startOfMonth } from 'date-fns';

/** The period a time series counts by: a day, an ISO week or a calendar month. */
export type Interval = 'day' | 'week' | 'month';

/** Every period a time series can count by. */
export const INTERVALS: readonly Interval[] = ['day', 'week', 'month'];

const KEY_FORMAT: Record<Interval, string> = { day: 'yyyy-MM-dd', week: "RRRR-'W'II", month: 'yyyy-MM' };

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTC midnight of a `YYYY-MM-DD` calendar date, or undefined when it is not a real date. */
export function utcDate(date: string): UTCDate | undefined {
  const match = DATE_SHAPE.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const value = new UTCDate(year, month - 1, day);
  return value.getUTCFullYear() === year && value.getUTCMonth() === month - 1 && value.getUTCDate() === day
    ? value
    : undefined;
}

function startOf(date: UTCDate, interval: Interval): UTCDate {
  if (interval === 'week') return startOfISOWeek(date);
  if (interval === 'month') return startOfMonth(date);
  return date;
}

const STEP: Record<Interval, (date: UTCDate, n: number) => UTCDate> = {
  day: addDays,
  week: addWeeks,
  month: addMonths,
};

/** The key of the period holding a `YYYY-MM-DD` date, or undefined for something that is not a real date. */
export function periodOf(date: string, interval: Interval): string | undefined {
  const value = utcDate(date);
  return value && format(value, KEY_FORMAT[interval]);
}

/** The first day (`YYYY-MM-DD`) of the period holding a date: the date itself, its ISO week's Monday, its month's 1st. */
export function periodStart(date: string, interval: Interval): string | undefined {
  const value = utcDate(date);
  return value && format(startOf(value, interval), KEY_FORMAT.day);
}

const DAY_MS = 86_400_000;

/** Every period key from the one holding `from` to the one holding `to`, inclusive; empty when `to` is before. */
export function periodsBetween(from: string, to: string, interval: Interval): string[] {
  const start = utcDate(from);
  const end = utcDate(to);
  if (!start || !end) return [];
  // Days and months by plain UTC arithmetic: a ten-year daily series has 3,653 keys, and date-fns' format takes
  // about 50 µs a key (the event loop is held meanwhile).
  if (interval === 'day') {
    const keys: string[] = [];
    for (let t = start.getTime(); t <= end.getTime(); t += DAY_MS)
      keys.push(new Date(t).toISOString().slice(0, 10));
    return keys;
  }
  if (interval === 'month') {
    const keys: string[] = [];
    const last = end.getUTCFullYear() * 12 + end.getUTCMonth();
    for (let m = start.getUTCFullYear() * 12 + start.getUTCMonth(); m <= last; m++)
      keys.push(`${String(Math.floor(m / 12)).padStart(4, '0')}-${String((m % 12) + 1).padStart(2, '0')}`);
    return keys;
  }
  const last = startOf(end, interval).getTime();
  const keys: string[] = [];
  for (let cursor = startOf(start, interval); cursor.getTime() <= last; cursor = STEP[interval](cursor, 1)) {
    keys.push(format(cursor, KEY_FORMAT[interval]));
  }
  return keys;
}
