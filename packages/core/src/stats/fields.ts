/**
 * The fields statistics can count by and the date fields they can bucket or window on, for intake and incident
 * records. Keys are catalogue paths (`records/catalog.ts`), so a table's dimension names the field it counts.
 */
import { incidentFields } from '../fields/incident.js';
import { intakeFields } from '../fields/intake.js';
import type { FieldRegistry, ValueList } from '../fields/types.js';
import type { IncidentRecord } from '../records/incident.js';
import type { IntakeRecord } from '../records/intake.js';
import { VOCABULARIES } from '../reference/vocabulary-names.js';
import { ageBandAtIntake } from './age-band.js';

/** Keys of a yes/no field (needs, child protection). */
export const YES_NO = ['yes', 'no'] as const;

/** How statistics read a field they count by: its values in display order and how to get them from a record. */
export interface CategoricalField<R> {
  /** The closed vocabulary in display order; absent for open fields (countries, provinces, offices). */
  values?: readonly string[];
  /** A record may hold several values (citizenship, scam types): it is counted once per distinct value. */
  multiValued?: boolean;
  /** The record's value(s), or undefined / an empty list when missing. */
  get(record: R): string | readonly string[] | undefined;
}

export { ageBandAtIntake };

type CountKeys<F> = { [K in keyof F]: F[K] extends { stats: { count: unknown } } ? K : never }[keyof F];
type DateKeys<F> = { [K in keyof F]: F[K] extends { stats: { date: unknown } } ? K : never }[keyof F];

/** The values a count lists in display order: the field's vocabulary, yes / no for a yes/no field, none if open. */
function valuesOf(list: ValueList | undefined): readonly string[] | undefined {
  if (list === undefined || list === 'COUNTRIES' || list === 'CURRENCIES' || list === 'PROVINCES')
    return undefined;
  return list === 'BOOLEAN' ? YES_NO : VOCABULARIES[list];
}

function categoriesOf<R, F extends FieldRegistry<R>>(fields: F): Record<CountKeys<F>, CategoricalField<R>> {
  const out: Record<string, CategoricalField<R>> = {};
  for (const [path, field] of Object.entries(fields)) {
    if (!field.stats || !('count' in field.stats)) continue;
    const values = valuesOf(field.vocabulary);
    out[path] = {
      ...(values ? { values } : {}),
      ...(field.stats.multiValued ? { multiValued: true } : {}),
      get: field.stats.count,
    };
  }
  return out as Record<CountKeys<F>, CategoricalField<R>>;
}

function datesOf<R, F extends FieldRegistry<R>>(
  fields: F,
): Record<DateKeys<F>, (r: R) => string | undefined> {
  const out: Record<string, (r: R) => string | undefined> = {};
  for (const [path, field] of Object.entries(fields)) {
    if (field.stats && 'date' in field.stats) out[path] = field.stats.date;
  }
  return out as Record<DateKeys<F>, (r: R) => string | undefined>;
}

/** The intake fields statistics count by: derived from the field registry (`stats` and `vocabulary`). */
export const INTAKE_CATEGORIES = categoriesOf<IntakeRecord, typeof intakeFields>(intakeFields);

/** The incident fields statistics count by: derived from the field registry. */
export const INCIDENT_CATEGORIES = categoriesOf<IncidentRecord, typeof incidentFields>(incidentFields);

/** An intake field statistics can count by (`person.sex`, `person.citizenship`). */
export type IntakeCategoryField = keyof typeof INTAKE_CATEGORIES;
/** An incident field statistics can count by (`type`, `location.province`). */
export type IncidentCategoryField = keyof typeof INCIDENT_CATEGORIES;

/** The intake date fields statistics bucket and window on: derived from the field registry. */
export const INTAKE_DATES = datesOf<IntakeRecord, typeof intakeFields>(intakeFields);

/** The incident date fields statistics bucket and window on: derived from the field registry. */
export const INCIDENT_DATES = datesOf<IncidentRecord, typeof incidentFields>(incidentFields);

/** An intake date field statistics can bucket and window on (`registrationDate`). */
export type IntakeDateField = keyof typeof INTAKE_DATES;
/** An incident date field statistics can bucket and window on (`dates.start`). */
export type IncidentDateField = keyof typeof INCIDENT_DATES;

/** Either kind of record: statistics on a list take one kind, told apart by the fields asked for. */
export type StatRecord = IntakeRecord | IncidentRecord;

export function categoryField(field: string): CategoricalField<StatRecord> {
  const spec =
    (INTAKE_CATEGORIES as Record<string, CategoricalField<never>>)[field] ??
    (INCIDENT_CATEGORIES as Record<string, CategoricalField<never>>)[field];
  if (!spec) throw new TypeError(`Cannot count by "${field}": not a categorical field`);
  return spec as CategoricalField<StatRecord>;
}

export function dateField(field: string): (record: StatRecord) => string | undefined {
  const get =
    (INTAKE_DATES as Record<string, (r: never) => string | undefined>)[field] ??
    (INCIDENT_DATES as Record<string, (r: never) => string | undefined>)[field];
  if (!get) throw new TypeError(`"${field}" is not a date field`);
  return get as (record: StatRecord) => string | undefined;
}
