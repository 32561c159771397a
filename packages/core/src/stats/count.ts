/**
 * Counts of records by one or two categorical fields, as a `StatTable` with its margins, denominator and exclusions.
 */
import type { IncidentRecord } from '../records/incident.js';
import type { IntakeRecord } from '../records/intake.js';
import { Categories, readValues } from './categories.js';
import {
  categoryField,
  INCIDENT_CATEGORIES,
  type IncidentCategoryField,
  type IntakeCategoryField,
  type StatRecord,
} from './fields.js';
import { Exclusions, recordFilter, type StatOptions, windowOf } from './select.js';
import { ALL, type StatCell, type StatDimension, type StatTable } from './table.js';

/** One field, or two (rows, then columns). */
export type CountFields<F extends string> = F | readonly [F] | readonly [F, F];

export function countCell(keys: string[], value: number): StatCell {
  return { keys, value, suppressed: false };
}

/** A closed vocabulary lists every value, zeros included; an open one only the values of counted records. */
function displayed(categories: Categories, weights: number[], open: boolean): number[] {
  const order = categories.order(weights);
  return open ? order.filter((i) => (weights[i] ?? 0) > 0) : order;
}

function dimension(
  field: string,
  categories: Categories,
  order: number[],
  multiValued?: boolean,
): StatDimension {
  return {
    field,
    values: order.map((i) => categories.keys[i]!),
    ...(multiValued ? { multiValued: true } : {}),
  };
}

/**
 * Counts records by one or two categorical fields (see `INTAKE_CATEGORIES` / `INCIDENT_CATEGORIES`).
 *
 * - Multi-valued fields (citizenship, scam types, platforms, document statuses, outcomes) count a record once per
 *   distinct value: cells along such a dimension add up to more than the number of people. The dimension says so
 *   (`multiValued: true`); margins and the total always count records, never values.
 * - Records whose research consent was withdrawn are left out unless `includeWithdrawnConsent` is set; records with
 *   no value (or an invalid one) for a field, or outside the window, are left out too, and each is counted under
 *   `excluded` with its reason.
 * - Closed vocabularies (sex, age band, ILO answers...) list every value, zero or not, in vocabulary order; open
 *   fields (citizenship, province, office) list the values met, most frequent first.
 */
export function countBy(
  records: readonly IntakeRecord[],
  fields: CountFields<IntakeCategoryField>,
  options?: StatOptions,
): StatTable;
export function countBy(
  records: readonly IncidentRecord[],
  fields: CountFields<IncidentCategoryField>,
  options?: StatOptions,
): StatTable;
export function countBy(
  records: readonly StatRecord[],
  fields: CountFields<string>,
  options: StatOptions = {},
): StatTable {
  return countTally(records, fields, options).table;
}

/**
 * How each item passed to a statistic weighs: `weights[i]` records (1 when absent) whose record keys add up to
 * `keys[i]` (no key sums are kept when absent). A record is an item of weight 1 and its own key; a group of records
 * that agree on everything the statistic reads (a database's `GROUP BY` row) is one item of weight `COUNT(*)` and key
 * `SUM(record_key)`. Both give the same table and the same key sums, because every count is a sum of weights.
 */
export interface Tally {
  weights?: ArrayLike<number>;
  keys?: ArrayLike<number>;
}

/** Key sums (unreduced) kept beside the counts of `countTally`, in the table's own order. */
export interface RawKeys {
  cells: number[];
  margins: number[];
  total: number;
  excluded: number[];
  denominator: number;
}

/** `countBy` over weighted, keyed items (see `Tally`): one pass, no copies of the records. */
export function countTally(
  records: readonly StatRecord[],
  fields: CountFields<string>,
  options: StatOptions = {},
  tally: Tally = {},
): { table: StatTable; keys: RawKeys } {
  const { weights, keys: itemKeys } = tally;
  const names: string[] = typeof fields === 'string' ? [fields] : [...fields];
  const specs = names.map(categoryField);
  const categories = specs.map((spec) => new Categories(spec.values));
  const defaultWindow = names[0]! in INCIDENT_CATEGORIES ? 'dates.start' : 'registrationDate';
  const filter = recordFilter(options, defaultWindow);
  const exclusions = new Exclusions();
  const [specA, specB] = specs;
  const [catA, catB] = categories;
  const a: number[] = [];
  const b: number[] = [];
  // cells[a][b] for two fields; rows[a] doubles as the cells of a one-field table. The *K arrays are key sums.
  const cells: number[][] = [];
  const cellsK: number[][] = [];
  const rows: number[] = [];
  const rowsK: number[] = [];
  const columns: number[] = [];
  const columnsK: number[] = [];
  let total = 0;
  let totalK = 0;
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
    const na = readValues(specA!, catA!, record, a);
    if (typeof na === 'string') {
      exclusions.add(na, w, k);
      continue;
    }
    let nb = 0;
    if (specB) {
      const read = readValues(specB, catB!, record, b);
      if (typeof read === 'string') {
        exclusions.add(read, w, k);
        continue;
      }
      nb = read;
      for (let j = 0; j < nb; j++) {
        const ib = b[j]!;
        columns[ib] = (columns[ib] ?? 0) + w;
        columnsK[ib] = (columnsK[ib] ?? 0) + k;
      }
    }
    for (let i = 0; i < na; i++) {
      const ia = a[i]!;
      rows[ia] = (rows[ia] ?? 0) + w;
      rowsK[ia] = (rowsK[ia] ?? 0) + k;
      if (!specB) continue;
      const row = cells[ia] ?? [];
      cells[ia] = row;
      const rowK = cellsK[ia] ?? [];
      cellsK[ia] = rowK;
      for (let j = 0; j < nb; j++) {
        const ib = b[j]!;
        row[ib] = (row[ib] ?? 0) + w;
        rowK[ib] = (rowK[ib] ?? 0) + k;
      }
    }
    total += w;
    totalK += k;
  }

  const orderA = displayed(catA!, rows, !specA!.values);
  const dimensions = [dimension(names[0]!, catA!, orderA, specA!.multiValued)];
  const tableCells: StatCell[] = [];
  const margins: StatCell[] = [];
  const keys: RawKeys = {
    cells: [],
    margins: [],
    total: totalK,
    excluded: exclusions.keySums(),
    denominator: denominatorK,
  };
  if (specB) {
    const orderB = displayed(catB!, columns, !specB.values);
    dimensions.push(dimension(names[1]!, catB!, orderB, specB.multiValued));
    for (const ia of orderA) {
      const keyA = catA!.keys[ia]!;
      for (const ib of orderB) {
        tableCells.push(countCell([keyA, catB!.keys[ib]!], cells[ia]?.[ib] ?? 0));
        keys.cells.push(cellsK[ia]?.[ib] ?? 0);
      }
    }
    for (const ia of orderA) {
      margins.push(countCell([catA!.keys[ia]!, ALL], rows[ia] ?? 0));
      keys.margins.push(rowsK[ia] ?? 0);
    }
    for (const ib of orderB) {
      margins.push(countCell([ALL, catB!.keys[ib]!], columns[ib] ?? 0));
      keys.margins.push(columnsK[ib] ?? 0);
    }
  } else {
    for (const ia of orderA) {
      tableCells.push(countCell([catA!.keys[ia]!], rows[ia] ?? 0));
      keys.cells.push(rowsK[ia] ?? 0);
    }
  }

  const table: StatTable = {
    measure: 'count',
    unit: 'records',
    dimensions,
    cells: tableCells,
    margins,
    total: {
      ...countCell(
        names.map(() => ALL),
        total,
      ),
      includesSuppressed: false,
    },
    denominator,
    excluded: exclusions.list(),
    ...windowOf(options, defaultWindow),
    ...(options.source ? { source: options.source } : {}),
  };
  return { table, keys };
}
