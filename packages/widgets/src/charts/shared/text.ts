import { interpolate, type Locale } from '@homeward/core';
import { formatList, formatNumber } from '../../shared/localize/formatters.js';
import type { ChartKey, ChartStrings } from './messages/index.js';
import { type Interval, periodBounds } from './periods.js';

type PluralBase = 'categories' | 'hiddenDays' | 'hiddenWeeks' | 'hiddenMonths' | 'hiddenCells';

/** How a chart writes a date: `12 Jan`, `12 January`, `12 January 2026`, `12 Jan 2026`, `Jan 2026`, `January 2026`. */
export type DatePreset = 'dayShort' | 'dayMonth' | 'dayLong' | 'dayMedium' | 'monthShort' | 'monthLong';

const PRESETS: Record<DatePreset, Intl.DateTimeFormatOptions> = {
  dayShort: { day: 'numeric', month: 'short' },
  dayMonth: { day: 'numeric', month: 'long' },
  dayLong: { day: 'numeric', month: 'long', year: 'numeric' },
  dayMedium: { day: 'numeric', month: 'short', year: 'numeric' },
  monthShort: { month: 'short', year: 'numeric' },
  monthLong: { month: 'long', year: 'numeric' },
};

const pluralRules = new Map<string, Intl.PluralRules>();
const formats = new Map<string, Intl.DateTimeFormat>();
const supported = new Map<string, boolean>();

/** Whether this browser has the locale's date data (some builds lack Khmer and fall back to English). */
function hasDateData(locale: string): boolean {
  let known = supported.get(locale);
  if (known === undefined) {
    const resolved = new Intl.DateTimeFormat(locale).resolvedOptions().locale;
    known = resolved.split('-')[0] === locale.split('-')[0];
    supported.set(locale, known);
  }
  return known;
}

/** A cached UTC formatter per locale and preset: a year of days formats 365 labels per render. */
function utc(locale: string, preset: DatePreset): Intl.DateTimeFormat {
  const key = `${locale}|${preset}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...PRESETS[preset], timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format;
}

/**
 * A chart's words and numbers in one locale: its strings with placeholders filled, numbers, dates, periods and
 * lists formatted with Intl. Where the browser has no date data for the locale, dates are written from the chart's
 * own month names and patterns, so a Khmer sentence never carries an English date.
 */
export class ChartText {
  constructor(
    readonly locale: Locale,
    private readonly strings: ChartStrings,
  ) {}

  t(key: ChartKey, params?: Record<string, string | number>): string {
    return interpolate(this.strings[key], params, (n) => this.number(n));
  }

  /** A string with plural forms (`categories.one` / `categories.other`), chosen by the locale's rules. */
  plural(base: PluralBase, n: number, params: Record<string, string | number> = {}): string {
    let rules = pluralRules.get(this.locale);
    if (!rules) {
      rules = new Intl.PluralRules(this.locale);
      pluralRules.set(this.locale, rules);
    }
    const form = rules.select(n) === 'one' ? 'one' : 'other';
    return this.t(`${base}.${form}` as ChartKey, { n, ...params });
  }

  number(value: number): string {
    return formatNumber(this.locale, value);
  }

  list(items: string[]): string {
    return formatList(this.locale, items);
  }

  /** A UTC instant (a calendar day's midnight) written with a preset. */
  private format(ms: number, preset: DatePreset): string {
    if (hasDateData(this.locale)) return utc(this.locale, preset).format(ms);
    const date = new Date(ms);
    const short = preset === 'dayShort' || preset === 'dayMedium' || preset === 'monthShort';
    const month = this.strings[short ? 'monthsShort' : 'months'].split(',')[date.getUTCMonth()]!;
    // Strings, not numbers: a year is not a quantity to group as 2,026.
    const parts = { day: String(date.getUTCDate()), month, year: String(date.getUTCFullYear()) };
    if (preset === 'monthShort' || preset === 'monthLong') return this.t('patternMonthYear', parts);
    return this.t(preset === 'dayShort' || preset === 'dayMonth' ? 'patternDayMonth' : 'patternDate', parts);
  }

  /** A calendar date (`YYYY-MM-DD`), formatted as that day wherever the reader is. */
  date(value: string, preset: DatePreset = 'dayLong'): string {
    const bounds = periodBounds(value, 'day');
    return bounds ? this.format(bounds.start, preset) : value;
  }

  /** The short label of a period for an axis: `12 Jan`, `Jan 2026` (a week by its Monday). */
  periodShort(key: string, interval: Interval): string {
    const bounds = periodBounds(key, interval);
    if (!bounds) return key;
    return this.format(bounds.start, interval === 'month' ? 'monthShort' : 'dayShort');
  }

  /** The first day of a period as `YYYY-MM-DD`. */
  weekStart(key: string): string {
    const bounds = periodBounds(key, 'week');
    return bounds ? new Date(bounds.start).toISOString().slice(0, 10) : key;
  }

  /** The full name of a period for a description or a table row: `12 January 2026`, `January 2026`. */
  periodLong(key: string, interval: Interval): string {
    const bounds = periodBounds(key, interval);
    if (!bounds) return key;
    if (interval === 'month') return this.format(bounds.start, 'monthLong');
    const day = this.format(bounds.start, 'dayLong');
    return interval === 'week' ? this.t('weekOf', { date: day }) : day;
  }

  /** The span of a series: `1–18 January 2026`, `January – March 2026`, in the locale's own range style. */
  periodRange(first: string, last: string, interval: Interval): string {
    const a = periodBounds(first, interval);
    const b = periodBounds(last, interval);
    if (!a || !b) return `${first} – ${last}`;
    const preset = interval === 'month' ? 'monthLong' : 'dayLong';
    if (hasDateData(this.locale)) return utc(this.locale, preset).formatRange(a.start, b.end);
    return this.t('patternRange', { from: this.format(a.start, preset), to: this.format(b.end, preset) });
  }
}

/** An annotation's date (`2025-10-14` or `2026-01`) at its own precision: `14 Oct 2025`, `Jan 2026`. */
export function annotationDate(text: ChartText, date: string): string {
  if (/^\d{4}-\d{2}$/.test(date)) return text.periodShort(date, 'month');
  return text.date(date, 'dayMedium');
}
