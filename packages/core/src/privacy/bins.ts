/**
 * Date windows that cannot be differenced: a public table over a window is the sum of the published tables of the
 * whole periods it covers, each period (a bin) perturbed on its own by the cell key method. Count tables are binned
 * by calendar month; a series by its own interval (a daily series by day, a weekly one by ISO week, a monthly one by
 * month), each period a one-cell table of its own. The bounds a caller asks for are snapped outwards to whole bins,
 * so a window is always a union of bins, and every figure of every window is a sum of figures already published for
 * its bins: shifting a window, or asking for every window there is, gives no new draw of any count to average or
 * subtract (docs/disclosure-control.md, "Windows"). A record added to a period changes the figures of that
 * period's bins (all of them, through the scope key) and of the windows holding them, nothing else.
 */
import type { CountFields } from '../stats/count.js';
import { dateField, type StatRecord } from '../stats/fields.js';
import { type Interval, periodOf, periodStart, periodsBetween, utcDate } from '../stats/periods.js';
import { ALL, type ExclusionReason, type StatCell, type StatTable } from '../stats/table.js';
import type { EstimateField } from '../stats/time-series.js';
import { countByGroups, type RecordGroup, timeSeriesGroups } from './keyed.js';
import { type PerturbOptions, perturb } from './perturb.js';
import { layoutPublished } from './perturb-layout.js';

/** What `publishBinned` publishes: a count by one or two fields (month bins), or a series (bins of its interval). */
export type BinnedQuery =
  | { stat: 'count'; fields: CountFields<string> }
  | { stat: 'series'; interval?: Interval; cumulative?: boolean; sum?: EstimateField };

/** The window, date field and snapshot date of a binned publication, with `perturb`'s options for every bin. */
export interface BinnedOptions extends PerturbOptions {
  /** The date the bins are periods of (`registrationDate` for intake records, `dates.start` for incidents). */
  dateField: string;
  /** Any date in the first bin of the window; the first bin with records when absent. */
  from?: string;
  /** Any date in the last bin of the window (its end is cut at `latest`); `latest` when absent. */
  to?: string;
  /** The last date published (the snapshot date): nothing after it is counted. */
  latest: string;
  source?: StatTable['source'];
  /**
   * Published bins kept between calls over the same groups (a server keeps one per snapshot): each bin is computed
   * once, however many windows hold it. Pass a fresh map when the groups change.
   */
  binCache?: Map<string, StatTable>;
}

/** The last day (`YYYY-MM-DD`) of the period holding a date (a real date, checked by the caller). */
function periodEnd(date: string, interval: Interval): string {
  if (interval === 'day') return date;
  const start = utcDate(periodStart(date, interval)!)!;
  const end =
    interval === 'week'
      ? Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate() + 6)
      : Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0);
  return new Date(end).toISOString().slice(0, 10);
}

/**
 * The window a request is answered for: `from` moved back to the first day of its bin (the 1st of its month, the
 * Monday of its ISO week, the day itself), `to` forward to the last day of its bin, and no later than `latest`.
 * Undefined for an empty window or a date that is not a real one.
 */
export function alignedWindow(
  from: string | undefined,
  to: string | undefined,
  latest: string,
  interval: Interval = 'month',
): { from?: string; to: string } | undefined {
  const start = from === undefined ? undefined : periodStart(from, interval);
  if (from !== undefined && start === undefined) return undefined;
  if (to !== undefined && utcDate(to) === undefined) return undefined;
  const last = to === undefined ? latest : periodEnd(to, interval);
  const end = last > latest ? latest : last;
  if (start !== undefined && start > end) return undefined;
  return { ...(start !== undefined ? { from: start } : {}), to: end };
}

/** The bins a query is published in: months for counts, the series' own interval for a series. */
export function binInterval(query: BinnedQuery): Interval {
  return query.stat === 'series' ? (query.interval ?? 'month') : 'month';
}

const REASONS: ExclusionReason[] = [
  'research_consent_withdrawn',
  'research_consent_not_given',
  'outside_window',
  'missing_value',
  'invalid_value',
];

function sumOrNull(values: (number | null | undefined)[]): number | null {
  let s = 0;
  for (const v of values) {
    if (v === null || v === undefined) return null;
    s += v;
  }
  return s;
}

function sumMeta(tables: StatTable[]) {
  const excluded = REASONS.map((reason) => ({
    reason,
    count: tables.reduce((s, t) => s + (t.excluded.find((e) => e.reason === reason)?.count ?? 0), 0),
  })).filter((e) => e.count > 0);
  return { denominator: tables.reduce((s, t) => s + (t.denominator ?? 0), 0), excluded };
}

/** Published count tables of bins, added up cell by cell (then laid out as `perturb` lays out one table). */
function sumCounts(empty: StatTable, tables: StatTable[]): StatTable {
  if (tables.length === 0) return empty;
  const values = empty.dimensions.map((_, d) => {
    const seen = new Set<string>();
    for (const t of tables) for (const v of t.dimensions[d]!.values) seen.add(v);
    return [...seen];
  });
  const sums = new Map<string, number>();
  const id = (keys: string[]) => keys.join('\u0000');
  for (const t of tables)
    for (const c of [...t.cells, ...t.margins])
      sums.set(id(c.keys), (sums.get(id(c.keys)) ?? 0) + (c.value ?? 0));
  const cell = (keys: string[]): StatCell => ({ keys, value: sums.get(id(keys)) ?? 0, suppressed: false });
  const [a, b] = values;
  const cells = b ? a!.flatMap((x) => b.map((y) => cell([x, y]))) : a!.map((x) => cell([x]));
  const margins = b ? [...a!.map((x) => cell([x, ALL])), ...b.map((y) => cell([ALL, y]))] : [];
  const total = tables.reduce((s, t) => s + (t.total.value ?? 0), 0);
  return layoutPublished({
    ...empty,
    dimensions: empty.dimensions.map((dim, d) => ({ ...dim, values: values[d]! })),
    cells,
    margins,
    total: { ...empty.total, value: total },
    ...sumMeta(tables),
  });
}

/** Published one-period series of bins, laid end to end over the window's periods (zero for one without records). */
function joinSeries(
  empty: StatTable,
  periods: string[],
  bins: Map<string, StatTable>,
  cumulative: boolean,
): StatTable {
  const estimate = empty.measure === 'estimate';
  const tables = [...bins.values()];
  let runValue: number | null = 0;
  let runN: number | null = 0;
  const cells = periods.map((period): StatCell => {
    const c = bins.get(period)?.cells.find((x) => x.keys[0] === period);
    const value = c ? c.value : 0;
    const n = c ? (c.n ?? null) : 0;
    if (!cumulative) {
      const base = { keys: [period], value, suppressed: c?.suppressed ?? false };
      return estimate ? { ...base, n, ...(c?.range ? { range: c.range } : {}) } : base;
    }
    runValue = runValue === null || value === null ? null : runValue + value;
    runN = runN === null || n === null ? null : runN + n;
    const base = { keys: [period], value: runValue, suppressed: runValue === null };
    return estimate ? { ...base, n: runN } : base;
  });
  const value = sumOrNull(tables.map((t) => t.total.value));
  const total = {
    ...empty.total,
    value,
    suppressed: value === null,
    ...(estimate ? { n: sumOrNull(tables.map((t) => t.total.n)) } : {}),
  };
  return {
    ...empty,
    dimensions: [{ ...empty.dimensions[0]!, values: periods }],
    cells,
    total,
    ...sumMeta(tables),
  };
}

/**
 * A public table over a window of whole bins, from pre-grouped rows (one per record works too): every bin of the
 * window (a month for a count; a day, ISO week or month for a series, as its interval) is counted and perturbed as
 * a table of its own (its records, its scope), and the window's figures are the sums of the bins' published
 * figures. `perturbation.bins` says how many bins were added up.
 */
export function publishBinned<R extends StatRecord>(
  groups: readonly RecordGroup<R>[],
  query: BinnedQuery,
  options: BinnedOptions,
): StatTable | undefined {
  const interval = binInterval(query);
  const window = alignedWindow(options.from, options.to, options.latest, interval);
  if (!window) return undefined;
  const getDate = dateField(options.dateField);
  const byBin = new Map<string, RecordGroup<R>[]>();
  let first: string | undefined;
  for (const g of groups) {
    const date = getDate(g.record);
    if (date === undefined || date > window.to || (window.from !== undefined && date < window.from)) continue;
    const period = periodOf(date, interval);
    if (period === undefined) continue;
    if (first === undefined || date < first) first = date;
    const list = byBin.get(period) ?? [];
    if (list.length === 0) byBin.set(period, list);
    list.push(g);
  }
  const from = window.from ?? (first === undefined ? window.to : periodStart(first, interval)!);
  const periods = periodsBetween(from, window.to, interval);
  const tableOf = (list: RecordGroup<R>[]) => {
    const { table, keys } =
      query.stat === 'count'
        ? countByGroups(list as RecordGroup<never>[], query.fields as never)
        : timeSeriesGroups(list, {
            field: options.dateField as never,
            interval,
            ...(query.sum ? { sum: query.sum } : {}),
          });
    return perturb(table, keys, options);
  };
  const bins = new Map<string, StatTable>();
  const cacheKey = JSON.stringify([
    options.dateField,
    query.stat === 'count' ? query.fields : [interval, query.sum ?? null],
  ]);
  for (const period of periods) {
    const list = byBin.get(period);
    if (!list) continue;
    const id = `${cacheKey}${period}`;
    const table = options.binCache?.get(id) ?? tableOf(list);
    options.binCache?.set(id, table);
    bins.set(period, table);
  }
  const empty = tableOf([]);
  const combined =
    query.stat === 'count'
      ? sumCounts(empty, [...bins.values()])
      : joinSeries(empty, periods, bins, query.cumulative ?? false);
  return {
    ...combined,
    window: { from, to: window.to },
    windowField: options.dateField,
    ...(query.stat === 'series' && query.cumulative ? { cumulative: true } : {}),
    perturbation: { ...combined.perturbation!, bins: periods.length },
    ...(options.source ? { source: options.source } : {}),
  };
}
