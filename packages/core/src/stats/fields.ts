/**
 * The fields statistics can count by and the date fields they can bucket or window on, for intake and incident
 * records. Keys are catalogue paths (`records/catalog.ts`), so a table's dimension names the field it counts.
 */
import type { IncidentRecord } from '../records/incident.js';
import type { IntakeRecord } from '../records/intake.js';
import { ageBandAtIntake } from './age-band.js';
import { AGE_BANDS } from '../reference/age-bands.js';
import { ILO_INDICATORS, type IloIndicator, TRI_STATE } from '../reference/ilo-indicators.js';
import {
  CASE_STATUSES,
  CHANNELS,
  DATE_PRECISIONS,
  DEPARTURE_MODES,
  DOCUMENT_STATUSES,
  INCIDENT_OUTCOMES,
  INCIDENT_TYPES,
  NEEDS,
  PLATFORMS,
  RECRUITMENT_CONSENT,
  RECRUITMENT_METHODS,
  SCAM_TYPES,
  SEXES,
} from '../reference/vocabularies.js';

/** Keys of a yes/no field (needs, child protection). */
export const YES_NO = ['yes', 'no'] as const;

export interface CategoricalField<R> {
  /** The closed vocabulary in display order; absent for open fields (countries, provinces, offices). */
  values?: readonly string[];
  /** A record may hold several values (citizenship, scam types): it is counted once per distinct value. */
  multiValued?: boolean;
  /** The record's value(s), or undefined / an empty list when missing. */
  get(record: R): string | readonly string[] | undefined;
}

const yesNo = (value: boolean | undefined) => (value === undefined ? undefined : value ? 'yes' : 'no');

export { ageBandAtIntake };

const indicatorFields = Object.fromEntries(
  ILO_INDICATORS.map((indicator) => [
    `indicators.${indicator}`,
    {
      values: TRI_STATE,
      get: (r: IntakeRecord) => r.indicators?.[indicator],
    } as CategoricalField<IntakeRecord>,
  ]),
) as Record<`indicators.${IloIndicator}`, CategoricalField<IntakeRecord>>;

const needFields = Object.fromEntries(
  NEEDS.map((need) => [
    `needs.${need}`,
    { values: YES_NO, get: (r: IntakeRecord) => yesNo(r.needs?.[need]) } as CategoricalField<IntakeRecord>,
  ]),
) as Record<`needs.${(typeof NEEDS)[number]}`, CategoricalField<IntakeRecord>>;

export const INTAKE_CATEGORIES = {
  'person.citizenship': { multiValued: true, get: (r: IntakeRecord) => r.person.citizenship },
  'person.sex': { values: SEXES, get: (r: IntakeRecord) => r.person.sex },
  'person.ageBand': { values: AGE_BANDS, get: ageBandAtIntake },
  'exploitation.country': { get: (r: IntakeRecord) => r.exploitation?.country },
  'exploitation.province': { get: (r: IntakeRecord) => r.exploitation?.province },
  'exploitation.scamTypes': {
    values: SCAM_TYPES,
    multiValued: true,
    get: (r: IntakeRecord) => r.exploitation?.scamTypes,
  },
  'recruitment.method': { values: RECRUITMENT_METHODS, get: (r: IntakeRecord) => r.recruitment?.method },
  'recruitment.how': { values: RECRUITMENT_CONSENT, get: (r: IntakeRecord) => r.recruitment?.how },
  'recruitment.platforms': {
    values: PLATFORMS,
    multiValued: true,
    get: (r: IntakeRecord) => r.recruitment?.platforms,
  },
  'departure.how': { values: DEPARTURE_MODES, get: (r: IntakeRecord) => r.departure?.how },
  'documents[].status': {
    values: DOCUMENT_STATUSES,
    multiValued: true,
    get: (r: IntakeRecord) => r.documents?.map((d) => d.status),
  },
  channel: { values: CHANNELS, get: (r: IntakeRecord) => r.channel },
  office: { get: (r: IntakeRecord) => r.office },
  status: { values: CASE_STATUSES, get: (r: IntakeRecord) => r.status },
  // The validator sets the flag for every minor, so a record without it is not flagged.
  childProtection: { values: YES_NO, get: (r: IntakeRecord) => (r.childProtection ? 'yes' : 'no') },
  ...indicatorFields,
  ...needFields,
} satisfies Record<string, CategoricalField<IntakeRecord>>;

export const INCIDENT_CATEGORIES = {
  type: { values: INCIDENT_TYPES, get: (r: IncidentRecord) => r.type },
  'location.country': { get: (r: IncidentRecord) => r.location.country },
  'location.province': { get: (r: IncidentRecord) => r.location.province },
  'dates.precision': { values: DATE_PRECISIONS, get: (r: IncidentRecord) => r.dates.precision },
  outcomes: { values: INCIDENT_OUTCOMES, multiValued: true, get: (r: IncidentRecord) => r.outcomes },
} satisfies Record<string, CategoricalField<IncidentRecord>>;

export type IntakeCategoryField = keyof typeof INTAKE_CATEGORIES;
export type IncidentCategoryField = keyof typeof INCIDENT_CATEGORIES;

export const INTAKE_DATES = {
  registrationDate: (r: IntakeRecord) => r.registrationDate,
  'recruitment.date': (r: IntakeRecord) => r.recruitment?.date,
  'exploitation.startDate': (r: IntakeRecord) => r.exploitation?.startDate,
  'exploitation.endDate': (r: IntakeRecord) => r.exploitation?.endDate,
  'departure.date': (r: IntakeRecord) => r.departure?.date,
} satisfies Record<string, (r: IntakeRecord) => string | undefined>;

export const INCIDENT_DATES = {
  'dates.start': (r: IncidentRecord) => r.dates.start,
  'dates.end': (r: IncidentRecord) => r.dates.end,
  reportedOn: (r: IncidentRecord) => r.reportedOn,
} satisfies Record<string, (r: IncidentRecord) => string | undefined>;

export type IntakeDateField = keyof typeof INTAKE_DATES;
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
