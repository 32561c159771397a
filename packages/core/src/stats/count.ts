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
  // cells[a][b] for two fields; rows[a] doubles as the cells of a one-field table.
  const cells: number[][] = [];
  const rows: number[] = [];
  const columns: number[] = [];
  let total = 0;

  for (const record of records) {
    const reason = filter(record);
    if (reason !== undefined) {
      exclusions.add(reason);
      continue;
    }
    const na = readValues(specA!, catA!, record, a);
    if (typeof na === 'string') {
      exclusions.add(na);
      continue;
    }
    let nb = 0;
    if (specB) {
      const read = readValues(specB, catB!, record, b);
      if (typeof read === 'string') {
        exclusions.add(read);
        continue;
      }
      nb = read;
      for (let j = 0; j < nb; j++) columns[b[j]!] = (columns[b[j]!] ?? 0) + 1;
    }
    for (let i = 0; i < na; i++) {
      const ia = a[i]!;
      rows[ia] = (rows[ia] ?? 0) + 1;
      if (!specB) continue;
      const row = cells[ia] ?? [];
      cells[ia] = row;
      for (let j = 0; j < nb; j++) row[b[j]!] = (row[b[j]!] ?? 0) + 1;
    }
    total++;
  }

  const orderA = displayed(catA!, rows, !specA!.values);
  const dimensions = [dimension(names[0]!, catA!, orderA, specA!.multiValued)];
  const tableCells: StatCell[] = [];
  const margins: StatCell[] = [];
  if (specB) {
    const orderB = displayed(catB!, columns, !specB.values);
    dimensions.push(dimension(names[1]!, catB!, orderB, specB.multiValued));
    for (const ia of orderA) {
      const keyA = catA!.keys[ia]!;
      for (const ib of orderB) tableCells.push(countCell([keyA, catB!.keys[ib]!], cells[ia]?.[ib] ?? 0));
    }
    for (const ia of orderA) margins.push(countCell([catA!.keys[ia]!, ALL], rows[ia] ?? 0));
    for (const ib of orderB) margins.push(countCell([ALL, catB!.keys[ib]!], columns[ib] ?? 0));
  } else {
    for (const ia of orderA) tableCells.push(countCell([catA!.keys[ia]!], rows[ia] ?? 0));
  }

  return {
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
    denominator: records.length,
    excluded: exclusions.list(),
    ...windowOf(options, defaultWindow),
    ...(options.source ? { source: options.source } : {}),
  };
}
