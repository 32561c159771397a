/**
 * Date windows that cannot be differenced: a public table over a window is the sum of the published tables of the
 * whole calendar months it covers, each month (a bin) perturbed on its own by the cell key method. The bounds a
 * caller asks for are snapped outwards to whole months, so a window is always a union of bins, and every figure
 * of every window is a sum of figures already published for its bins: shifting a window, or asking for every
 * window there is, gives no new draw of any count to average or subtract (docs/disclosure-control.md, "Windows").
 * A record added to a month changes the figures of that month's bin (all of them, through the scope key) and
 * of the windows holding it, nothing else.
 */
import type { CountFields } from '../stats/count.js';
import { dateField, type StatRecord } from '../stats/fields.js';
import { periodOf, periodStart, periodsBetween } from '../stats/periods.js';
import { ALL, type ExclusionReason, type StatCell, type StatTable } from '../stats/table.js';
import type { EstimateField } from '../stats/time-series.js';
import { countByGroups, type RecordGroup, timeSeriesGroups } from './keyed.js';
import { type PerturbOptions, perturb } from './perturb.js';
import { layoutPublished } from './perturb-layout.js';

/**
 * A statistic published from monthly bins: a count by fields, or a time series (optionally cumulative or summing an
 * estimate).
 */
export type BinnedQuery =
  | { stat: 'count'; fields: CountFields<string> }
  | { stat: 'series'; cumulative?: boolean; sum?: EstimateField };

/** How monthly bins are perturbed and summed: the date field the months are of, and the perturbation options. */
export interface BinnedOptions extends PerturbOptions {
  /** The date the bins are months of (`registrationDate` for intake records, `dates.start` for incidents). */
  dateField: string;
  /** Any date in the first month of the window; the first month with records when absent. */
  from?: string;
  /** Any date in the last month of the window (its end is cut at `latest`); `latest` when absent. */
  to?: string;
  /** The last date published (the snapshot date): nothing after it is counted. */
  latest: string;
  source?: StatTable['source'];
}

/** The last day (`YYYY-MM-DD`) of the month holding a date. */
function monthEnd(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/**
 * The window a request is answered for: `from` moved back to the 1st of its month, `to` forward to the last day of
 * its month, and no later than `latest`. Undefined for an empty window.
 */
export function alignedWindow(
  from: string | undefined,
  to: string | undefined,
  latest: string,
): { from?: string; to: string } | undefined {
  const start = from === undefined ? undefined : periodStart(from, 'month');
  if (from !== undefined && start === undefined) return undefined;
  const end = to === undefined ? latest : monthEnd(to) > latest ? latest : monthEnd(to);
  if (start !== undefined && start > end) return undefined;
  return { ...(start !== undefined ? { from: start } : {}), to: end };
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

/** Published one-month series of bins, laid end to end over the window's months (zero for a month without records). */
function joinSeries(
  empty: StatTable,
  months: string[],
  bins: Map<string, StatTable>,
  cumulative: boolean,
): StatTable {
  const estimate = empty.measure === 'estimate';
  const tables = [...bins.values()];
  let runValue: number | null = 0;
  let runN: number | null = 0;
  const cells = months.map((month): StatCell => {
    const c = bins.get(month)?.cells.find((x) => x.keys[0] === month);
    const value = c ? c.value : 0;
    const n = c ? (c.n ?? null) : 0;
    if (!cumulative) {
      const base = { keys: [month], value, suppressed: c?.suppressed ?? false };
      return estimate ? { ...base, n, ...(c?.range ? { range: c.range } : {}) } : base;
    }
    runValue = runValue === null || value === null ? null : runValue + value;
    runN = runN === null || n === null ? null : runN + n;
    const base = { keys: [month], value: runValue, suppressed: runValue === null };
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
    dimensions: [{ ...empty.dimensions[0]!, values: months }],
    cells,
    total,
    ...sumMeta(tables),
  };
}

/**
 * A public table over a window of whole months, from pre-grouped rows (one per record works too): every month
 * of the window is counted and perturbed as a table of its own (its records, its scope), and the window's
 * figures are the sums of the months' published figures. `perturbation.bins` says how many months were added up.
 * A series is monthly.
 */
export function publishByMonth<R extends StatRecord>(
  groups: readonly RecordGroup<R>[],
  query: BinnedQuery,
  options: BinnedOptions,
): StatTable | undefined {
  const window = alignedWindow(options.from, options.to, options.latest);
  if (!window) return undefined;
  const getDate = dateField(options.dateField);
  const byMonth = new Map<string, RecordGroup<R>[]>();
  let first: string | undefined;
  for (const g of groups) {
    const date = getDate(g.record);
    if (date === undefined || date > window.to || (window.from !== undefined && date < window.from)) continue;
    const month = periodOf(date, 'month');
    if (month === undefined) continue;
    if (first === undefined || date < first) first = date;
    const list = byMonth.get(month) ?? [];
    if (list.length === 0) byMonth.set(month, list);
    list.push(g);
  }
  const from = window.from ?? (first === undefined ? window.to : periodStart(first, 'month')!);
  const months = periodsBetween(from, window.to, 'month');
  const tableOf = (list: RecordGroup<R>[]) => {
    const { table, keys } =
      query.stat === 'count'
        ? countByGroups(list as RecordGroup<never>[], query.fields as never)
        : timeSeriesGroups(list, {
            field: options.dateField as never,
            interval: 'month',
            ...(query.sum ? { sum: query.sum } : {}),
          });
    return perturb(table, keys, options);
  };
  const bins = new Map<string, StatTable>();
  for (const month of months) {
    const list = byMonth.get(month);
    if (list) bins.set(month, tableOf(list));
  }
  const empty = tableOf([]);
  const combined =
    query.stat === 'count'
      ? sumCounts(empty, [...bins.values()])
      : joinSeries(empty, months, bins, query.cumulative ?? false);
  return {
    ...combined,
    window: { from, to: window.to },
    windowField: options.dateField,
    ...(query.stat === 'series' && query.cumulative ? { cumulative: true } : {}),
    perturbation: { ...combined.perturbation!, bins: months.length },
    ...(options.source ? { source: options.source } : {}),
  };
}
