/**
 * Comparison levels per field, as Splink's comparisons: each pair of records falls in exactly one level of each
 * field, from the strongest agreement to disagreement, or `null` when either record lacks the field (no evidence).
 */
import { jaroWinkler } from '../privacy/names.js';
import type { NameForm } from './names.js';
import { phoneSuffix } from './phones.js';
import type { Prepared } from './prepare.js';

/** The fields compared, and their levels from strongest agreement to disagreement; `null` is always last. */
export const MATCH_LEVELS = {
  name: ['exact', 'transliteration', 'spelling', 'typo', 'partial', 'fuzzy', 'different', 'null'],
  birth: ['exact', 'swapped', 'typo', 'year', 'age', 'band', 'different', 'null'],
  sex: ['same', 'different', 'null'],
  citizenship: ['same', 'different', 'null'],
  document: ['exact', 'typo', 'different', 'null'],
  phone: ['exact', 'suffix', 'different', 'null'],
  exploitation: ['dates', 'date', 'later', 'place', 'different', 'null'],
} as const;

/** A field two records are compared on (name, birth date, citizenship...). */
export type MatchField = keyof typeof MATCH_LEVELS;
/** How well two records agree on field `F` (`exact`, `close`, `different`...): the levels the model weighs. */
export type MatchLevel<F extends MatchField = MatchField> = (typeof MATCH_LEVELS)[F][number];
/** The fields two records are compared on to decide whether they describe one person. */
export const MATCH_FIELDS = Object.keys(MATCH_LEVELS) as MatchField[];

/** Level indices per field (into MATCH_LEVELS), plus the name's term for term-frequency adjustment. */
export interface Comparison {
  levels: number[];
  /** The shared name's skeleton (its term-frequency key), when names agree. */
  nameTerm?: string;
}

const NULL = (field: MatchField) => MATCH_LEVELS[field].length - 1;

function intersects(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) if (b.includes(x)) return true;
  return false;
}

/** Names at most one letter apart (Damerau-Levenshtein), in any token order or split; both of 4 letters or more. */
function oneLetterApart(a: NameForm, b: NameForm): boolean {
  const target = b.skeletonJoined[0]!;
  if (target.length < 4 || a.skeletonJoined[0]!.length < 4) return false;
  if (editDistance(a.skeletonSorted, b.skeletonSorted, 1) <= 1) return true;
  for (const x of a.skeletonJoined) if (editDistance(x, target, 1) <= 1) return true;
  return false;
}

/** Name levels, by index into MATCH_LEVELS.name. */
const EXACT = 0;
const TRANSLITERATION = 1;
const SPELLING = 2;
const TYPO = 3;
const PARTIAL = 4;
const FUZZY = 5;
const DIFFERENT = 6;

function nameLevel(a: NameForm, b: NameForm): number {
  if (a.plain === b.plain) return EXACT;
  if (a.sorted === b.sorted || intersects(a.joined, b.joined)) return TRANSLITERATION;
  if (a.skeletonSorted === b.skeletonSorted || intersects(a.skeletonJoined, b.skeletonJoined))
    return SPELLING;
  if (oneLetterApart(a, b)) return TYPO;
  const [short, long] = a.skeleton.length <= b.skeleton.length ? [a, b] : [b, a];
  if (short.skeleton.length < long.skeleton.length && short.skeleton.every((t) => long.skeleton.includes(t)))
    return PARTIAL;
  let best = jaroWinkler(a.skeletonSorted, b.skeletonSorted);
  for (const x of a.skeletonJoined)
    if (best < 0.9) best = Math.max(best, jaroWinkler(x, b.skeletonJoined[0]!));
  return best >= 0.9 ? FUZZY : DIFFERENT;
}

/**
 * Levels of name pairs already compared, on the first form by the other's id (a small integer: no number boxed per
 * look-up): a caseload repeats its names, and the same two names meet in many pairs of records. Bounded per form.
 */
const memos = new WeakMap<NameForm, Map<number, number>>();

function memoNameLevel(x: NameForm, y: NameForm): number {
  let memo = memos.get(x);
  if (!memo) {
    memo = new Map();
    memos.set(x, memo);
  }
  let level = memo.get(y.id);
  if (level === undefined) {
    if (memo.size >= 10_000) memo.clear();
    level = nameLevel(x, y);
    memo.set(y.id, level);
  }
  return level;
}

function compareNames(a: Prepared, b: Prepared, out: Comparison): number {
  if (a.names.length === 0 || b.names.length === 0) return NULL('name');
  let best = DIFFERENT;
  for (const x of a.names) {
    for (const y of b.names) {
      const level = memoNameLevel(x, y);
      if (level < best) {
        best = level;
        if (level <= SPELLING) out.nameTerm = x.skeletonSorted;
      }
      if (best === EXACT) return EXACT;
    }
  }
  if (best > SPELLING) out.nameTerm = undefined;
  return best;
}

/** Dates written with one digit changed (a typing error in the day, month or year). */
function oneDigitApart(a: string, b: string): boolean {
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i) && ++diff > 1) return false;
  return diff === 1;
}

function compareBirth(a: Prepared, b: Prepared): number {
  if (a.birthDate && b.birthDate) {
    if (a.birthDate === b.birthDate) return 0;
    if (a.birthYear === b.birthYear && a.birthDay === b.birthMonth && a.birthMonth === b.birthDay) return 1;
    if (oneDigitApart(a.birthDate, b.birthDate)) return 2;
    return a.birthYear === b.birthYear ? 3 : 6;
  }
  if (a.bornFrom === undefined || b.bornFrom === undefined) return NULL('birth');
  // A few days' slack: an age said on the day before a birthday.
  const overlap = a.bornFrom <= b.bornTo! + 0.02 && b.bornFrom <= a.bornTo! + 0.02;
  if (!overlap) return 6;
  if (a.bornBy === 'band' || b.bornBy === 'band') return 5;
  if (a.bornBy === 'date' && b.bornBy === 'date') return 3;
  return 4;
}

function listLevel(a: readonly string[], b: readonly string[], field: MatchField): number {
  if (a.length === 0 || b.length === 0) return NULL(field);
  return intersects(a, b) ? 0 : 1;
}

const ROW = 64;
const rows = [new Int32Array(ROW + 1), new Int32Array(ROW + 1), new Int32Array(ROW + 1)];

/** Damerau-Levenshtein (optimal string alignment) distance in three rolling rows, stopping early above `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max || b.length > ROW) return max + 1;
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      )
        d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

function compareDocuments(a: Prepared, b: Prepared): number {
  if (a.documents.length === 0 || b.documents.length === 0) return NULL('document');
  if (intersects(a.documents, b.documents)) return 0;
  for (const x of a.documents) {
    for (const y of b.documents)
      if (Math.min(x.length, y.length) >= 6 && editDistance(x, y, 2) <= 2) return 1;
  }
  return 2;
}

function comparePhones(a: Prepared, b: Prepared): number {
  if (a.phones.length === 0 || b.phones.length === 0) return NULL('phone');
  if (intersects(a.phones, b.phones)) return 0;
  for (const x of a.phones) for (const y of b.phones) if (phoneSuffix(x) === phoneSuffix(y)) return 1;
  return 2;
}

/** `b`'s recruitment or exploitation began after `a` was registered. */
function laterEpisode(a: Prepared, b: Prepared): boolean {
  if (!a.registered) return false;
  const began = b.recruited ?? b.started;
  return began !== undefined && began > a.registered;
}

function compareExploitation(a: Prepared, b: Prepared): number {
  // Role by role: one's recruitment date equal to the other's start date is a coincidence, not evidence.
  let agree = 0;
  let differ = 0;
  if (a.recruited && b.recruited) a.recruited === b.recruited ? agree++ : differ++;
  if (a.started && b.started) a.started === b.started ? agree++ : differ++;
  // Both dates agreeing is far stronger than one: many people were recruited, or taken in, on any one day.
  if (agree > 0 && differ === 0) return agree === 2 ? 0 : 1;
  // Dates that differ: another episode when one record's story begins after the other was registered (released,
  // then trafficked again), a conflicting account of the same months otherwise.
  if (differ > 0) return laterEpisode(a, b) || laterEpisode(b, a) ? 2 : 4;
  // No date to compare: the place (a place shared while dates differ says little, and is not counted).
  if (a.places.length === 0 || b.places.length === 0) return NULL('exploitation');
  return intersects(a.places, b.places) ? 3 : 4;
}

/**
 * The comparison vector of two prepared records (level index per field, in MATCH_FIELDS order). A whole-caseload
 * search passes one `into` for every pair: no allocation per pair.
 */
export function compare(a: Prepared, b: Prepared, into?: Comparison): Comparison {
  const out: Comparison = into ?? { levels: [0, 0, 0, 0, 0, 0, 0] };
  out.nameTerm = undefined;
  const levels = out.levels;
  levels[0] = compareNames(a, b, out);
  levels[1] = compareBirth(a, b);
  levels[2] = a.sex && b.sex ? (a.sex === b.sex ? 0 : 1) : NULL('sex');
  levels[3] = listLevel(a.citizenship, b.citizenship, 'citizenship');
  levels[4] = compareDocuments(a, b);
  levels[5] = comparePhones(a, b);
  levels[6] = compareExploitation(a, b);
  return out;
}
