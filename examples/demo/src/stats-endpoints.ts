import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type CountFields,
  countBy,
  DEFAULT_K,
  INCIDENT_CATEGORIES,
  INCIDENT_DATES,
  INTAKE_CATEGORIES,
  INTAKE_DATES,
  INTERVALS,
  type IncidentCategoryField,
  type IncidentDateField,
  type IncidentRecord,
  type IntakeCategoryField,
  type IntakeDateField,
  type IntakeRecord,
  type Interval,
  type StatOptions,
  type StatTable,
  suppress,
  timeSeries,
} from '@homeward/core';
import type { RecordKind, RecordStore } from './record-store.js';
import { issue, type ServerIssue, sendIssues, sendJson } from './respond.js';

/**
 * Public statistics, computed from the stored records by core and always passed through `suppress` (k = 11) before
 * they leave the server: no count under 11, nor one that could be worked out from the others, is ever sent.
 *
 *   GET /api/stats/intake/count?by=person.citizenship[&by=exploitation.province][&from=YYYY-MM-DD][&to=YYYY-MM-DD]
 *   GET /api/stats/intake/series?field=registrationDate&interval=day|week|month[&cumulative=true][&from][&to]
 *   GET /api/stats/incident/count?by=location.province
 *   GET /api/stats/incident/series?field=dates.start&interval=month[&sum=peopleAffected.best]
 */

const CATEGORIES: Record<RecordKind, readonly string[]> = {
  intake: Object.keys(INTAKE_CATEGORIES),
  incident: Object.keys(INCIDENT_CATEGORIES),
};
const DATES: Record<RecordKind, readonly string[]> = {
  intake: Object.keys(INTAKE_DATES),
  incident: Object.keys(INCIDENT_DATES),
};
/** Figures carry their source and date. */
const SOURCE = () => ({
  name: 'Homeward demo server (fictional records)',
  date: new Date().toISOString().slice(0, 10),
});
const SUMS = ['peopleAffected.min', 'peopleAffected.best', 'peopleAffected.max'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A daily series over more than ten years is not a chart anyone reads, and would be millions of cells. */
const MAX_DAYS = 3660;

const KNOWN_PARAMETERS: Record<'count' | 'series', readonly string[]> = {
  count: ['by', 'from', 'to'],
  series: ['field', 'interval', 'cumulative', 'sum', 'from', 'to'],
};

type Parsed<T> = { ok: true; value: T } | { ok: false; issues: ServerIssue[] };

function realDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

function windowOptions(query: URLSearchParams, issues: ServerIssue[]): Pick<StatOptions, 'from' | 'to'> {
  const window: Pick<StatOptions, 'from' | 'to'> = {};
  for (const name of ['from', 'to'] as const) {
    const value = query.get(name);
    if (value === null) continue;
    if (realDate(value)) window[name] = value;
    else issues.push(issue('invalid_date', `${name} must be a date, YYYY-MM-DD.`, [name]));
  }
  if (window.from && window.to && window.from > window.to) {
    issues.push(issue('date_order', 'from must not be after to.', ['from']));
  }
  return window;
}

function unknownParameters(query: URLSearchParams, stat: 'count' | 'series'): ServerIssue[] {
  return [...new Set(query.keys())]
    .filter((name) => !KNOWN_PARAMETERS[stat].includes(name))
    .map((name) => issue('unknown_parameter', `Unknown parameter ${name}.`, [name]));
}

function countTable(kind: RecordKind, query: URLSearchParams, store: RecordStore): Parsed<StatTable> {
  const issues = unknownParameters(query, 'count');
  const by = query.getAll('by');
  if (by.length === 0 || by.length > 2) {
    issues.push(issue('invalid_parameter', 'Give one or two fields to count by: by=…', ['by']));
  }
  for (const field of by) {
    if (!CATEGORIES[kind].includes(field)) {
      issues.push(
        issue(
          'invalid_choice',
          `Cannot count ${kind} records by ${field}: one of ${CATEGORIES[kind].join(', ')}.`,
          ['by'],
        ),
      );
    }
  }
  if (by.length === 2 && by[0] === by[1])
    issues.push(issue('invalid_parameter', 'Two different fields.', ['by']));
  const window = windowOptions(query, issues);
  if (issues.length > 0) return { ok: false, issues };
  const options = { ...window, source: SOURCE() };
  const [first, second] = by as [string, string | undefined];
  const fields = second === undefined ? first : ([first, second] as const);
  const table =
    kind === 'intake'
      ? countBy(store.records<IntakeRecord>('intake'), fields as CountFields<IntakeCategoryField>, options)
      : countBy(
          store.records<IncidentRecord>('incident'),
          fields as CountFields<IncidentCategoryField>,
          options,
        );
  return { ok: true, value: table };
}

function seriesTable(kind: RecordKind, query: URLSearchParams, store: RecordStore): Parsed<StatTable> {
  const issues = unknownParameters(query, 'series');
  const field = query.get('field') ?? (kind === 'intake' ? 'registrationDate' : 'dates.start');
  if (!DATES[kind].includes(field)) {
    issues.push(issue('invalid_choice', `field must be one of ${DATES[kind].join(', ')}.`, ['field']));
  }
  const interval = (query.get('interval') ?? 'day') as Interval;
  if (!INTERVALS.includes(interval)) {
    issues.push(issue('invalid_choice', `interval must be one of ${INTERVALS.join(', ')}.`, ['interval']));
  }
  const cumulativeText = query.get('cumulative');
  if (cumulativeText !== null && cumulativeText !== 'true' && cumulativeText !== 'false') {
    issues.push(issue('invalid_choice', 'cumulative must be true or false.', ['cumulative']));
  }
  const sum = query.get('sum');
  if (sum !== null && (kind !== 'incident' || !(SUMS as readonly string[]).includes(sum))) {
    issues.push(issue('invalid_choice', `sum is for incidents: one of ${SUMS.join(', ')}.`, ['sum']));
  }
  const window = windowOptions(query, issues);
  if (window.from && window.to && interval === 'day') {
    const days = (Date.parse(window.to) - Date.parse(window.from)) / 86_400_000;
    if (days > MAX_DAYS) {
      issues.push(issue('too_big', `A daily series may span at most ${MAX_DAYS} days.`, ['to']));
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  const options = { ...window, interval, cumulative: cumulativeText === 'true', source: SOURCE() };
  const table =
    kind === 'intake'
      ? timeSeries(store.records<IntakeRecord>('intake'), { ...options, field: field as IntakeDateField })
      : timeSeries(store.records<IncidentRecord>('incident'), {
          ...options,
          field: field as IncidentDateField,
          ...(sum ? { sum: sum as (typeof SUMS)[number] } : {}),
        });
  return { ok: true, value: table };
}

export async function handleStats(
  req: IncomingMessage,
  res: ServerResponse,
  store: RecordStore,
): Promise<void> {
  req.resume();
  const url = new URL(req.url ?? '/', 'http://localhost');
  const match = /^\/api\/stats\/(intake|incident)\/(count|series)$/.exec(url.pathname);
  if (!match) return sendIssues(res, 404, [issue('not_found', `No statistics at ${url.pathname}.`)]);
  if (req.method !== 'GET') {
    return sendIssues(res, 405, [issue('method_not_allowed', 'Use GET.')], { Allow: 'GET' });
  }
  const kind = match[1] as RecordKind;
  const parsed =
    match[2] === 'count'
      ? countTable(kind, url.searchParams, store)
      : seriesTable(kind, url.searchParams, store);
  if (!parsed.ok) return sendIssues(res, 400, parsed.issues);
  sendJson(res, 200, suppress(parsed.value, { k: DEFAULT_K }));
}
