/**
 * The incident record: a compound release, raid, rescue, escape or transfer of people, with its evidence.
 * Field metadata is in `catalog.ts`; cross-field rules in `rules.ts`.
 */
import * as z from 'zod/mini';
import {
  COORDINATE_PRECISIONS,
  DATE_PRECISIONS,
  INCIDENT_OUTCOMES,
  INCIDENT_TYPES,
  SOURCE_KINDS,
  VERIFICATION_METHODS,
  VERIFICATION_STATUSES,
} from '../reference/vocabularies.js';
import {
  choice,
  choices,
  codeFor,
  countryCode,
  isoDate,
  list,
  object,
  sha256,
  subdivisionCode,
  text,
  uuid,
  webUrl,
  wholeNumber,
} from './primitives.js';
import { checkIncidentRules, structurallyValid } from './rules.js';
import { CURRENT_SCHEMA_VERSION } from './version.js';

const headcount = wholeNumber(0, 1_000_000);

/** When an incident happened: first and last day and how precisely they are known. */
export const IncidentDatesSchema = object({
  start: isoDate,
  end: z.optional(isoDate),
  /** How exactly the dates are known: a release "in the second week of January" is `week`. */
  precision: choice(DATE_PRECISIONS),
});

/** Where an incident happened on the map: latitude, longitude and how precise they are. */
export const CoordinatesSchema = object({
  lat: z
    .number({ error: codeFor('invalid_number') })
    .check(z.gte(-90, { error: 'too_small' }), z.lte(90, { error: 'too_big' })),
  lon: z
    .number({ error: codeFor('invalid_number') })
    .check(z.gte(-180, { error: 'too_small' }), z.lte(180, { error: 'too_big' })),
  precision: choice(COORDINATE_PRECISIONS),
});

/** Where an incident happened: country, province, locality and coordinates. */
export const IncidentLocationSchema = object({
  country: countryCode,
  province: z.optional(subdivisionCode),
  locality: z.optional(text(100)),
  coordinates: z.optional(CoordinatesSchema),
});

/** How many people an incident affected: lowest, best and highest estimate, in that order. */
export const PeopleAffectedSchema = object({
  min: headcount,
  best: headcount,
  max: headcount,
  byCitizenship: z.optional(list(object({ country: countryCode, count: headcount }), 50)),
  bySex: z.optional(
    object({
      female: z.optional(headcount),
      male: z.optional(headcount),
      other: z.optional(headcount),
      unknown: z.optional(headcount),
    }),
  ),
  minors: z.optional(headcount),
});

/** How far an incident has been verified, and which checks were done. */
export const VerificationSchema = object({
  status: choice(VERIFICATION_STATUSES),
  /** Berkeley Protocol checks done: of the source, technical (metadata, geolocation), of the content. */
  methods: z.optional(choices(VERIFICATION_METHODS)),
  notes: z.optional(text(1000, { multiLine: true })),
});

/** A source an incident is known from: its kind, address, date and who published it. */
export const EvidenceSourceSchema = object({
  kind: choice(SOURCE_KINDS),
  url: z.optional(webUrl),
  publisher: z.optional(text(200)),
  capturedOn: z.optional(isoDate),
  archiveSha256: z.optional(sha256),
  verification: VerificationSchema,
});

/** The incident record's object schema before the cross-field rules (`IncidentRecordSchema` adds them). */
export const IncidentRecordShape = object({
  id: uuid,
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION, { error: codeFor('unsupported_version') }),
  type: choice(INCIDENT_TYPES),
  dates: IncidentDatesSchema,
  reportedOn: z.optional(isoDate),
  location: IncidentLocationSchema,
  compoundName: z.optional(text(200)),
  allegedOperator: z.optional(text(200)),
  peopleAffected: PeopleAffectedSchema,
  outcomes: z.optional(choices(INCIDENT_OUTCOMES)),
  summary: z.optional(text(5000, { multiLine: true })),
  sources: list(EvidenceSourceSchema, 50).check(z.minLength(1, { error: 'required' })),
});

/** The incident record with its cross-field rules (dates in order, min ≤ best ≤ max, breakdowns within max). */
export const IncidentRecordSchema = IncidentRecordShape.check(
  z.superRefine(checkIncidentRules, { when: structurallyValid }),
);

/** An incident record (a compound release, raid, rescue, escape or transfer of people), as validated by core. */
export type IncidentRecord = z.infer<typeof IncidentRecordSchema>;
/** A source an incident is known from (a news report, a partner, a person's account). */
export type EvidenceSource = z.infer<typeof EvidenceSourceSchema>;
/** How many people an incident affected: lowest, best and highest estimate. */
export type PeopleAffected = z.infer<typeof PeopleAffectedSchema>;
