/** How long people were held: quartiles of the months from the start to the end of exploitation. */
import type { IntakeRecord } from '../records/intake.js';
import type { IntakeCategoryField } from './fields.js';
import { eachGrouped, groupDimension, slot } from './grouped.js';
import { utcDate } from './periods.js';
import { quantileSorted } from './quantile.js';
import type { StatOptions } from './select.js';
import { windowOf } from './select.js';
import { ALL, type StatCell, type StatTable } from './table.js';

/** The quantiles a duration statistic gives: first quartile, median and third quartile. */
export const QUARTILES = ['q1', 'median', 'q3'] as const;
const PROBABILITIES = [0.25, 0.5, 0.75];

/** An average Gregorian month in days: durations are reported in months of equal length. */
export const DAYS_PER_MONTH = 365.2425 / 12;

/**
 * How `monthsHeld` measures time held in compounds: the window and consent rules of any statistic, and what to
 * group by.
 */
export interface DurationOptions extends StatOptions {
  /** Quartiles per group of this field (e.g. province) as well as overall. */
  by?: IntakeCategoryField;
}

const DAY_MS = 86_400_000;

function quartileCells(prefix: string[], values: number[]): StatCell[] {
  const sorted = Float64Array.from(values).sort();
  return QUARTILES.map((q, i) => ({
    keys: [...prefix, q],
    value: Math.round(quantileSorted(sorted, PROBABILITIES[i]!) * 10) / 10,
    suppressed: false,
    n: sorted.length,
  }));
}

/**
 * Months held (exploitation start to end, in average months, one decimal): first quartile, median and third
 * quartile, overall or per group (`by`). Records without both dates are excluded as `missing_value`. Cells carry `n`,
 * the number of people behind them, which disclosure control acts on (a median of three people is one person's
 * time). Groups with nobody measured are left out; the overall quartiles are the margins `['*', q]`. The total does
 * not apply (its `n` is the number of people measured).
 */
export function monthsHeld(records: readonly IntakeRecord[], options: DurationOptions = {}): StatTable {
  const dayCache = new Map<string, number>();
  const dayOf = (date: string): number => {
    let day = dayCache.get(date);
    if (day === undefined) {
      day = (utcDate(date)?.getTime() ?? Number.NaN) / DAY_MS;
      dayCache.set(date, day);
    }
    return day;
  };
  const overall: number[] = [];
  const byGroup: number[][] = [];
  const grouping = eachGrouped(records, options, 'registrationDate', (record, groups, count) => {
    const start = record.exploitation?.startDate;
    const end = record.exploitation?.endDate;
    if (start === undefined || end === undefined) return 'missing_value';
    const days = dayOf(end) - dayOf(start);
    if (!(days >= 0)) return 'invalid_value';
    const months = days / DAYS_PER_MONTH;
    overall.push(months);
    if (options.by !== undefined) {
      for (let i = 0; i < count; i++) slot(byGroup, groups[i]!, () => []).push(months);
    }
    return undefined;
  });

  const quantile = { field: 'quantile', values: overall.length ? [...QUARTILES] : [] };
  let dimensions: StatTable['dimensions'] = [quantile];
  let cells: StatCell[] = overall.length ? quartileCells([], overall) : [];
  let margins: StatCell[] = [];
  if (options.by !== undefined) {
    const { dimension, order } = groupDimension(
      grouping,
      byGroup.map((values) => values?.length ?? 0),
    );
    dimensions = [dimension, quantile];
    cells = order.flatMap((i) => quartileCells([grouping.categories!.keys[i]!], byGroup[i]!));
    margins = overall.length ? quartileCells([ALL], overall) : [];
  }
  return {
    measure: 'quantile',
    unit: 'months',
    dimensions,
    cells,
    margins,
    total: {
      keys: dimensions.map(() => ALL),
      value: null,
      suppressed: false,
      n: overall.length,
      includesSuppressed: false,
      notApplicable: true,
    },
    denominator: records.length,
    excluded: grouping.exclusions.list(),
    ...windowOf(options, 'registrationDate'),
    ...(options.source ? { source: options.source } : {}),
  };
}
