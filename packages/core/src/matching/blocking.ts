/**
 * Blocking: the keys two records must share one of to be compared at all (several rules OR-ed, as Splink's blocking
 * rules). Each key is a normalised token; a server stores an HMAC of each and narrows candidates in SQL.
 *   n:  name's coarse letter key + a possible birth year (spellings, scripts, word order, token splits)
 *   nc: name's coarse letter key + citizenship, for records without any age
 *   b:  birth date with day and month in either order + citizenship (names written too differently)
 *   d:  document number (a mistyped one is found by the other rules: halves of numbers compared 3 pairs a record)
 *   p:  the phone's last eight digits (E.164 and local forms alike)
 *   e:  recruitment date + exploitation start date + citizenship (the same story, told twice)
 */
import type { IntakeRecord } from '../records/intake.js';
import { phoneSuffix } from './phones.js';
import { type Prepared, prepareRecord } from './prepare.js';

function years(p: Prepared): number[] {
  if (p.bornFrom === undefined || p.bornBy === 'band') return [];
  const from = Math.floor(p.bornFrom - 0.02);
  const to = Math.floor(p.bornTo! + 0.02);
  const out: number[] = [];
  for (let y = from; y <= to && out.length < 3; y++) out.push(y);
  return out;
}

/** Blocking keys of a prepared record. */
export function keysOf(p: Prepared): string[] {
  const keys = new Set<string>();
  const ys = years(p);
  for (const name of p.names) {
    for (const y of ys) keys.add(`n:${name.block}:${y}`);
    if (ys.length === 0) for (const c of p.citizenship) keys.add(`nc:${name.block}:${c}`);
  }
  if (p.birthDate && p.birthMonth !== undefined && p.birthDay !== undefined) {
    const [lo, hi] = [Math.min(p.birthMonth, p.birthDay), Math.max(p.birthMonth, p.birthDay)];
    for (const c of p.citizenship) keys.add(`b:${p.birthYear}-${lo}-${hi}:${c}`);
  }
  for (const d of p.documents) keys.add(`d:${d}`);
  for (const phone of p.phones) keys.add(`p:${phoneSuffix(phone)}`);
  if (p.events.length === 2) for (const c of p.citizenship) keys.add(`e:${p.events[0]}:${p.events[1]}:${c}`);
  return [...keys];
}

/**
 * The normalised blocking keys of a record: two records are compared when they share at least one. Store an HMAC of
 * each beside the record and look candidates up by it; then score them with `scoreCandidates`. Never throws.
 */
export function blockingKeys(record: IntakeRecord): string[] {
  return keysOf(prepareRecord(record));
}
