/**
 * Finding matches without comparing everyone with everyone: an in-memory index for one new record at a time, and a
 * whole-caseload search. Both compare only records that share a blocking key.
 */
import type { IntakeRecord } from '../records/intake.js';
import { keysOf } from './blocking.js';
import { type Comparison, compare } from './compare.js';
import { comparisonWeight, type MatchModel, type NameFrequencies } from './model.js';
import { type Prepared, prepareRecord } from './prepare.js';
import { type MatchResult, resolveModel, type ScoreOptions, scorePrepared } from './score.js';

/** Blocks larger than this (a very common name born in one year) are compared in runs of this many, not all pairs. */
export const DEFAULT_MAX_BLOCK = 50;

/** Name frequencies counted from prepared records (each record counts each of its name skeletons once). */
export class TermCounts implements NameFrequencies {
  total = 0;
  readonly counts = new Map<string, number>();
  add(p: Prepared, sign: 1 | -1 = 1): void {
    this.total += sign;
    for (const term of new Set(p.names.map((n) => n.skeletonSorted))) {
      const next = (this.counts.get(term) ?? 0) + sign;
      if (next > 0) this.counts.set(term, next);
      else this.counts.delete(term);
    }
  }
  count(term: string): number {
    return this.counts.get(term) ?? 0;
  }
}

/** An index looks keys shared by more records than this past: a name common enough to say nothing. */
export const INDEX_MAX_POSTING = 1000;

/** How a match index is built: the model, and how common a key may be and still be used to find candidates. */
export interface MatchIndexOptions {
  model?: MatchModel;
  /** Keys shared by more records than this are not used to find candidates (INDEX_MAX_POSTING by default). */
  maxBlock?: number;
}

/**
 * An in-memory index of a caseload: add and remove records, and find the likely matches of a new record by looking
 * up its blocking keys, never comparing it with everyone. Name frequencies are counted live.
 */
export class MatchIndex {
  readonly #records = new Map<string, { prepared: Prepared; keys: string[] }>();
  readonly #postings = new Map<string, Set<string>>();
  readonly #terms = new TermCounts();
  readonly #model: MatchModel | undefined;
  readonly #maxBlock: number;

  constructor(options: MatchIndexOptions = {}) {
    this.#model = options.model;
    this.#maxBlock = options.maxBlock ?? INDEX_MAX_POSTING;
  }

  get size(): number {
    return this.#records.size;
  }

  /** Adds a record (replacing one with the same id). */
  add(record: IntakeRecord): void {
    const prepared = prepareRecord(record);
    this.remove(prepared.id);
    const keys = keysOf(prepared);
    this.#records.set(prepared.id, { prepared, keys });
    this.#terms.add(prepared);
    for (const key of keys) {
      let posting = this.#postings.get(key);
      if (!posting) {
        posting = new Set();
        this.#postings.set(key, posting);
      }
      posting.add(prepared.id);
    }
  }

  /** Removes a record by id; false when it was not there. */
  remove(id: string): boolean {
    const entry = this.#records.get(id);
    if (!entry) return false;
    this.#records.delete(id);
    this.#terms.add(entry.prepared, -1);
    for (const key of entry.keys) {
      const posting = this.#postings.get(key);
      posting?.delete(id);
      if (posting?.size === 0) this.#postings.delete(key);
    }
    return true;
  }

  #candidates(p: Prepared): string[] {
    const out = new Set<string>();
    for (const key of keysOf(p)) {
      const posting = this.#postings.get(key);
      if (!posting || posting.size > this.#maxBlock) continue;
      for (const id of posting) if (id !== p.id) out.add(id);
    }
    return [...out];
  }

  /** Ids of the indexed records sharing a blocking key with `record` (not itself). */
  candidates(record: IntakeRecord): string[] {
    return this.#candidates(prepareRecord(record));
  }

  /** The indexed records' comparison with `record`, best first, from `minProbability` (0 by default). */
  match(record: IntakeRecord, options: Omit<ScoreOptions, 'model'> = {}): MatchResult[] {
    const { model, weights } = resolveModel(this.#model);
    const frequencies = options.frequencies ?? this.#terms;
    const p = prepareRecord(record);
    const min = options.minProbability ?? 0;
    const out: MatchResult[] = [];
    for (const id of this.#candidates(p)) {
      const result = scorePrepared(p, this.#records.get(id)!.prepared, model, weights, frequencies);
      if (result.probability >= min) out.push(result);
    }
    return out.sort((x, y) => y.weight - x.weight);
  }
}

/**
 * Calls `visit(i, j)`, i < j, once for each pair of prepared records sharing a blocking key; large blocks in runs of
 * `maxBlock`. Pairs are packed as i·n + j in one typed array, sorted and deduplicated: no object per pair.
 */
export function forEachCandidatePair(
  prepared: readonly Prepared[],
  visit: (i: number, j: number) => void,
  maxBlock = DEFAULT_MAX_BLOCK,
): number {
  const n = prepared.length;
  // Blocks without a Map of arrays (a few hundred thousand keys, most held by one record): each key's 32-bit hash and
  // the record's index packed in one number, sorted, so that a block is a run. Two keys that share a hash merge their
  // blocks: a few more pairs compared, none lost.
  const indexBits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const scale = 2 ** indexBits;
  const hashShift = Math.max(0, indexBits - 21);
  let entries = new Float64Array(Math.max(1024, n * 6));
  let size = 0;
  for (let i = 0; i < n; i++) {
    for (const key of keysOf(prepared[i]!)) {
      if (size === entries.length) entries = grow(entries);
      entries[size++] = (hashOf(key) >>> hashShift) * scale + i;
    }
  }
  const sortedEntries = entries.subarray(0, size).sort();
  let ids = new Float64Array(Math.max(1024, n * 8));
  let count = 0;
  // A large block is compared in runs along an order that puts like names side by side (a sorted neighbourhood):
  // in the order of registration, a common name's second registration can fall outside its first's run.
  const order = (i: number) => {
    const names = prepared[i]!.names;
    return names.length > 0 ? names[names.length - 1]!.skeletonSorted : '';
  };
  const members: number[] = [];
  for (let start = 0; start < size; ) {
    const hash = Math.floor(sortedEntries[start]! / scale);
    let end = start + 1;
    while (end < size && Math.floor(sortedEntries[end]! / scale) === hash) end++;
    if (end - start >= 2) {
      members.length = 0;
      for (let x = start; x < end; x++) members.push(sortedEntries[x]! % scale);
      if (members.length > maxBlock + 1) {
        const keys = new Map(members.map((i) => [i, order(i)]));
        members.sort((x, y) => (keys.get(x)! < keys.get(y)! ? -1 : keys.get(x)! > keys.get(y)! ? 1 : x - y));
      }
      for (let x = 0; x < members.length; x++) {
        const last = Math.min(members.length, x + 1 + maxBlock);
        for (let y = x + 1; y < last; y++) {
          if (count === ids.length) ids = grow(ids);
          const a = members[x]!;
          const b = members[y]!;
          // A record twice in one run (two keys sharing a hash) is no pair.
          if (a !== b) ids[count++] = a < b ? a * n + b : b * n + a;
        }
      }
    }
    start = end;
  }
  const sorted = ids.subarray(0, count).sort();
  let visited = 0;
  for (let x = 0; x < count; x++) {
    const id = sorted[x]!;
    if (x > 0 && id === sorted[x - 1]) continue;
    visited++;
    const i = Math.floor(id / n);
    visit(i, id - i * n);
  }
  return visited;
}

function grow(array: Float64Array): Float64Array<ArrayBuffer> {
  const grown = new Float64Array(array.length * 2);
  grown.set(array);
  return grown;
}

/** FNV-1a, 32 bits. */
function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Candidate pairs `[i, j]`, i < j, of prepared records sharing a blocking key (see forEachCandidatePair). */
export function candidatePairs(
  prepared: readonly Prepared[],
  maxBlock = DEFAULT_MAX_BLOCK,
): [number, number][] {
  const pairs: [number, number][] = [];
  forEachCandidatePair(prepared, (i, j) => pairs.push([i, j]), maxBlock);
  return pairs;
}

/** A likely pair in a whole-caseload search. */
export interface MatchPair extends Omit<MatchResult, 'id'> {
  first: string;
  second: string;
  firstIndex: number;
  secondIndex: number;
}

/**
 * How `findMatches` searches: the score options, the smallest probability reported and the largest block of
 * candidates.
 */
export interface FindMatchesOptions extends Omit<ScoreOptions, 'minProbability'> {
  /** Smallest probability reported: the model's review threshold by default. */
  minProbability?: number;
  maxBlock?: number;
}

/**
 * Every likely pair of records describing one person in a caseload, best first, from the model's review
 * threshold. Only records sharing a blocking key are compared; name frequencies come from the caseload itself.
 */
export function findMatches(records: readonly IntakeRecord[], options: FindMatchesOptions = {}): MatchPair[] {
  const { model, weights } = resolveModel(options.model);
  const prepared = records.map(prepareRecord);
  let frequencies = options.frequencies;
  if (!frequencies) {
    const counts = new TermCounts();
    for (const p of prepared) counts.add(p);
    frequencies = counts;
  }
  const min = options.minProbability ?? model.thresholds.review;
  // Screened by weight: probability >= min where weight >= log2(min / (1 - min)).
  const minWeight = min <= 0 ? -Infinity : min >= 1 ? Infinity : Math.log2(min / (1 - min));
  const out: MatchPair[] = [];
  const scratch: Comparison = { levels: [0, 0, 0, 0, 0, 0, 0] };
  const counted = frequencies;
  forEachCandidatePair(
    prepared,
    (i, j) => {
      // The weight first, the words only for pairs reported: most candidate pairs are not.
      if (comparisonWeight(compare(prepared[i]!, prepared[j]!, scratch), weights, counted) < minWeight)
        return;
      const { id: _, ...result } = scorePrepared(prepared[i]!, prepared[j]!, model, weights, counted);
      if (result.probability < min) return;
      out.push({ first: prepared[i]!.id, second: prepared[j]!.id, firstIndex: i, secondIndex: j, ...result });
    },
    options.maxBlock,
  );
  return out.sort(
    (a, b) => b.weight - a.weight || a.firstIndex - b.firstIndex || a.secondIndex - b.secondIndex,
  );
}
