import {
  ALL,
  countBy,
  DEFAULT_K,
  INCIDENT_CATEGORIES,
  type IncidentCategoryField,
  type IncidentRecord,
  periodOf,
  periodsBetween,
  type StatCell,
  type StatTable,
  suppress,
  timeSeries,
} from '@homeward/core';
import type { RecordKind, StatColumn, StatGroup, Store } from '../store/types.js';

/** Fields a table may be counted by, as the record's catalogue path, and the clear column that holds each. */
export const COUNT_FIELDS: Record<RecordKind, Record<string, StatColumn>> = {
  intake: {
    'person.citizenship': 'citizenship',
    'person.sex': 'sex',
    'person.ageBand': 'ageBand',
    'exploitation.province': 'province',
    office: 'office',
    status: 'status',
    childProtection: 'minor',
  },
  // Incidents are events, not people: counted by core over their records (few, bounded), see incidentTable.
  incident: Object.fromEntries(Object.keys(INCIDENT_CATEGORIES).map((f) => [f, 'province'])),
};
/** The clear column a series is grouped by in SQL: ISO weeks are folded from days (SQLite and PostgreSQL number weeks differently). */
export const SERIES_INTERVALS = {
  day: 'registrationDate',
  week: 'registrationDate',
  month: 'registrationMonth',
} as const;
const MAX_GROUPS = 5000;
/** A daily series over more than ten years is not a chart anyone reads. */
export const MAX_DAYS = 3660;

export interface StatQuery {
  kind: RecordKind;
  stat: 'count' | 'series';
  by: string[];
  interval: keyof typeof SERIES_INTERVALS;
  from?: string;
  to?: string;
  office?: string;
  cumulative?: boolean;
  /** Incidents only: a series of people affected instead of incidents. */
  sum?: 'peopleAffected.min' | 'peopleAffected.best' | 'peopleAffected.max';
}

/** Incidents read for statistics at most: a bound on memory and time per table. */
const MAX_INCIDENTS = 20_000;

/** Where public statistics come from: live by default; the publication module serves published snapshots. */
export interface PublicStatistics {
  table(query: StatQuery): Promise<StatTable | undefined>;
}

const cell = (keys: string[], value: number): StatCell => ({ keys, value, suppressed: false });

/** Day groups folded into ISO-week groups (`YYYY-Www`), counts and key sums added. */
function foldWeeks(groups: StatGroup[]): StatGroup[] {
  const weeks = new Map<string, StatGroup>();
  for (const g of groups) {
    const day = g.key.registrationDate;
    const week = day ? (periodOf(day, 'week') ?? day) : null;
    const id = String(week);
    const seen = weeks.get(id);
    if (seen) {
      seen.count += g.count;
      seen.recordKeySum += g.recordKeySum;
    } else weeks.set(id, { key: { registrationDate: week }, count: g.count, recordKeySum: g.recordKeySum });
  }
  return [...weeks.values()];
}

/** A StatTable from the database's GROUP BY rows (counts of records; citizenship counted once per value). */
export function tableFromGroups(
  query: StatQuery,
  fields: string[],
  columns: StatColumn[],
  groups: StatGroup[],
  total: number,
  /** The first and last day with records, for a daily or weekly series (its groups may be folded into weeks). */
  dates?: { first: string; last: string },
): StatTable {
  const values = columns.map((column) => [...new Set(groups.map((g) => g.key[column] ?? 'unknown'))].sort());
  if (query.stat === 'series' && query.interval !== 'month' && dates) {
    // Every day (or ISO week) of the window, those without records too.
    values[0] = periodsBetween(query.from ?? dates.first, query.to ?? dates.last, query.interval);
  }
  const counts = new Map<string, number>();
  for (const g of groups) {
    const key = columns.map((c) => g.key[c] ?? 'unknown').join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + g.count);
  }
  const cells: StatCell[] = [];
  const margins: StatCell[] = [];
  if (columns.length === 1) {
    for (const v of values[0]!) cells.push(cell([v], counts.get(v) ?? 0));
  } else {
    for (const a of values[0]!)
      for (const b of values[1]!) cells.push(cell([a, b], counts.get(`${a}\u0000${b}`) ?? 0));
    for (const a of values[0]!)
      margins.push(
        cell(
          [a, ALL],
          cells.filter((c) => c.keys[0] === a).reduce((s, c) => s + (c.value ?? 0), 0),
        ),
      );
    for (const b of values[1]!)
      margins.push(
        cell(
          [ALL, b],
          cells.filter((c) => c.keys[1] === b).reduce((s, c) => s + (c.value ?? 0), 0),
        ),
      );
  }
  return {
    measure: 'count',
    unit: 'records',
    dimensions: fields.map((field, i) => ({
      field,
      values: values[i]!,
      ...(query.stat === 'series' ? { interval: query.interval } : {}),
      ...(columns[i] === 'citizenship' ? { multiValued: true } : {}),
    })),
    cells,
    margins,
    total: { keys: fields.map(() => ALL), value: total, suppressed: false, includesSuppressed: false },
    denominator: total,
    excluded: [],
    ...(query.from || query.to
      ? { window: { ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) } }
      : {}),
    source: { name: 'Homeward server (live counts)', date: new Date().toISOString().slice(0, 10) },
  } as StatTable;
}

/**
 * Statistics computed in the database (GROUP BY on the clear columns, bounded), passed through core's `suppress`
 * (k = 11) before they leave, and cached for a few seconds: twenty dashboards cannot starve intake.
 */
export class LiveStatistics implements PublicStatistics {
  private readonly cache = new Map<string, { at: number; table: Promise<StatTable> }>();

  constructor(
    private readonly store: Store,
    private readonly cacheSeconds: number,
  ) {}

  table(query: StatQuery): Promise<StatTable> {
    const key = JSON.stringify(query);
    const hit = this.cache.get(key);
    if (hit && Date.now() - hit.at < this.cacheSeconds * 1000) return hit.table;
    const table = this.compute(query);
    this.cache.set(key, { at: Date.now(), table });
    table.catch(() => this.cache.delete(key));
    if (this.cache.size > 500) this.cache.delete(this.cache.keys().next().value!);
    return table;
  }

  /** Incident tables: core's countBy/timeSeries over the incident records (events, no personal data), bounded. */
  private async incidentTable(query: StatQuery): Promise<StatTable> {
    const records: IncidentRecord[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.store.records.list<IncidentRecord>(
        { kind: 'incident' },
        { limit: 500, ...(cursor ? { cursor } : {}) },
      );
      for (const item of page.items) records.push(item.record);
      cursor = records.length < MAX_INCIDENTS ? page.nextCursor : undefined;
    } while (cursor);
    const window = { ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) };
    const source = { name: 'Homeward server (live counts)', date: new Date().toISOString().slice(0, 10) };
    if (query.stat === 'series') {
      return timeSeries(records, {
        field: 'dates.start',
        interval: query.interval,
        cumulative: query.cumulative ?? false,
        ...(query.sum ? { sum: query.sum } : {}),
        ...window,
        source,
      });
    }
    const [a, b] = query.by as [IncidentCategoryField, IncidentCategoryField | undefined];
    return countBy(records, b ? [a, b] : a, { ...window, source });
  }

  private async compute(query: StatQuery): Promise<StatTable> {
    if (query.kind === 'incident') return suppress(await this.incidentTable(query), { k: DEFAULT_K });
    const fields = query.stat === 'series' ? ['registrationDate'] : query.by;
    const columns =
      query.stat === 'series'
        ? [SERIES_INTERVALS[query.interval] as StatColumn]
        : query.by.map((f) => COUNT_FIELDS[query.kind][f]!);
    const filter = {
      ...(query.from ? { from: query.from } : {}),
      ...(query.to ? { to: query.to } : {}),
      ...(query.office ? { office: query.office } : {}),
    };
    const [groups, totalGroups] = await Promise.all([
      this.store.statistics.counts({ kind: query.kind, groupBy: columns, filter, maxGroups: MAX_GROUPS }),
      this.store.statistics.counts({ kind: query.kind, groupBy: [], filter, maxGroups: 1 }),
    ]);
    const total = totalGroups.reduce((s, g) => s + g.count, 0);
    const days = groups.map((g) => g.key.registrationDate).filter((d): d is string => typeof d === 'string');
    const dates = days.length > 0 ? { first: days[0]!, last: days.at(-1)! } : undefined;
    const weekly = query.stat === 'series' && query.interval === 'week';
    const table = tableFromGroups(query, fields, columns, weekly ? foldWeeks(groups) : groups, total, dates);
    if (query.stat === 'series' && query.cumulative) {
      let running = 0;
      for (const c of table.cells) {
        running += c.value ?? 0;
        c.value = running;
      }
      table.cumulative = true;
    }
    return suppress(table, { k: DEFAULT_K });
  }
}
