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

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim().length > 0 ? value : undefined;

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
  // Assigned one by one (no table of pairs): this runs for every record of a caseload.
  const set = <K extends keyof MatchFields>(key: K, value: MatchFields[K] | undefined) => {
    if (value !== undefined) fields[key] = value;
  };
  set('sex', text(person.sex));
  set('birthDate', text(person.birthDate));
  set('age', typeof person.age === 'number' && Number.isFinite(person.age) ? person.age : undefined);
  set('ageBand', text(person.ageBand));
  set('registrationDate', text(r.registrationDate));
  set('recruitmentDate', text(recruitment.date));
  set('exploitationStart', text(exploitation.startDate));
  set('exploitationCountry', text(exploitation.country));
  set('exploitationProvince', text(exploitation.province));
  set('exploitationLocality', text(exploitation.locality));
  set('compoundName', text(exploitation.compoundName));
  return fields;
}
