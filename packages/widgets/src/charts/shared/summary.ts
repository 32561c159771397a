import type { StatTable } from '@homeward/core';
import type { Mark } from './marks.js';
import type { Interval } from './periods.js';
import type { ChartText } from './text.js';

const HIDDEN_BY_INTERVAL = { day: 'hiddenDays', week: 'hiddenWeeks', month: 'hiddenMonths' } as const;
const PEAK_BY_INTERVAL = { day: 'peakPart', week: 'peakWeekPart', month: 'peakMonthPart' } as const;

function sentence(text: ChartText, head: string, parts: string[]): string {
  return text.t('sentence', { head, parts: parts.join(text.t('partSeparator')) });
}

function totalPart(text: ChartText, total: StatTable['total']): string[] {
  if (total.notApplicable) return [];
  return [
    total.suppressed || total.value === null
      ? text.t('totalHidden')
      : text.t('totalPart', { total: total.value }),
  ];
}

/** The largest shown mark (the first of equals); suppressed marks have no value and never take part. */
function largest(marks: readonly Mark[]): Mark | undefined {
  let best: Mark | undefined;
  for (const mark of marks) {
    if (mark.value !== null && mark.value > 0 && (!best || mark.value > best.value!)) best = mark;
  }
  return best;
}

export interface SeriesSummaryInput {
  title: string;
  interval: Interval;
  keys: readonly string[];
  marks: readonly Mark[];
  total: StatTable['total'];
  k: number;
  cumulative: boolean;
}

/**
 * The text summary of a time series, e.g. "Registrations per day, 1–18 January 2026: 440 in total, peak 52 on
 * 12 January." Built only from what the chart shows: suppressed periods are counted, never valued.
 */
export function seriesSummary(text: ChartText, input: SeriesSummaryInput): string {
  const { keys, interval, marks } = input;
  const range = text.periodRange(keys[0]!, keys[keys.length - 1]!, interval);
  const head = text.t('headWithRange', { title: input.title, range });
  const parts: string[] = [];
  const sameYear = keys[0]!.slice(0, 4) === keys[keys.length - 1]!.slice(0, 4);
  const when = (key: string) =>
    interval === 'day' && sameYear
      ? text.date(key, 'dayMonth')
      : interval === 'week'
        ? text.date(text.weekStart(key), 'dayLong')
        : text.periodLong(key, interval);
  if (input.cumulative) {
    const last = [...marks].reverse().find((m) => m.value !== null);
    if (last) parts.push(text.t('runningPart', { value: last.value!, when: when(last.key) }));
  } else {
    parts.push(...totalPart(text, input.total));
    const peak = largest(marks);
    if (peak) parts.push(text.t(PEAK_BY_INTERVAL[interval], { value: peak.value!, when: when(peak.key) }));
  }
  const hidden = marks.filter((m) => m.suppressed).length;
  if (hidden > 0) {
    const short = text.t('suppressedShort', { k: input.k });
    parts.push(text.plural(HIDDEN_BY_INTERVAL[interval], hidden, { short }));
  }
  return sentence(text, head, parts);
}

export interface BarSummaryInput {
  title: string;
  marks: readonly Mark[];
  total: StatTable['total'];
  k: number;
  categories: number;
  /** The name of a mark: its category, and its series when there are several. */
  label: (mark: Mark) => string;
  /** Row totals of a two-dimensional table, by category index, when the table gives them (null: suppressed). */
  rowTotals?: ReadonlyArray<number | null | undefined>;
}

/** The text summary of a bar chart: total, number of categories, the three largest, and what is hidden. */
export function barSummary(text: ChartText, input: BarSummaryInput): string {
  const parts = [...totalPart(text, input.total), text.plural('categories', input.categories)];
  let ranked: Mark[];
  if (input.rowTotals) {
    // Several series: rank categories by their shown totals, named by category alone.
    const byCategory = new Map<number, Mark>();
    for (const mark of input.marks) {
      const value = input.rowTotals[mark.category];
      if (typeof value === 'number' && !byCategory.has(mark.category)) {
        byCategory.set(mark.category, { ...mark, series: 0, seriesKey: undefined, value, suppressed: false });
      }
    }
    ranked = [...byCategory.values()];
  } else {
    ranked = input.marks.filter((m) => m.value !== null);
  }
  const top = ranked
    .filter((m) => (m.value ?? 0) > 0)
    .sort((a, b) => b.value! - a.value! || a.index - b.index)
    .slice(0, 3);
  if (top.length > 0) {
    const items = top.map((m) => text.t('largestItem', { label: input.label(m), value: m.value! }));
    parts.push(text.t('largestPart', { items: text.list(items) }));
  }
  const hidden = input.marks.filter((m) => m.suppressed).length;
  if (hidden > 0) {
    parts.push(text.plural('hiddenCells', hidden, { short: text.t('suppressedShort', { k: input.k }) }));
  }
  return sentence(text, input.title, parts);
}
