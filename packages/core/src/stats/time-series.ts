/** Counts (or sums of incident estimates) per day, ISO week or month of a date field, zero-filled. */
import type { IncidentRecord } from '../records/incident.js';
import type { IntakeRecord } from '../records/intake.js';
import { countCell, type RawKeys, type Tally } from './count.js';
import { dateField, type IncidentDateField, type IntakeDateField, type StatRecord } from './fields.js';
import { type Interval, periodOf, periodsBetween } from './periods.js';
import { Exclusions, recordFilter, type StatOptions, windowOf } from './select.js';
import { ALL, type StatCell, type StatTable } from './table.js';

/** An incident estimate a time series can sum instead of counting incidents. */
export type EstimateField = 'peopleAffected.min' | 'peopleAffected.best' | 'peopleAffected.max';

/** How `timeSeries` counts: the date field, the period, the window, cumulative or not, and what to sum. */
export interface TimeSeriesOptions<F extends string = IntakeDateField | IncidentDateField>
  extends StatOptions {
  /** The date to bucket by. The window (`from`, `to`) applies to this date unless `windowField` says otherwise. */
  field: F;
  interval: Interval;
  /** Running totals since the start of the window (or of the data) instead of counts per period. */
  cumulative?: boolean;
  /** Incidents only: add up an estimate of the people affected instead of counting incidents. */
  sum?: EstimateField;
}

const ESTIMATE: Record<EstimateField, (r: IncidentRecord) => number> = {
  'peopleAffected.min': (r) => r.peopleAffected.min,
  'peopleAffected.best': (r) => r.peopleAffected.best,
  'peopleAffected.max': (r) => r.peopleAffected.max,
};

/**
 * A time series as a one-dimensional `StatTable`: one cell per period key from the first to the last period of the
 * window (or of the data when no window is given), zero-filled. With `cumulative`, each cell is the running total up
 * to and including its period, and the total equals the last cell.
 */
export function timeSeries(
  records: readonly IntakeRecord[],
  options: TimeSeriesOptions<IntakeDateField>,
): StatTable;
export function timeSeries(
  records: readonly IncidentRecord[],
  options: TimeSeriesOptions<IncidentDateField>,
): StatTable;
export function timeSeries(records: readonly StatRecord[], options: TimeSeriesOptions): StatTable {
  return timeSeriesTally(records, options).table;
}

/** `timeSeries` over weighted, keyed items (see `Tally` in count.ts), with the key sums of its entries. */
export function timeSeriesTally(
  records: readonly StatRecord[],
  options: TimeSeriesOptions,
  tally: Tally = {},
): { table: StatTable; keys: RawKeys } {
  const { weights, keys: itemKeys } = tally;
  const { field, interval, cumulative = false, sum } = options;
  const getDate = dateField(field);
  const estimate = sum ? (ESTIMATE[sum] as (r: StatRecord) => number) : undefined;
  const filter = recordFilter(options, field);
  const exclusions = new Exclusions();
  // Few distinct dates among many records: tally by date string first, bucket the distinct dates afterwards.
  const byDate = new Map<string, { n: number; sum: number; k: number }>();
  let denominator = 0;
  let denominatorK = 0;
  for (let r = 0; r < records.length; r++) {
    const record = records[r]!;
    const w = weights ? weights[r]! : 1;
    const k = itemKeys ? itemKeys[r]! : 0;
    denominator += w;
    denominatorK += k;
    const reason = filter(record);
    if (reason !== undefined) {
      exclusions.add(reason, w, k);
      continue;
    }
    const date = getDate(record);
    if (date === undefined) {
      exclusions.add('missing_value', w, k);
      continue;
    }
    let tally = byDate.get(date);
    if (!tally) {
      tally = { n: 0, sum: 0, k: 0 };
      byDate.set(date, tally);
    }
    tally.n += w;
    tally.k += k;
    if (estimate) tally.sum += w * estimate(record);
  }

  const keyOf = new Map<string, string>();
  let first: string | undefined;
  let last: string | undefined;
  for (const [date, tally] of byDate) {
    const key = periodOf(date, interval);
    if (key === undefined) {
      exclusions.add('invalid_value', tally.n, tally.k);
      continue;
    }
    keyOf.set(date, key);
    if (first === undefined || date < first) first = date;
    if (last === undefined || date > last) last = date;
  }
  // The window gives the range of periods when it is on the bucketed date itself; otherwise the data does.
  const ownWindow = (options.windowField ?? field) === field;
  const from = (ownWindow ? options.from : undefined) ?? first;
  const to = (ownWindow ? options.to : undefined) ?? last;
  const keys = from !== undefined && to !== undefined ? periodsBetween(from, to, interval) : [];
  const index = new Map(keys.map((key, i) => [key, i]));
  const values = new Array<number>(keys.length).fill(0);
  const counts = new Array<number>(keys.length).fill(0);
  const cellKeys = new Array<number>(keys.length).fill(0);
  let counted = 0;
  let countedK = 0;
  for (const [date, key] of keyOf) {
    const i = index.get(key)!;
    const tally = byDate.get(date)!;
    values[i]! += estimate ? tally.sum : tally.n;
    counts[i]! += tally.n;
    cellKeys[i]! += tally.k;
    counted += tally.n;
    countedK += tally.k;
  }
  if (cumulative) {
    for (let i = 1; i < keys.length; i++) {
      values[i]! += values[i - 1]!;
      counts[i]! += counts[i - 1]!;
      cellKeys[i]! += cellKeys[i - 1]!;
    }
  }

  const cell = (keys: string[], value: number, n: number): StatCell =>
    estimate ? { keys, value, suppressed: false, n } : countCell(keys, value);
  const totalValue = estimate ? values.reduce((a, b) => a + b, 0) : counted;
  const table: StatTable = {
    measure: estimate ? 'estimate' : 'count',
    unit: estimate ? 'people' : 'records',
    dimensions: [{ field, interval, values: keys }],
    cells: keys.map((key, i) => cell([key], values[i]!, counts[i]!)),
    margins: [],
    total: {
      ...cell([ALL], cumulative ? (values[values.length - 1] ?? 0) : totalValue, counted),
      includesSuppressed: false,
    },
    denominator,
    excluded: exclusions.list(),
    ...windowOf(options, field),
    ...(cumulative ? { cumulative: true } : {}),
    ...(options.source ? { source: options.source } : {}),
  };
  const rawKeys: RawKeys = {
    cells: cellKeys,
    margins: [],
    total: countedK,
    excluded: exclusions.keySums(),
    denominator: denominatorK,
  };
  return { table, keys: rawKeys };
}
