/**
 * Cross-field rules: what no single field can check. They run only on structurally valid records, and report the same
 * stable issue codes as the field checks, at the path of the field a person would correct.
 */
import type * as z from 'zod/mini';
import { ageBandOf, CHILD_AGE_LIMIT } from '../reference/age-bands.js';
import { isSubdivisionOf } from '../reference/cambodia-provinces.js';
import { CONSENT_PURPOSES } from '../reference/vocabularies.js';
import { latestAllowedDate, sameDayOfYear, yearsBetween } from './dates.js';
import type { IncidentRecordShape } from './incident.js';
import type { IntakeRecordShape } from './intake.js';
import type { IssueCode } from './issue-codes.js';

type Intake = z.infer<typeof IntakeRecordShape>;
type Incident = z.infer<typeof IncidentRecordShape>;
/** Where in a record: object keys and array indices (`['documents', 0, 'number']`). */
export type Path = (string | number)[];
/** A cross-field rule a record breaks (a date in the future, dates out of order): where, which, and its parameters. */
export interface RuleIssue {
  /** Where in the record: object keys and array indices. */
  path: (string | number)[];
  code: IssueCode;
  params?: Record<string, string | number>;
}

/** A date field: where it is, and how to read it from a record. */
interface DateField<T> {
  path: Path;
  read: (record: T) => string | undefined;
}

function dateIssue(path: Path, code: 'date_in_future'): RuleIssue;
function dateIssue(path: Path, code: 'date_order', after: Path): RuleIssue;
function dateIssue(path: Path, code: 'date_in_future' | 'date_order', after?: Path): RuleIssue {
  // Paths are copied into issues, so that callers may change them.
  return after ? { path: [...path], code, params: { after: after.join('.') } } : { path: [...path], code };
}

/**
 * Reports each date after `latest`, and each date before the previous date given in the sequence (at its own path,
 * naming the one before). Reads the record in place: this runs for every record of a bulk import.
 */
function checkSequence<T>(issues: RuleIssue[], fields: readonly DateField<T>[], record: T, latest: string) {
  let previous: DateField<T> | undefined;
  let previousDate = '';
  for (const field of fields) {
    const date = field.read(record);
    if (date === undefined) continue;
    if (date > latest) issues.push(dateIssue(field.path, 'date_in_future'));
    if (previous && date < previousDate) issues.push(dateIssue(field.path, 'date_order', previous.path));
    previous = field;
    previousDate = date;
  }
}

/** Age at registration, from the birth date when known, else the stated age. */
export function ageAtIntake(record: Pick<Intake, 'person' | 'registrationDate'>): number | undefined {
  const { birthDate, age } = record.person;
  return birthDate ? yearsBetween(birthDate, record.registrationDate) : age;
}

/**
 * Age when recruited: exact from the birth date. From an age stated at registration it is the youngest the person
 * can have been: someone who says "18" and was recruited eight months earlier may have been 17 then. Child
 * protection presumes minority when the age is uncertain (UNICEF, Guidelines on the Protection of Child Victims of
 * Trafficking, 2006, §3.2; EU Directive 2011/36/EU, art. 13(2)).
 */
export function ageAtRecruitment(
  record: Pick<Intake, 'person' | 'registrationDate' | 'recruitment'>,
): number | undefined {
  const recruited = record.recruitment?.date;
  if (!recruited) return undefined;
  const { birthDate, age } = record.person;
  if (birthDate) return yearsBetween(birthDate, recruited);
  if (age === undefined) return undefined;
  const registered = record.registrationDate;
  if (recruited >= registered) return age;
  // On the same day of the year as the registration the stated age fixes the age exactly; on any other day, a
  // birthday may fall between the two dates.
  return age - yearsBetween(recruited, registered) - (sameDayOfYear(recruited, registered) ? 0 : 1);
}

/**
 * Under 18 at intake, or (possibly) at recruitment, or in a child age band: such a record is flagged for child
 * protection.
 */
export function isMinor(record: Pick<Intake, 'person' | 'registrationDate' | 'recruitment'>): boolean {
  const band = record.person.ageBand;
  if (band === '0-8' || band === '9-17') return true;
  const atIntake = ageAtIntake(record);
  if (atIntake !== undefined && atIntake < CHILD_AGE_LIMIT) return true;
  const atRecruitment = ageAtRecruitment(record);
  return atRecruitment !== undefined && atRecruitment < CHILD_AGE_LIMIT;
}

const LIFE_EVENTS: readonly DateField<Intake>[] = [
  { path: ['person', 'birthDate'], read: (r) => r.person.birthDate },
  { path: ['recruitment', 'date'], read: (r) => r.recruitment?.date },
  { path: ['exploitation', 'startDate'], read: (r) => r.exploitation?.startDate },
  { path: ['exploitation', 'endDate'], read: (r) => r.exploitation?.endDate },
  { path: ['departure', 'date'], read: (r) => r.departure?.date },
  { path: ['registrationDate'], read: (r) => r.registrationDate },
];

/** Each consent purpose: given (or refused) on a date, perhaps withdrawn on a later one. */
const CONSENTS: readonly (readonly DateField<Intake>[])[] = CONSENT_PURPOSES.map((purpose) => [
  { path: ['consent', purpose, 'date'], read: (r: Intake) => r.consent[purpose]?.date },
  { path: ['consent', purpose, 'withdrawnOn'], read: (r: Intake) => r.consent[purpose]?.withdrawnOn },
]);

/** The cross-field issues of a structurally valid intake record; `now` decides which dates are in the future. */
export function intakeRuleIssues(record: Intake, now: Date = new Date()): RuleIssue[] {
  const { person, exploitation, consent } = record;
  const issues: RuleIssue[] = [];
  const latest = latestAllowedDate(now);
  checkSequence(issues, LIFE_EVENTS, record, latest);
  for (const fields of CONSENTS) checkSequence(issues, fields, record, latest);

  if (person.birthDate && person.age !== undefined && person.birthDate <= record.registrationDate) {
    if (yearsBetween(person.birthDate, record.registrationDate) !== person.age) {
      issues.push({ path: ['person', 'age'], code: 'age_mismatch' });
    }
  }
  const age = person.ageBand ? ageAtIntake(record) : undefined;
  if (person.ageBand && age !== undefined && age >= 0 && ageBandOf(age) !== person.ageBand) {
    issues.push({
      path: ['person', 'ageBand'],
      code: 'age_band_mismatch',
      params: { expected: ageBandOf(age) },
    });
  }
  if (record.childProtection === false && isMinor(record)) {
    issues.push({ path: ['childProtection'], code: 'minor_not_flagged' });
  }
  if (exploitation?.province && !isSubdivisionOf(exploitation.province, exploitation.country)) {
    issues.push({ path: ['exploitation', 'province'], code: 'invalid_province' });
  }
  if (!consent.store.given) issues.push({ path: ['consent', 'store', 'given'], code: 'consent_required' });
  return issues;
}

const START: Path = ['dates', 'start'];

/** Dates of an incident that cannot come before its start: its end, its report, the capture of each source. */
const AFTER_START: readonly DateField<Incident>[] = [
  { path: ['dates', 'end'], read: (r) => r.dates.end },
  { path: ['reportedOn'], read: (r) => r.reportedOn },
];

function capturedOn(index: number): DateField<Incident> {
  return { path: ['sources', index, 'capturedOn'], read: (r) => r.sources[index]?.capturedOn };
}

function checkAfterStart(issues: RuleIssue[], field: DateField<Incident>, record: Incident, latest: string) {
  const date = field.read(record);
  if (date === undefined) return;
  if (date > latest) issues.push(dateIssue(field.path, 'date_in_future'));
  if (date < record.dates.start) issues.push(dateIssue(field.path, 'date_order', START));
}

function sum(values: readonly (number | undefined)[]): number {
  let total = 0;
  for (const value of values) total += value ?? 0;
  return total;
}

/** The cross-field issues of a structurally valid incident record; `now` decides which dates are in the future. */
export function incidentRuleIssues(record: Incident, now: Date = new Date()): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const { dates, location, peopleAffected: people, sources } = record;
  const latest = latestAllowedDate(now);
  if (dates.start > latest) issues.push(dateIssue(START, 'date_in_future'));
  for (const field of AFTER_START) checkAfterStart(issues, field, record, latest);
  for (let i = 0; i < sources.length; i++) checkAfterStart(issues, capturedOn(i), record, latest);
  if (location.province && !isSubdivisionOf(location.province, location.country)) {
    issues.push({ path: ['location', 'province'], code: 'invalid_province' });
  }
  if (people.best < people.min) issues.push({ path: ['peopleAffected', 'best'], code: 'estimate_order' });
  if (people.max < Math.max(people.min, people.best)) {
    issues.push({ path: ['peopleAffected', 'max'], code: 'estimate_order' });
  }
  const breakdowns: [Path, number | undefined][] = [
    [
      ['peopleAffected', 'byCitizenship'],
      people.byCitizenship && sum(people.byCitizenship.map((c) => c.count)),
    ],
    [['peopleAffected', 'bySex'], people.bySex && sum(Object.values(people.bySex))],
    [['peopleAffected', 'minors'], people.minors],
  ];
  for (const [path, total] of breakdowns) {
    if (total !== undefined && total > people.max) {
      issues.push({ path, code: 'breakdown_exceeds_max', params: { max: people.max } });
    }
  }
  return issues;
}

/**
 * Cross-field rules run only when every field is valid on its own: a rule reading a malformed date or province would
 * only repeat, or guess at, what the field check already reported.
 */
export function structurallyValid(payload: { issues: readonly unknown[] }): boolean {
  return payload.issues.length === 0;
}

function reportTo(ctx: z.core.$RefinementCtx<unknown>, issues: RuleIssue[]) {
  for (const issue of issues) {
    ctx.addIssue({
      code: 'custom',
      message: issue.code,
      path: issue.path,
      params: issue.params,
      input: undefined,
    });
  }
}

export function checkIntakeRules(record: Intake, ctx: z.core.$RefinementCtx<Intake>) {
  reportTo(ctx as z.core.$RefinementCtx<unknown>, intakeRuleIssues(record));
}

export function checkIncidentRules(record: Incident, ctx: z.core.$RefinementCtx<Incident>) {
  reportTo(ctx as z.core.$RefinementCtx<unknown>, incidentRuleIssues(record));
}
