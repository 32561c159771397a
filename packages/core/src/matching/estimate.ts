/**
 * Estimating m and u from the caseload, as Splink does: u from pairs drawn at random (nearly all are two people),
 * m and the share of matches by expectation-maximisation over the blocked candidate pairs, with u held fixed. Pairs
 * are grouped by their comparison vector first, so each iteration costs the number of distinct vectors, not pairs.
 * Both start from the default model's values and are pulled towards them in proportion to how little data there is,
 * so that a tiny caseload still gives a sensible model.
 */
import type { IntakeRecord } from '../records/intake.js';
import { compare, MATCH_FIELDS, MATCH_LEVELS } from './compare.js';
import { defaultMatchModel, type MatchModel } from './model.js';
import { prepareRecord } from './prepare.js';
import { forEachCandidatePair, TermCounts } from './search.js';

/**
 * How `estimateMatchModel` estimates the model from a caseload (expectation–maximisation): sample sizes,
 * iterations, priors and the random seed.
 */
export interface MatchEstimateOptions {
  /** Pairs drawn at random for u (100,000 by default, or all pairs of a small caseload). */
  randomPairs?: number;
  maxIterations?: number;
  /** Stop when no m moves more than this. 1e-4 by default. */
  tolerance?: number;
  /** Weight of the default u values, in random pairs' worth (20,000 by default: rare levels are seldom drawn). */
  priorStrength?: number;
  /** Weight of the default m values in the EM, in matching pairs' worth (50 by default). */
  mPriorStrength?: number;
  /** Seed of the random pairs. */
  seed?: number;
  /** Names shared by fewer records are left out of the model's frequency table (5 by default). */
  minNameCount?: number;
  maxBlock?: number;
}

const LEVEL_BITS = 3;
/** Name levels up to 'fuzzy': the pairs the first training session learns from. */
const NAME_AGREES = MATCH_LEVELS.name.indexOf('fuzzy');

function pack(levels: readonly number[]): number {
  let key = 0;
  for (const l of levels) key = key * (1 << LEVEL_BITS) + l;
  return key;
}

function unpack(key: number): number[] {
  const out: number[] = [];
  for (let f = MATCH_FIELDS.length - 1; f >= 0; f--) {
    out[f] = key % (1 << LEVEL_BITS);
    key = Math.floor(key / (1 << LEVEL_BITS));
  }
  return out;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Level counts per field from weighted comparison vectors, smoothed towards `prior` (m or u). */
function levelShares(
  patterns: Map<number, number>,
  weightOf: (key: number, count: number) => number,
  prior: (field: number, level: number) => number,
  strength: number,
): number[][] {
  const counts = MATCH_FIELDS.map((f) => new Float64Array(MATCH_LEVELS[f].length));
  for (const [key, count] of patterns) {
    const w = weightOf(key, count);
    unpack(key).forEach((level, f) => {
      counts[f]![level]! += w;
    });
  }
  return MATCH_FIELDS.map((field, f) => {
    const levels = MATCH_LEVELS[field].length - 1; // without null
    let total = 0;
    for (let l = 0; l < levels; l++) total += counts[f]![l]!;
    const out: number[] = [];
    for (let l = 0; l < levels; l++) out.push((counts[f]![l]! + strength * prior(f, l)) / (total + strength));
    return out;
  });
}

/**
 * A model estimated from the caseload: u from random pairs, m and λ by expectation-maximisation on blocked pairs,
 * name frequencies (names shared by `minNameCount` records or more). Deterministic for a given seed.
 */
export function estimateMatchModel(
  records: readonly IntakeRecord[],
  options: MatchEstimateOptions = {},
): MatchModel {
  const model = defaultMatchModel();
  const prepared = records.map(prepareRecord);
  const n = prepared.length;
  const strength = options.priorStrength ?? 20_000;
  const mStrength = options.mPriorStrength ?? 50;
  const param = (kind: 'm' | 'u') => (f: number, l: number) => {
    const field = MATCH_FIELDS[f]!;
    return model.fields[field][MATCH_LEVELS[field][l]!]![kind];
  };
  const allPairs = (n * (n - 1)) / 2;

  // u from random pairs.
  const random = mulberry32(options.seed ?? 1);
  const wanted = Math.min(options.randomPairs ?? 100_000, allPairs);
  const randomPatterns = new Map<number, number>();
  for (let k = 0; k < wanted; k++) {
    const i = Math.floor(random() * n);
    let j = Math.floor(random() * (n - 1));
    if (j >= i) j++;
    const key = pack(compare(prepared[i]!, prepared[j]!).levels);
    randomPatterns.set(key, (randomPatterns.get(key) ?? 0) + 1);
  }
  const u = levelShares(randomPatterns, (_, c) => c, param('u'), strength);

  // m by EM in two training sessions, as Splink's: pairs agreeing on names train the other fields, pairs sharing a
  // document number train name and birth. A field that selects (or blocked) the pairs is left out of its own
  // session: it would learn that every match agrees on it. Not pairs sharing a phone: siblings and a shelter share
  // one, and taught that matches often differ in age.
  const byName = new Map<number, number>();
  const byIdentifier = new Map<number, number>();
  const blockedPairs = forEachCandidatePair(
    prepared,
    (i, j) => {
      const levels = compare(prepared[i]!, prepared[j]!).levels;
      const key = pack(levels);
      if (levels[0]! <= NAME_AGREES) byName.set(key, (byName.get(key) ?? 0) + 1);
      if (levels[4] === 0) byIdentifier.set(key, (byIdentifier.get(key) ?? 0) + 1);
    },
    options.maxBlock,
  );
  const settings = { u, prior: param('m'), strength: mStrength, maxIterations: options.maxIterations ?? 25 };
  const tolerance = options.tolerance ?? 1e-4;
  // Name blocks also hold the birth year, and a name says much of the citizenship: none of the three is learnt
  // from them. Pairs sharing a document number teach name, birth and citizenship.
  const a = expectationMaximisation(byName, [0, 1, 3], { ...settings, tolerance });
  const b = expectationMaximisation(byIdentifier, [4], { ...settings, tolerance });
  const m = a.m.map((row, f) => (f <= 1 || f === 3 ? b.m[f]! : row));
  const iterations = a.iterations + b.iterations;
  const converged = a.converged && b.converged;
  // Matches found by the name session, over the share of matches whose names agree: all matches expected.
  const nameAgrees = m[0]!.slice(0, NAME_AGREES + 1).reduce((x, y) => x + y, 0);
  const expectedMatches = a.expected / Math.max(nameAgrees, 0.05);

  MATCH_FIELDS.forEach((field, f) => {
    MATCH_LEVELS[field].slice(0, -1).forEach((level, l) => {
      model.fields[field][level] = { m: m[f]![l]!, u: u[f]![l]! };
    });
  });
  if (a.expected > 0 && allPairs > 0)
    model.prior = Math.min(0.5, Math.max(1e-12, expectedMatches / allPairs));
  const minCount = options.minNameCount ?? 5;
  const terms = new TermCounts();
  for (const p of prepared) terms.add(p);
  const counts: Record<string, number> = {};
  for (const [term, count] of terms.counts) if (count >= minCount) counts[term] = count;
  model.nameFrequencies = { total: n, minCount, counts };
  model.estimated = { records: n, blockedPairs, randomPairs: wanted, iterations, converged };
  return model;
}

interface Session {
  u: number[][];
  prior: (field: number, level: number) => number;
  strength: number;
  maxIterations: number;
  tolerance: number;
}

/** EM over comparison-vector counts with u fixed, leaving out field `skip`; m smoothed towards the prior. */
function expectationMaximisation(patterns: Map<number, number>, skip: readonly number[], s: Session) {
  let m = s.u.map((row, f) => row.map((_, l) => s.prior(f, l)));
  let total = 0;
  for (const c of patterns.values()) total += c;
  let lambda = 0.01; // start from "few pairs match": from 0.5, EM can settle on a class of look-alikes
  let expected = 0;
  let iterations = 0;
  let converged = false;
  const unpacked = [...patterns].map(([key, count]) => [unpack(key), count] as const);
  while (iterations < s.maxIterations && total > 0) {
    iterations++;
    const counts = s.u.map((row) => new Float64Array(row.length));
    const sums = s.u.map(() => 0);
    expected = 0;
    for (const [levels, count] of unpacked) {
      let pm = lambda;
      let pu = 1 - lambda;
      levels.forEach((level, f) => {
        if (skip.includes(f) || level >= m[f]!.length) return;
        pm *= m[f]![level]!;
        pu *= s.u[f]![level]!;
      });
      const w = (pm / (pm + pu)) * count;
      expected += w;
      levels.forEach((level, f) => {
        if (level >= m[f]!.length) return;
        counts[f]![level]! += w;
        sums[f]! += w;
      });
    }
    const next = m.map((row, f) =>
      row.map((_, l) => (counts[f]![l]! + s.strength * s.prior(f, l)) / (sums[f]! + s.strength)),
    );
    const change = Math.max(...next.flatMap((row, f) => row.map((v, l) => Math.abs(v - m[f]![l]!))));
    m = next;
    lambda = Math.min(0.999, Math.max(1e-9, expected / total));
    if (change < s.tolerance) {
      converged = true;
      break;
    }
  }
  return { m, expected, iterations, converged };
}
