import type { StatCell, StatDimension, StatTable } from '@homeward/core';
import { type Interval, intervalOfKey, periodBounds } from './periods.js';

/**
 * Why a value cannot be drawn, as a code and the data that locates it. The element turns it into a sentence in its
 * locale (`error*` strings); nothing here is user-facing text.
 */
export type TableProblem =
  | { code: 'missing' }
  | { code: 'notTable' }
  | { code: 'dimensions'; min: number; max: number; n: number }
  | { code: 'unknownKey'; key: string }
  | { code: 'period'; key: string }
  | { code: 'negative'; key: string }
  | { code: 'notNumber'; key: string };

export type Checked = { ok: true; table: StatTable } | { ok: false; problem: TableProblem };

export interface ExpectedShape {
  minDimensions: number;
  maxDimensions: number;
  /** The first dimension is a time series: its values must be period keys of one interval. */
  time?: boolean;
}

const MEASURES = new Set(['count', 'sum', 'quantile', 'estimate']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string');

function checkDimension(raw: unknown, time: boolean): StatDimension | TableProblem {
  if (!isObject(raw) || !isStringArray(raw.values)) return { code: 'notTable' };
  const field = typeof raw.field === 'string' ? raw.field : '';
  const multiValued = raw.multiValued === true ? { multiValued: true } : {};
  if (!time) return { field, values: raw.values, ...multiValued };
  // A hand-written table may leave out the interval: the keys say which it is.
  const interval = (
    raw.interval === 'day' || raw.interval === 'week' || raw.interval === 'month'
      ? raw.interval
      : intervalOfKey(raw.values[0] ?? '')
  ) as Interval | undefined;
  const bad = raw.values.find((key) => !interval || !periodBounds(key, interval));
  if (bad !== undefined || !interval) return { code: 'period', key: bad ?? '' };
  return { field, interval, values: raw.values, ...multiValued };
}

/** Where a value sits, for a message: the keys of its cell (`KH-12`, `KH-12 · female`). */
const where = (keys: readonly string[]) => keys.join(' · ');

function checkValue(raw: Record<string, unknown>, keys: string[]): StatCell | TableProblem {
  const suppressed = raw.suppressed === true;
  const value = raw.value;
  if (suppressed) return { keys, value: null, suppressed: true };
  if (typeof value !== 'number' || !Number.isFinite(value)) return { code: 'notNumber', key: where(keys) };
  if (value < 0) return { code: 'negative', key: where(keys) };
  return {
    keys,
    value,
    suppressed: false,
    ...(raw.rounded === true ? { rounded: true } : {}),
    ...(raw.includesSuppressed === true ? { includesSuppressed: true } : {}),
  };
}

function checkCell(
  raw: unknown,
  known: ReadonlySet<string>[],
  allowMargins: boolean,
): StatCell | TableProblem {
  if (!isObject(raw) || !isStringArray(raw.keys) || raw.keys.length !== known.length) {
    return { code: 'notTable' };
  }
  const keys = raw.keys;
  for (const [i, key] of keys.entries()) {
    const isKnown = known[i]!.has(key) || (allowMargins && key === '*');
    if (!isKnown) return { code: 'unknownKey', key };
  }
  return checkValue(raw, keys);
}

const isProblem = (v: object): v is TableProblem => 'code' in v;

/**
 * Checks that a value is a `StatTable` this chart can draw, whoever made it (core, a JSON file, a hand-written
 * fixture), and fills what a hand-written table may leave out (margins, exclusions, measure). Never throws:
 * every way in which data can be wrong comes back as a problem to show in its place.
 */
export function checkTable(input: unknown, shape: ExpectedShape): Checked {
  const fail = (problem: TableProblem): Checked => ({ ok: false, problem });
  if (input === undefined || input === null || input === '') return fail({ code: 'missing' });
  if (!isObject(input) || !Array.isArray(input.dimensions) || !Array.isArray(input.cells)) {
    return fail({ code: 'notTable' });
  }
  const n = input.dimensions.length;
  if (n < shape.minDimensions || n > shape.maxDimensions) {
    return fail({ code: 'dimensions', min: shape.minDimensions, max: shape.maxDimensions, n });
  }
  const dimensions: StatDimension[] = [];
  for (const [i, raw] of input.dimensions.entries()) {
    const dimension = checkDimension(raw, shape.time === true && i === 0);
    if (isProblem(dimension)) return fail(dimension);
    dimensions.push(dimension);
  }
  if (dimensions.length > 0 && dimensions[0]!.values.length === 0) return fail({ code: 'missing' });

  const known = dimensions.map((d) => new Set(d.values));
  const cells: StatCell[] = [];
  for (const raw of input.cells) {
    const cell = checkCell(raw, known, false);
    if (isProblem(cell)) return fail(cell);
    cells.push(cell);
  }
  const margins: StatCell[] = [];
  for (const raw of Array.isArray(input.margins) ? input.margins : []) {
    const cell = checkCell(raw, known, true);
    if (isProblem(cell)) return fail(cell);
    margins.push(cell);
  }
  let total: StatTable['total'] | undefined;
  if (isObject(input.total) && input.total.notApplicable === true) {
    // Money in several currencies, quantiles: no total makes sense, and core says so.
    const keys = dimensions.map(() => '*');
    total = { keys, value: null, suppressed: false, includesSuppressed: false, notApplicable: true };
  } else if (isObject(input.total)) {
    const cell = checkValue(
      input.total,
      dimensions.map(() => '*'),
    );
    if (isProblem(cell)) return fail(cell);
    total = { ...cell, includesSuppressed: input.total.includesSuppressed === true };
  } else if (cells.every((c) => !c.suppressed)) {
    // Only a table with nothing hidden may have its total added up here: with a hidden cell the total is core's
    // to give or to withhold.
    const value = cells.reduce((sum, c) => sum + (c.value ?? 0), 0);
    total = { keys: dimensions.map(() => '*'), value, suppressed: false, includesSuppressed: false };
  } else {
    total = { keys: dimensions.map(() => '*'), value: null, suppressed: true, includesSuppressed: true };
  }

  const table: StatTable = {
    measure: MEASURES.has(input.measure as string) ? (input.measure as StatTable['measure']) : 'count',
    unit: typeof input.unit === 'string' ? input.unit : 'records',
    dimensions,
    cells,
    margins,
    total,
    denominator: typeof input.denominator === 'number' ? input.denominator : (total.value ?? 0),
    excluded: Array.isArray(input.excluded) ? (input.excluded as StatTable['excluded']) : [],
  };
  if (isObject(input.window)) table.window = input.window as NonNullable<StatTable['window']>;
  if (input.cumulative === true) table.cumulative = true;
  if (typeof input.windowField === 'string') table.windowField = input.windowField;
  if (isObject(input.disclosure) && typeof input.disclosure.k === 'number') {
    table.disclosure = input.disclosure as NonNullable<StatTable['disclosure']>;
  }
  const perturbation = input.perturbation;
  if (
    isObject(perturbation) &&
    perturbation.method === 'cell-key' &&
    typeof perturbation.ptable === 'string' &&
    typeof perturbation.maxAbsoluteChange === 'number' &&
    typeof perturbation.threshold === 'number'
  ) {
    table.perturbation = perturbation as unknown as NonNullable<StatTable['perturbation']>;
  }
  if (isObject(input.source) && typeof input.source.name === 'string') {
    table.source = input.source as NonNullable<StatTable['source']>;
  }
  return { ok: true, table };
}
