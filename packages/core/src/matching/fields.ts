/**
 * The only module that knows where the matcher's evidence lives in an intake record. The record schema is changing
 * (v3 keeps `person.*`, `documents[].number` and `registrationDate`): a move is one edit here, nothing else.
 */
import type { IntakeRecord } from '../records/intake.js';

/** What the matcher reads from a record, as plain optional values: nothing here is validated. */
export interface MatchFields {
  id: string;
  /** Written names: the full name in its own script, then any Latin transliteration. */
  names: string[];
  sex?: string;
  birthDate?: string;
  age?: number;
  ageBand?: string;
  citizenship: string[];
  documentNumbers: string[];
  phones: string[];
  registrationDate?: string;
  recruitmentDate?: string;
  exploitationStart?: string;
  exploitationCountry?: string;
  exploitationProvince?: string;
  exploitationLocality?: string;
  compoundName?: string;
}

/** A non-blank string, or undefined (a regular expression test, not a trimmed copy: this runs for every field). */
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && NOT_BLANK.test(value) ? value : undefined;
const NOT_BLANK = /\S/;

const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => text(v) !== undefined) : [];

/**
 * The matcher's view of an intake record. Tolerates partial or malformed input (a record read back from an old
 * export, a form mid-way): anything of the wrong type reads as missing.
 */
export function matchFieldsOf(record: IntakeRecord): MatchFields {
  const r = (record ?? {}) as Partial<IntakeRecord>;
  const person = (r.person ?? {}) as Partial<IntakeRecord['person']>;
  const recruitment = r.recruitment ?? {};
  const exploitation = (r.exploitation ?? {}) as Partial<NonNullable<IntakeRecord['exploitation']>>;
  const names = [text(person.fullName), text(person.latinName)].filter((n): n is string => n !== undefined);
  const fields: MatchFields = {
    id: typeof r.id === 'string' ? r.id : '',
    names,
    citizenship: texts(person.citizenship),
    documentNumbers: Array.isArray(r.documents)
      ? r.documents.flatMap((d) => (d && text(d.number) ? [d.number as string] : []))
      : [],
    phones: texts(person.phones),
  };
  // Assigned one by one, without a table of pairs or a closure: this runs for every record of a caseload.
  const sex = text(person.sex);
  if (sex) fields.sex = sex;
  const birthDate = text(person.birthDate);
  if (birthDate) fields.birthDate = birthDate;
  if (typeof person.age === 'number' && Number.isFinite(person.age)) fields.age = person.age;
  const ageBand = text(person.ageBand);
  if (ageBand) fields.ageBand = ageBand;
  const registrationDate = text(r.registrationDate);
  if (registrationDate) fields.registrationDate = registrationDate;
  const recruitmentDate = text(recruitment.date);
  if (recruitmentDate) fields.recruitmentDate = recruitmentDate;
  const exploitationStart = text(exploitation.startDate);
  if (exploitationStart) fields.exploitationStart = exploitationStart;
  const exploitationCountry = text(exploitation.country);
  if (exploitationCountry) fields.exploitationCountry = exploitationCountry;
  const exploitationProvince = text(exploitation.province);
  if (exploitationProvince) fields.exploitationProvince = exploitationProvince;
  const exploitationLocality = text(exploitation.locality);
  if (exploitationLocality) fields.exploitationLocality = exploitationLocality;
  const compoundName = text(exploitation.compoundName);
  if (compoundName) fields.compoundName = compoundName;
  return fields;
}
