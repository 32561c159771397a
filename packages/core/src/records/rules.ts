/**
 * Cross-field rules: what no single field can check. They run only on structurally valid records, and report the same
 * stable issue codes as the field checks, at the path of the field a person would correct.
 */
import type * as z from 'zod/mini';
import { ageBandOf, CHILD_AGE_LIMIT } from '../reference/age-bands.js';
import { isSubdivisionOf } from '../reference/cambodia-provinces.js';
import { latestAllowedDate, yearsBetween } from './dates.js';
import type { IncidentRecordShape } from './incident.js';
import type { IntakeRecordShape } from './intake.js';

type Intake = z.infer<typeof IntakeRecordShape>;
type Incident = z.infer<typeof IncidentRecordShape>;
export type Path = (string | number)[];
export interface RuleIssue {
  path: Path;
  code: string;
  params?: Record<string, string | number>;
}

interface DatedField {
  path: Path;
  date: string | undefined;
}

function futureDates(fields: DatedField[], latest: string): RuleIssue[] {
  return fields
    .filter((f) => f.date !== undefined && f.date > latest)
    .map((f) => ({ path: f.path, code: 'date_in_future' }));
}

/** Dates that must follow one another; each out-of-order date is reported at its own path, naming the one before. */
function datesOutOfOrder(sequence: DatedField[]): RuleIssue[] {
  const issues: RuleIssue[] = [];
  let previous: DatedField | undefined;
  for (const field of sequence) {
    if (field.date === undefined) continue;
    if (previous?.date !== undefined && field.date < previous.date) {
      issues.push({ path: field.path, code: 'date_order', params: { after: previous.path.join('.') } });
    }
    previous = field;
  }
  return issues;
}

/** Age at registration, from the birth date when known, else the stated age. */
export function ageAtIntake(record: Pick<Intake, 'person' | 'registrationDate'>): number | undefined {
  const { birthDate, age } = record.person;
  return birthDate ? yearsBetween(birthDate, record.registrationDate) : age;
}

/** Age when recruited: exact from the birth date; from the stated age less the whole years since recruitment. */
export function ageAtRecruitment(record: Pick<Intake, 'person' | 'registrationDate' | 'recruitment'>) {
  const recruited = record.recruitment?.date;
  if (!recruited) return undefined;
  const { birthDate, age } = record.person;
  if (birthDate) return yearsBetween(birthDate, recruited);
  return age === undefined ? undefined : age - Math.max(0, yearsBetween(recruited, record.registrationDate));
}

/** Under 18 at intake or at recruitment: such a record is flagged for child protection. */
export function isMinor(record: Pick<Intake, 'person' | 'registrationDate' | 'recruitment'>): boolean {
  const band = record.person.ageBand;
  const atIntake = ageAtIntake(record);
  const atRecruitment = ageAtRecruitment(record);
  return (
    (atIntake !== undefined && atIntake < CHILD_AGE_LIMIT) ||
    (atRecruitment !== undefined && atRecruitment < CHILD_AGE_LIMIT) ||
    band === '0-8' ||
    band === '9-17'
  );
}

function consentDates(consent: Intake['consent']): DatedField[] {
  return Object.entries(consent).flatMap(([purpose, c]) =>
    c ? [{ path: ['consent', purpose, 'date'], date: c.date }] : [],
  );
}

function consentWithdrawals(consent: Intake['consent']): DatedField[][] {
  return Object.entries(consent).flatMap(([purpose, c]) =>
    c
      ? [
          [
            { path: ['consent', purpose, 'date'], date: c.date },
            { path: ['consent', purpose, 'withdrawnOn'], date: c.withdrawnOn },
          ],
        ]
      : [],
  );
}

export function intakeRuleIssues(record: Intake, now: Date = new Date()): RuleIssue[] {
  const { person, recruitment, exploitation, departure, consent } = record;
  const issues: RuleIssue[] = [];
  const lifeEvents: DatedField[] = [
    { path: ['person', 'birthDate'], date: person.birthDate },
    { path: ['recruitment', 'date'], date: recruitment?.date },
    { path: ['exploitation', 'startDate'], date: exploitation?.startDate },
    { path: ['exploitation', 'endDate'], date: exploitation?.endDate },
    { path: ['departure', 'date'], date: departure?.date },
    { path: ['registrationDate'], date: record.registrationDate },
  ];
  const withdrawals = consentWithdrawals(consent);
  issues.push(
    ...futureDates(
      [...lifeEvents, ...consentDates(consent), ...withdrawals.flatMap((w) => w.slice(1))],
      latestAllowedDate(now),
    ),
  );
  issues.push(...datesOutOfOrder(lifeEvents));
  for (const pair of withdrawals) issues.push(...datesOutOfOrder(pair));

  if (person.birthDate && person.age !== undefined && person.birthDate <= record.registrationDate) {
    if (yearsBetween(person.birthDate, record.registrationDate) !== person.age) {
      issues.push({ path: ['person', 'age'], code: 'age_mismatch' });
    }
  }
  const age = ageAtIntake(record);
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

export function incidentRuleIssues(record: Incident, now: Date = new Date()): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const { dates, location, peopleAffected: people } = record;
  issues.push(
    ...futureDates(
      [
        { path: ['dates', 'start'], date: dates.start },
        { path: ['dates', 'end'], date: dates.end },
        { path: ['reportedOn'], date: record.reportedOn },
        ...record.sources.map((s, i) => ({ path: ['sources', i, 'capturedOn'], date: s.capturedOn })),
      ],
      latestAllowedDate(now),
    ),
  );
  issues.push(
    ...datesOutOfOrder([
      { path: ['dates', 'start'], date: dates.start },
      { path: ['dates', 'end'], date: dates.end },
    ]),
  );
  if (location.province && !isSubdivisionOf(location.province, location.country)) {
    issues.push({ path: ['location', 'province'], code: 'invalid_province' });
  }
  if (people.best < people.min) issues.push({ path: ['peopleAffected', 'best'], code: 'estimate_order' });
  if (people.max < Math.max(people.min, people.best)) {
    issues.push({ path: ['peopleAffected', 'max'], code: 'estimate_order' });
  }
  const sum = (values: (number | undefined)[]) => values.reduce<number>((a, b) => a + (b ?? 0), 0);
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
