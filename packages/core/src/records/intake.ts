/**
 * The intake record: one person registering for help after leaving a scam compound.
 * Field metadata (sensitivity, HTCDS/CTDC/HXL counterparts, label keys) is in `catalog.ts`; cross-field rules in `rules.ts`.
 */
import * as z from 'zod/mini';
import { AGE_BANDS } from '../reference/age-bands.js';
import { TRI_STATE } from '../reference/ilo-indicators.js';
import {
  CASE_STATUSES,
  CHANNELS,
  DEPARTURE_MODES,
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  MESSAGING_PLATFORMS,
  PLATFORMS,
  RECRUITER_RELATIONS,
  RECRUITMENT_CONSENT,
  RECRUITMENT_METHODS,
  SCAM_TYPES,
  SEXES,
  WAGE_PERIODS,
} from '../reference/vocabularies.js';
import {
  amount,
  choice,
  choices,
  codeFor,
  countryCode,
  currencyCode,
  isoDate,
  languageTag,
  list,
  object,
  phoneNumber,
  subdivisionCode,
  text,
  uuid,
  wholeNumber,
  yesNo,
} from './primitives.js';
import { checkIntakeRules, structurallyValid } from './rules.js';
import { CURRENT_SCHEMA_VERSION } from './version.js';

export { CURRENT_SCHEMA_VERSION };

const schemaVersion = z.literal(CURRENT_SCHEMA_VERSION, { error: codeFor('unsupported_version') });

export const PersonSchema = object({
  /** One full name in the person's own script; a single name (mononym) is valid. */
  fullName: text(200),
  latinName: z.optional(text(200)),
  sex: z.optional(choice(SEXES)),
  birthDate: z.optional(isoDate),
  age: z.optional(wholeNumber(0, 120)),
  ageBand: z.optional(choice(AGE_BANDS)),
  citizenship: list(countryCode, 3).check(z.minLength(1, { error: 'required' })),
  languages: z.optional(list(languageTag, 10)),
  homeRegion: z.optional(text(100)),
  phones: z.optional(list(phoneNumber, 5)),
  messaging: z.optional(list(object({ platform: choice(MESSAGING_PLATFORMS), handle: text(100) }), 10)),
});

export const IdentityDocumentSchema = object({
  type: choice(DOCUMENT_TYPES),
  number: z.optional(text(50)),
  issuingCountry: z.optional(countryCode),
  status: choice(DOCUMENT_STATUSES),
});

export const MoneySchema = object({ amount, currency: currencyCode });

export const WageSchema = object({ amount, currency: currencyCode, period: choice(WAGE_PERIODS) });

export const RecruitmentSchema = object({
  method: z.optional(choice(RECRUITMENT_METHODS)),
  platforms: z.optional(choices(PLATFORMS)),
  promisedJob: z.optional(text(200)),
  promisedWage: z.optional(WageSchema),
  how: z.optional(choice(RECRUITMENT_CONSENT)),
  date: z.optional(isoDate),
  recruiterRelation: z.optional(choice(RECRUITER_RELATIONS)),
});

export const ExploitationSchema = object({
  country: countryCode,
  province: z.optional(subdivisionCode),
  locality: z.optional(text(100)),
  compoundName: z.optional(text(200)),
  startDate: z.optional(isoDate),
  endDate: z.optional(isoDate),
  scamTypes: z.optional(choices(SCAM_TYPES)),
});

export const DepartureSchema = object({
  how: choice(DEPARTURE_MODES),
  date: z.optional(isoDate),
  incidentId: z.optional(uuid),
});

const tri = z.optional(choice(TRI_STATE));

/** The ILO's 11 indicators of forced labour, each yes / no / unknown / declined. */
export const IloIndicatorsSchema = object({
  abuseOfVulnerability: tri,
  deception: tri,
  restrictionOfMovement: tri,
  isolation: tri,
  physicalSexualViolence: tri,
  intimidationThreats: tri,
  retentionOfDocuments: tri,
  withholdingOfWages: tri,
  debtBondage: tri,
  abusiveConditions: tri,
  excessiveOvertime: tri,
});

const need = z.optional(yesNo);

export const NeedsSchema = object({
  returnHome: need,
  canTravelIndependently: need,
  emergencyTravelDocument: need,
  medical: need,
  psychological: need,
  shelter: need,
  legal: need,
  familyContact: need,
});

export const ConsentSchema = object({
  given: yesNo,
  date: isoDate,
  withdrawnOn: z.optional(isoDate),
});

export const ConsentsSchema = object({
  store: ConsentSchema,
  shareWithPartners: z.optional(
    object({
      given: yesNo,
      date: isoDate,
      withdrawnOn: z.optional(isoDate),
      partners: z.optional(list(text(100), 20)),
    }),
  ),
  contactLater: z.optional(ConsentSchema),
  research: z.optional(ConsentSchema),
});

export const IntakeRecordShape = object({
  id: uuid,
  schemaVersion,
  registrationDate: isoDate,
  office: text(100),
  channel: choice(CHANNELS),
  person: PersonSchema,
  documents: z.optional(list(IdentityDocumentSchema, 10)),
  recruitment: z.optional(RecruitmentSchema),
  exploitation: z.optional(ExploitationSchema),
  departure: z.optional(DepartureSchema),
  indicators: z.optional(IloIndicatorsSchema),
  wagesOwed: z.optional(list(MoneySchema, 5)),
  needs: z.optional(NeedsSchema),
  consent: ConsentsSchema,
  /** Set when the person was under 18 at intake or at recruitment: the validator sets it, and refuses `false`. */
  childProtection: z.optional(yesNo),
  status: choice(CASE_STATUSES),
  notes: z.optional(text(5000, { multiLine: true })),
});

/** The intake record with its cross-field rules (dates in order, age agreement, minors flagged, consent). */
export const IntakeRecordSchema = IntakeRecordShape.check(
  z.superRefine(checkIntakeRules, { when: structurallyValid }),
);

export type IntakeRecord = z.infer<typeof IntakeRecordSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type IdentityDocument = z.infer<typeof IdentityDocumentSchema>;
export type Recruitment = z.infer<typeof RecruitmentSchema>;
export type Exploitation = z.infer<typeof ExploitationSchema>;
export type IloIndicators = z.infer<typeof IloIndicatorsSchema>;
export type Needs = z.infer<typeof NeedsSchema>;
export type Consents = z.infer<typeof ConsentsSchema>;
export type Money = z.infer<typeof MoneySchema>;
