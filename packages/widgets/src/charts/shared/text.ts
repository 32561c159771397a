import type { Locale } from '@homeward/core';
import { formatDate, formatList, formatNumber } from '../../shared/localize/formatters.js';
import { interpolate } from '../../shared/localize/interpolate.js';
import type { ChartKey, ChartStrings } from './messages/index.js';
import { type Interval, periodBounds } from './periods.js';

type PluralBase = 'categories' | 'hiddenDays' | 'hiddenWeeks' | 'hiddenMonths' | 'hiddenCells';

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * A chart's words and numbers in one locale: its strings with placeholders filled, numbers, dates, periods and
 * lists formatted with Intl. Built once per render from the element's locale.
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

  /** A calendar date (`YYYY-MM-DD`), formatted as that day wherever the reader is. */
  date(value: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
    return formatDate(this.locale, value, options);
  }

  /** The short label of a period for an axis: `12 Jan`, `week of 5 Jan`, `Jan 2026`. */
  periodShort(key: string, interval: Interval): string {
    const bounds = periodBounds(key, interval);
    if (!bounds) return key;
    return utc(this.locale, interval === 'month' ? 'monthShort' : 'dayShort').format(bounds.start);
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
    if (interval === 'month') return utc(this.locale, 'monthLong').format(bounds.start);
    const day = utc(this.locale, 'dayLong').format(bounds.start);
    return interval === 'week' ? this.t('weekOf', { date: day }) : day;
  }

  /** The span of a series: `1–18 January 2026`, `January – March 2026`, in the locale's own range style. */
  periodRange(first: string, last: string, interval: Interval): string {
    const a = periodBounds(first, interval);
    const b = periodBounds(last, interval);
    if (!a || !b) return `${first} – ${last}`;
    return utc(this.locale, interval === 'month' ? 'monthLong' : 'dayLong').formatRange(a.start, b.end);
  }
}

/** The date formats a chart uses, all in UTC: period keys are calendar days, not instants. */
const PRESETS = {
  dayShort: { day: 'numeric', month: 'short' },
  dayLong: { day: 'numeric', month: 'long', year: 'numeric' },
  monthShort: { month: 'short', year: 'numeric' },
  monthLong: { month: 'long', year: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

const formats = new Map<string, Intl.DateTimeFormat>();

/** A cached UTC formatter per locale and preset: a year of days formats 365 labels per render. */
function utc(locale: string, preset: keyof typeof PRESETS): Intl.DateTimeFormat {
  const key = `${locale}|${preset}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...PRESETS[preset], timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format;
}

/** An annotation's date (`2025-10-14` or `2026-01`) at its own precision: `14 Oct 2025`, `Jan 2026`. */
export function annotationDate(text: ChartText, date: string): string {
  if (/^\d{4}-\d{2}$/.test(date)) return text.periodShort(date, 'month');
  return text.date(date, { day: 'numeric', month: 'short', year: 'numeric' });
}
