/**
 * Tables with their key sums in one pass, from records with precomputed record keys or from pre-grouped rows (a
 * database's `GROUP BY` with `COUNT(*)` and `SUM(record_key)`). `tableKeys` finds key sums for any statistic by
 * running it 17 times; these do it while counting, which is what makes a million records take a second, and they
 * accept groups, which is what lets a server count in SQL. Records and groups of the same records give the same
 * table and the same key sums, so `perturb` publishes the same figures (tested in test/privacy/keyed.test.ts).
 */
import type { IncidentRecord } from '../records/incident.js';
import type { IntakeRecord } from '../records/intake.js';
import { type CountFields, countTally, type RawKeys } from '../stats/count.js';
import type { IncidentCategoryField, IntakeCategoryField, StatRecord } from '../stats/fields.js';
import type { StatOptions } from '../stats/select.js';
import type { StatTable } from '../stats/table.js';
import { type TimeSeriesOptions, timeSeriesTally } from '../stats/time-series.js';
import type { TableKeys } from './cell-key.js';
import { RECORD_KEY_MODULUS } from './record-key.js';

/**
 * Records that agree on everything a statistic reads, as one row: `record` stands for all of them (only the fields
 * the statistic reads, the window's date and the consent need to be set), `count` is how many they are and `keySum`
 * the sum of their record keys (any whole number: it is reduced modulo 2^16 here).
 */
export interface RecordGroup<R> {
  record: R;
  count: number;
  keySum: number;
}

/** A statistics table with the key sum of each of its cells, ready for `perturb` (cell key method). */
export interface KeyedTable {
  table: StatTable;
  keys: TableKeys;
}

const mod = (x: number) => ((x % RECORD_KEY_MODULUS) + RECORD_KEY_MODULUS) % RECORD_KEY_MODULUS;

function reduce(raw: RawKeys): TableKeys {
  return {
    cells: raw.cells.map(mod),
    margins: raw.margins.map(mod),
    total: mod(raw.total),
    excluded: raw.excluded.map(mod),
    denominator: mod(raw.denominator),
  };
}

function unzip<R>(groups: readonly RecordGroup<R>[]) {
  const records = new Array<R>(groups.length);
  const weights = new Float64Array(groups.length);
  const keys = new Float64Array(groups.length);
  groups.forEach((g, i) => {
    if (!Number.isInteger(g.count) || g.count < 0)
      throw new RangeError('a group count is a whole number ≥ 0');
    records[i] = g.record;
    weights[i] = g.count;
    keys[i] = mod(g.keySum);
  });
  return { records, tally: { weights, keys } };
}

/** `countBy` and the key sums of its entries; `recordKeys[i]` is the record key of `records[i]`. */
export function countByKeyed(
  records: readonly IntakeRecord[],
  fields: CountFields<IntakeCategoryField>,
  options: StatOptions,
  recordKeys: ArrayLike<number>,
): KeyedTable;
export function countByKeyed(
  records: readonly IncidentRecord[],
  fields: CountFields<IncidentCategoryField>,
  options: StatOptions,
  recordKeys: ArrayLike<number>,
): KeyedTable;
export function countByKeyed(
  records: readonly StatRecord[],
  fields: CountFields<string>,
  options: StatOptions,
  recordKeys: ArrayLike<number>,
): KeyedTable {
  if (recordKeys.length !== records.length) throw new RangeError('one record key per record');
  const { table, keys } = countTally(records, fields, options, { keys: recordKeys });
  return { table, keys: reduce(keys) };
}

/** `timeSeries` and the key sums of its entries; `recordKeys[i]` is the record key of `records[i]`. */
export function timeSeriesKeyed<R extends StatRecord>(
  records: readonly R[],
  options: TimeSeriesOptions,
  recordKeys: ArrayLike<number>,
): KeyedTable {
  if (recordKeys.length !== records.length) throw new RangeError('one record key per record');
  const { table, keys } = timeSeriesTally(records, options, { keys: recordKeys });
  return { table, keys: reduce(keys) };
}

/** `countBy` over pre-grouped rows (counts and key sums per group), with the key sums of its entries. */
export function countByGroups(
  groups: readonly RecordGroup<IntakeRecord>[],
  fields: CountFields<IntakeCategoryField>,
  options?: StatOptions,
): KeyedTable;
export function countByGroups(
  groups: readonly RecordGroup<IncidentRecord>[],
  fields: CountFields<IncidentCategoryField>,
  options?: StatOptions,
): KeyedTable;
export function countByGroups(
  groups: readonly RecordGroup<StatRecord>[],
  fields: CountFields<string>,
  options: StatOptions = {},
): KeyedTable {
  const { records, tally } = unzip(groups);
  const { table, keys } = countTally(records, fields, options, tally);
  return { table, keys: reduce(keys) };
}

/** `timeSeries` over pre-grouped rows (counts and key sums per group), with the key sums of its entries. */
export function timeSeriesGroups<R extends StatRecord>(
  groups: readonly RecordGroup<R>[],
  options: TimeSeriesOptions,
): KeyedTable {
  const { records, tally } = unzip(groups);
  const { table, keys } = timeSeriesTally(records, options, tally);
  return { table, keys: reduce(keys) };
}
