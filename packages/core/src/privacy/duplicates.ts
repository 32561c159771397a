/**
 * Likely duplicate registrations: the same person registered twice, in two queues or two offices, perhaps with the
 * name in another script or spelling, a birth date one time and an age the other. Candidate pairs come from blocks
 * (same name, same spelling skeleton, same document number, same phone), so the search grows with the number of
 * records, not its square; each candidate is then scored on the evidence for and against.
 */
import type { IntakeRecord } from '../records/intake.js';
import { canonicalName, jaroWinkler, nameSkeleton } from './names.js';

/** Why two records look like one person: the same or a similar name, document number, birth date... */
export type DuplicateReason =
  | 'same_name'
  | 'similar_name'
  | 'different_name'
  | 'same_document_number'
  | 'different_document_number'
  | 'same_phone'
  | 'same_birth_date'
  | 'different_birth_date'
  | 'consistent_age'
  | 'inconsistent_age'
  | 'same_citizenship'
  | 'different_citizenship'
  | 'different_sex'
  | 'same_life_events'
  | 'same_compound';

/** Two records that may describe one person, with their score and the reasons. */
export interface DuplicatePair {
  /** Ids of the two records, the earlier in the list first. */
  first: string;
  second: string;
  firstIndex: number;
  secondIndex: number;
  /** 0 to 1: how likely the two records describe one person. */
  score: number;
  /** The evidence for and against, strongest first. */
  reasons: DuplicateReason[];
}

/**
 * How `findDuplicates` looks for likely duplicate registrations: the smallest score reported and the largest block
 * of candidates compared.
 */
export interface DuplicateOptions {
  /** Smallest score reported: 0.9 by default (a rare name, a consistent age and citizenship alone score 0.82). */
  threshold?: number;
  /**
   * Blocks larger than this (a very common name) are not compared all against all: their records are sorted by
   * estimated birth year and each is compared with the next `maxBlock` ones. 40 by default.
   */
  maxBlock?: number;
}

interface Features {
  names: string[];
  skeletons: string[];
  birthDate?: string;
  /** Estimated birth year and how far off it may be (0 from a birth date, 1 from an age, more from an age band). */
  birthYear?: number;
  spread: number;
  citizenship: readonly string[];
  sex?: string;
  documents: string[];
  phones: readonly string[];
  /**
   * When the person was recruited and when their exploitation began: the same person tells the same story. (Not the
   * end or departure dates: a compound releasing hundreds on one day gives them all the same.)
   */
  events: string[];
  compound?: string;
}

const BAND_YEARS: Record<string, [middle: number, spread: number]> = {
  '0-8': [4, 5],
  '9-17': [13, 5],
  '18-20': [19, 2],
  '21-23': [22, 2],
  '24-26': [25, 2],
  '27-29': [28, 2],
  '30-38': [34, 5],
  '39-47': [43, 5],
};

const unique = <T>(values: T[]) => [...new Set(values)];

/** Names repeat: transliterate and reduce each distinct written name once. */
function nameForms(cache: Map<string, [string, string]>, written: string): [string, string] {
  let forms = cache.get(written);
  if (!forms) {
    forms = [canonicalName(written), nameSkeleton(written)];
    cache.set(written, forms);
  }
  return forms;
}

function featuresOf(record: IntakeRecord, cache: Map<string, [string, string]>): Features {
  const { person } = record;
  const written = person.latinName ? [person.fullName, person.latinName] : [person.fullName];
  const forms = written.map((name) => nameForms(cache, name));
  const registered = Number(record.registrationDate.slice(0, 4));
  let birthYear: number | undefined;
  let spread = 0;
  if (person.birthDate) birthYear = Number(person.birthDate.slice(0, 4));
  else if (person.age !== undefined) [birthYear, spread] = [registered - person.age, 1];
  else if (person.ageBand && BAND_YEARS[person.ageBand]) {
    const [middle, bandSpread] = BAND_YEARS[person.ageBand]!;
    [birthYear, spread] = [registered - middle, bandSpread];
  }
  return {
    names: unique(forms.map(([name]) => name).filter((n) => n.length > 0)),
    skeletons: unique(forms.map(([, skeleton]) => skeleton).filter((n) => n.length > 0)),
    ...(person.birthDate ? { birthDate: person.birthDate } : {}),
    ...(birthYear !== undefined ? { birthYear } : {}),
    spread,
    citizenship: person.citizenship,
    ...(person.sex ? { sex: person.sex } : {}),
    documents: unique(
      (record.documents ?? []).flatMap((d) =>
        d.number ? [d.number.toUpperCase().replace(/[^A-Z0-9]/g, '')] : [],
      ),
    ),
    phones: person.phones ?? [],
    events: unique(
      [record.recruitment?.date, record.exploitation?.startDate].filter((d): d is string => d !== undefined),
    ),
    ...(record.exploitation?.compoundName
      ? { compound: canonicalName(record.exploitation.compoundName) }
      : {}),
  };
}

function allFeatures(records: readonly IntakeRecord[]): Features[] {
  const cache = new Map<string, [string, string]>();
  return records.map((record) => featuresOf(record, cache));
}

/**
 * Birth years an estimate stands for, as blocking buckets: a birth date or an age gives one year (an age says
 * "this year or the one before", covered by also pairing each bucket with the next); an age band gives its range.
 */
function birthBuckets(f: Features): number[] {
  if (f.birthYear === undefined) return [];
  if (f.spread <= 1) return [f.birthYear];
  const years: number[] = [];
  for (let y = f.birthYear - f.spread; y <= f.birthYear + f.spread; y++) years.push(y);
  return years;
}

interface Blocks {
  pairs: [number, number][];
  /** How many records share each spelling skeleton: a common name is weaker evidence. */
  nameFrequency: Map<string, number>;
}

function pushTo<K>(map: Map<K, number[]>, key: K, i: number): void {
  const block = map.get(key);
  if (block) block.push(i);
  else map.set(key, [i]);
}

/**
 * The pairs of records worth scoring, as index pairs `[i, j]` with i < j. Two records are compared when they share
 * a document number or a phone, or a name's spelling skeleton and a possible birth year (or the next year). A name
 * with no age cannot make a likely pair on its own, so it is not compared. Groups larger than `maxBlock` (an
 * office phone, a very common name born in one year) are compared in overlapping runs, never all against all: the
 * work grows with the number of records, not its square.
 */
export function duplicateCandidates(
  records: readonly IntakeRecord[],
  options: DuplicateOptions = {},
): [number, number][] {
  return candidatesOf(allFeatures(records), options.maxBlock ?? 40).pairs;
}

function candidatesOf(features: readonly Features[], maxBlock: number): Blocks {
  const exact = new Map<string, number[]>();
  // Spelling skeleton → birth year → records.
  const byName = new Map<string, Map<number, number[]>>();
  const nameFrequency = new Map<string, number>();
  features.forEach((f, i) => {
    for (const d of f.documents) pushTo(exact, `d ${d}`, i);
    for (const p of f.phones) pushTo(exact, `p ${p}`, i);
    const years = birthBuckets(f);
    for (const s of f.skeletons) {
      nameFrequency.set(s, (nameFrequency.get(s) ?? 0) + 1);
      if (years.length === 0) continue;
      let byYear = byName.get(s);
      if (!byYear) {
        byYear = new Map();
        byName.set(s, byYear);
      }
      for (const year of years) {
        const group = byYear.get(year);
        if (group) group.push(i);
        else byYear.set(year, [i]);
      }
    }
  });
  // Pairs as numbers i·n + j (exact below 2^53 for any realistic n), deduplicated by sorting once at the end.
  const n = features.length;
  const ids: number[] = [];
  const pair = (a: number, b: number) => {
    if (a < b) ids.push(a * n + b);
    else if (b < a) ids.push(b * n + a);
  };
  /** All pairs of a group, or overlapping runs of `maxBlock` when it is larger. */
  const within = (members: readonly number[]) => {
    for (let x = 0; x < members.length; x++) {
      const end = Math.min(members.length, x + 1 + maxBlock);
      for (let y = x + 1; y < end; y++) pair(members[x]!, members[y]!);
    }
  };
  for (const members of exact.values()) if (members.length <= maxBlock) within(members);
  for (const byYear of byName.values()) {
    for (const [year, members] of byYear) {
      within(members);
      const next = byYear.get(year + 1);
      if (!next) continue;
      const width = Math.min(next.length, maxBlock);
      for (let x = 0; x < members.length; x++) {
        for (let y = 0; y < width; y++) pair(members[x]!, next[(x + y) % next.length]!);
      }
    }
  }
  const sorted = Float64Array.from(ids).sort();
  const pairs: [number, number][] = [];
  for (let x = 0; x < sorted.length; x++) {
    const id = sorted[x]!;
    if (x > 0 && id === sorted[x - 1]) continue;
    pairs.push([Math.floor(id / n), id % n]);
  }
  return { pairs, nameFrequency };
}

const shares = (a: readonly string[], b: readonly string[]) => a.some((v) => b.includes(v));

function nameSimilarity(a: Features, b: Features): number {
  let best = 0;
  for (const x of a.names) for (const y of b.names) best = Math.max(best, jaroWinkler(x, y));
  return best;
}

/**
 * How much agreeing on a name says: a name two or three people share is strong evidence, one hundreds share is weak
 * (the idea of frequency-based weights in Fellegi-Sunter record linkage).
 */
function nameWeight(frequency: number): number {
  return frequency <= 5 ? 4 : frequency <= 20 ? 3 : frequency <= 100 ? 2 : 1;
}

/** Evidence weights (log-odds, roughly): a document number or a birth date says more than a common name. */
function score(
  a: Features,
  b: Features,
  nameFrequency: ReadonlyMap<string, number>,
  threshold: number,
): { score: number; reasons: DuplicateReason[] } | undefined {
  const evidence: [DuplicateReason, number][] = [];
  const name = nameSimilarity(a, b);
  let frequency = Number.POSITIVE_INFINITY;
  for (const s of a.skeletons) {
    if (b.skeletons.includes(s)) frequency = Math.min(frequency, nameFrequency.get(s) ?? 1);
  }
  const sameSkeleton = frequency !== Number.POSITIVE_INFINITY;
  const weight = nameWeight(sameSkeleton ? frequency : 1);
  if (name === 1) evidence.push(['same_name', weight]);
  else if (sameSkeleton || name >= 0.92) evidence.push(['similar_name', Math.max(1, weight - 1)]);
  else if (name >= 0.85) evidence.push(['similar_name', 1]);
  else evidence.push(['different_name', -3]);

  if (shares(a.documents, b.documents)) evidence.push(['same_document_number', 6]);
  else if (a.documents.length > 0 && b.documents.length > 0) evidence.push(['different_document_number', -3]);
  if (shares(a.phones, b.phones)) evidence.push(['same_phone', 4]);

  if (a.birthDate && b.birthDate) {
    evidence.push(a.birthDate === b.birthDate ? ['same_birth_date', 4] : ['different_birth_date', -5]);
  } else if (a.birthYear !== undefined && b.birthYear !== undefined) {
    // An age stands for this year of birth or the one before; a band for its range.
    const consistent = Math.abs(a.birthYear - b.birthYear) <= Math.max(1, a.spread, b.spread);
    evidence.push(consistent ? ['consistent_age', 1.5] : ['inconsistent_age', -4]);
  }
  evidence.push(
    shares(a.citizenship, b.citizenship) ? ['same_citizenship', 1] : ['different_citizenship', -3],
  );
  // An exact recruitment or exploitation start date is rarely shared by two people of one name and age.
  if (shares(a.events, b.events)) evidence.push(['same_life_events', 2.5]);
  if (a.compound !== undefined && a.compound === b.compound) evidence.push(['same_compound', 1]);
  const binary = (s?: string) => s === 'male' || s === 'female';
  if (binary(a.sex) && binary(b.sex) && a.sex !== b.sex) evidence.push(['different_sex', -3]);

  let total = 0;
  for (const [, weight] of evidence) total += weight;
  // Log-odds to a probability-like score; 5 is the evidence needed to make a pair as likely as not.
  const probability = Math.round((1 / (1 + Math.exp(-(total - 5)))) * 1000) / 1000;
  if (probability < threshold) return undefined;
  evidence.sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]));
  return { score: probability, reasons: evidence.map(([r]) => r) };
}

/**
 * Likely pairs of records describing the same person, best first, with a score from 0 to 1 and the reasons for and
 * against. Names are compared across scripts and transliterations (any-ascii, Jaro-Winkler on sorted tokens,
 * spelling skeletons); birth dates, ages and age bands, citizenship, sex, document numbers and phones weigh in.
 * Review the pairs: a common name and age can still be two people.
 *
 * @deprecated Kept as the "before" of bench/matching.bench.ts. Use `findMatches` (weights learnt from the caseload,
 * term-frequency adjustment, probabilities and bands, explanations), or `MatchIndex` for one record at a time.
 */
export function findDuplicates(
  records: readonly IntakeRecord[],
  options: DuplicateOptions = {},
): DuplicatePair[] {
  const threshold = options.threshold ?? 0.9;
  const features = allFeatures(records);
  const pairs: DuplicatePair[] = [];
  const blocks = candidatesOf(features, options.maxBlock ?? 40);
  for (const [i, j] of blocks.pairs) {
    const result = score(features[i]!, features[j]!, blocks.nameFrequency, threshold);
    if (!result) continue;
    pairs.push({
      first: records[i]!.id,
      second: records[j]!.id,
      firstIndex: i,
      secondIndex: j,
      ...result,
    });
  }
  return pairs.sort(
    (a, b) => b.score - a.score || a.firstIndex - b.firstIndex || a.secondIndex - b.secondIndex,
  );
}
