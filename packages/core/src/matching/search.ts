/**
 * Finding matches without comparing everyone with everyone: an in-memory index for one new record at a time, and a
 * whole-caseload search. Both compare only records that share a blocking key.
 */
import type { IntakeRecord } from '../records/intake.js';
import { keysOf } from './blocking.js';
import { compare } from './compare.js';
import { type MatchModel, type NameFrequencies, scoreComparison } from './model.js';
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
  const blocks = new Map<string, number[]>();
  // A plain loop, no callback per record: this runs over a whole caseload.
  for (let i = 0; i < prepared.length; i++) {
    for (const key of keysOf(prepared[i]!)) {
      const block = blocks.get(key);
      if (block) block.push(i);
      else blocks.set(key, [i]);
    }
  }
  const n = prepared.length;
  let ids = new Float64Array(1024);
  let count = 0;
  // A large block is compared in runs along an order that puts like names side by side (a sorted neighbourhood):
  // in the order of registration, a common name's second registration can fall outside its first's run.
  const order = (i: number) => {
    const names = prepared[i]!.names;
    return names.length > 0 ? names[names.length - 1]!.skeletonSorted : '';
  };
  for (const members of blocks.values()) {
    if (members.length < 2) continue;
    if (members.length > maxBlock + 1) {
      const keys = new Map(members.map((i) => [i, order(i)]));
      members.sort((x, y) => (keys.get(x)! < keys.get(y)! ? -1 : keys.get(x)! > keys.get(y)! ? 1 : x - y));
    }
    for (let x = 0; x < members.length; x++) {
      const end = Math.min(members.length, x + 1 + maxBlock);
      for (let y = x + 1; y < end; y++) {
        if (count === ids.length) {
          const grown = new Float64Array(ids.length * 2);
          grown.set(ids);
          ids = grown;
        }
        const [i, j] = members[x]! < members[y]! ? [members[x]!, members[y]!] : [members[y]!, members[x]!];
        ids[count++] = i * n + j;
      }
    }
  }
  const sorted = ids.subarray(0, count).sort();
  let visited = 0;
  for (let x = 0; x < count; x++) {
    const id = sorted[x]!;
    if (x > 0 && id === sorted[x - 1]) continue;
    visited++;
    visit(Math.floor(id / n), id % n);
  }
  return visited;
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
  const out: MatchPair[] = [];
  for (const [i, j] of candidatePairs(prepared, options.maxBlock)) {
    // The weight first, the words only for pairs reported: most candidate pairs are not.
    if (scoreComparison(compare(prepared[i]!, prepared[j]!), weights, frequencies).probability < min)
      continue;
    const { id: _, ...result } = scorePrepared(prepared[i]!, prepared[j]!, model, weights, frequencies);
    out.push({ first: prepared[i]!.id, second: prepared[j]!.id, firstIndex: i, secondIndex: j, ...result });
  }
  return out.sort(
    (a, b) => b.weight - a.weight || a.firstIndex - b.firstIndex || a.secondIndex - b.secondIndex,
  );
}
