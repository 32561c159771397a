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

/** The person registering: name, birth date, sex, citizenship and contact. */
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

/** An identity document: its type, number, issuing country and status (a confiscated passport is common). */
export const IdentityDocumentSchema = object({
  type: choice(DOCUMENT_TYPES),
  number: z.optional(text(50)),
  issuingCountry: z.optional(countryCode),
  status: choice(DOCUMENT_STATUSES),
});

/** An amount of money in one currency (ISO 4217). */
export const MoneySchema = object({ amount, currency: currencyCode });

/** A wage: an amount in one currency per period (hour, day, week, month, year or a lump sum). */
export const WageSchema = object({ amount, currency: currencyCode, period: choice(WAGE_PERIODS) });

/** How the person was recruited: when, how, on which platforms, by whom and with what promise. */
export const RecruitmentSchema = object({
  method: z.optional(choice(RECRUITMENT_METHODS)),
  platforms: z.optional(choices(PLATFORMS)),
  promisedJob: z.optional(text(200)),
  promisedWage: z.optional(WageSchema),
  how: z.optional(choice(RECRUITMENT_CONSENT)),
  date: z.optional(isoDate),
  recruiterRelation: z.optional(choice(RECRUITER_RELATIONS)),
});

/** Where and when the person was held and made to work, and the kinds of scam. */
export const ExploitationSchema = object({
  country: countryCode,
  province: z.optional(subdivisionCode),
  locality: z.optional(text(100)),
  compoundName: z.optional(text(200)),
  startDate: z.optional(isoDate),
  endDate: z.optional(isoDate),
  scamTypes: z.optional(choices(SCAM_TYPES)),
});

/** How and when the person left the compound. */
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

/** What the person needs now: a list from the `NEEDS` vocabulary, and whether a child needs protection. */
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

/** One consent: given or not, when, and whether it was withdrawn. */
export const ConsentSchema = object({
  given: yesNo,
  date: isoDate,
  withdrawnOn: z.optional(isoDate),
});

/** The person's consents, one per purpose: store (required), share with partners, contact later, research. */
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

/** The intake record's object schema before the cross-field rules (`IntakeRecordSchema` adds them). */
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

/** An intake record: one person registering after leaving a scam compound, as validated by core. */
export type IntakeRecord = z.infer<typeof IntakeRecordSchema>;
/** The person registering. */
export type Person = z.infer<typeof PersonSchema>;
/** An identity document and what became of it. */
export type IdentityDocument = z.infer<typeof IdentityDocumentSchema>;
/** How the person was recruited. */
export type Recruitment = z.infer<typeof RecruitmentSchema>;
/** Where and when the person was held and made to work. */
export type Exploitation = z.infer<typeof ExploitationSchema>;
/** The 11 ILO indicators of forced labour, each answered yes, no, unknown or declined. */
export type IloIndicators = z.infer<typeof IloIndicatorsSchema>;
/** What the person needs now. */
export type Needs = z.infer<typeof NeedsSchema>;
/** The person's consents, one per purpose (storing the record is required). */
export type Consents = z.infer<typeof ConsentsSchema>;
/** An amount of money in one currency (ISO 4217). */
export type Money = z.infer<typeof MoneySchema>;
