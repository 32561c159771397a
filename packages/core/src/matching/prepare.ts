/**
 * A record prepared once for many comparisons: names transliterated and reduced, dates turned into numbers, document
 * numbers and phones normalised. Everything the comparisons and blocking keys need, nothing they must recompute.
 */
import type { IntakeRecord } from '../records/intake.js';
import { matchFieldsOf } from './fields.js';
import { cachedNameForm, type NameForm, nameFamilyOf } from './names.js';
import { normalisePhone } from './phones.js';

export interface Prepared {
  id: string;
  names: NameForm[];
  sex?: 'male' | 'female';
  /** A full birth date as written (YYYY-MM-DD), and its parts. */
  birthDate?: string;
  birthYear?: number;
  birthMonth?: number;
  birthDay?: number;
  /** Possible birth, in fractional years (from a date, a year, an age or an age band at registration). */
  bornFrom?: number;
  bornTo?: number;
  /** Where the interval comes from: 'date' (a date or year written), 'age' or 'band'. */
  bornBy?: 'date' | 'age' | 'band';
  citizenship: string[];
  documents: string[];
  phones: string[];
  events: string[];
  /** Recruitment and exploitation start dates, compared role by role (a recruitment date is not a start date). */
  recruited?: string;
  started?: string;
  /** Registration date (YYYY-MM-DD): a story that begins after it is another episode. */
  registered?: string;
  places: string[];
}

const BANDS: Record<string, [number, number]> = {
  '0-8': [0, 8],
  '9-17': [9, 17],
  '18-20': [18, 20],
  '21-23': [21, 23],
  '24-26': [24, 26],
  '27-29': [27, 29],
  '30-38': [30, 38],
  '39-47': [39, 47],
  '48+': [48, 100],
};

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A date as a fractional year (2000-07-02 → about 2000.5); undefined when it is not a date. */
function yearOf(iso: string | undefined): number | undefined {
  const m = iso ? DATE.exec(iso) : null;
  if (!m) return undefined;
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return Number(m[1]) + ((month - 1) * 30.5 + day - 1) / 366;
}

const unique = <T>(values: T[]) => [...new Set(values)];

export function normaliseDocument(number: string): string {
  return number.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

function birthOf(p: Prepared, f: ReturnType<typeof matchFieldsOf>): void {
  const m = f.birthDate ? DATE.exec(f.birthDate) : null;
  if (m) {
    const year = Number(m[1]);
    p.birthYear = year;
    if (m[2] && m[3]) {
      p.birthDate = f.birthDate!;
      p.birthMonth = Number(m[2]);
      p.birthDay = Number(m[3]);
      const at = yearOf(f.birthDate);
      if (at !== undefined) [p.bornFrom, p.bornTo] = [at, at];
    } else {
      [p.bornFrom, p.bornTo] = m[2]
        ? [yearOf(f.birthDate)!, yearOf(f.birthDate)! + 31 / 366]
        : [year, year + 1];
    }
    p.bornBy = 'date';
    return;
  }
  const registered = yearOf(f.registrationDate);
  if (registered === undefined) return;
  if (f.age !== undefined && f.age >= 0 && f.age <= 130) {
    [p.bornFrom, p.bornTo, p.bornBy] = [registered - f.age - 1, registered - f.age, 'age'];
  } else if (f.ageBand && BANDS[f.ageBand]) {
    const [low, high] = BANDS[f.ageBand]!;
    [p.bornFrom, p.bornTo, p.bornBy] = [registered - high - 1, registered - low, 'band'];
  }
}

/** Prepares a record for matching (never throws: a malformed field reads as missing). */
export function prepareRecord(record: IntakeRecord): Prepared {
  const f = matchFieldsOf(record);
  const family = nameFamilyOf(f.citizenship);
  const forms = f.names.map((n) => cachedNameForm(n, family)).filter((n): n is NameForm => n !== undefined);
  const names = forms.filter((n, i) => forms.findIndex((o) => o.plain === n.plain) === i);
  const p: Prepared = {
    id: f.id,
    names,
    citizenship: unique(f.citizenship.map((c) => c.toUpperCase())),
    documents: unique(f.documentNumbers.map(normaliseDocument).filter((d) => d.length >= 3)),
    phones: unique(f.phones.map((n) => normalisePhone(n, f.citizenship)).filter((n) => n.length >= 6)),
    events: unique([f.recruitmentDate, f.exploitationStart].filter((d): d is string => d !== undefined)),
    places: unique(
      [
        f.compoundName
          ? `c ${f.compoundName
              .toLowerCase()
              .replace(/[^\p{L}\p{N}]+/gu, ' ')
              .trim()}`
          : undefined,
        f.exploitationLocality ? `l ${f.exploitationLocality.toLowerCase().trim()}` : undefined,
      ].filter((d): d is string => d !== undefined),
    ),
  };
  if (f.recruitmentDate) p.recruited = f.recruitmentDate;
  if (f.exploitationStart) p.started = f.exploitationStart;
  if (f.registrationDate) p.registered = f.registrationDate;
  if (f.sex === 'male' || f.sex === 'female') p.sex = f.sex;
  birthOf(p, f);
  return p;
}
