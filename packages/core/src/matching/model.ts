/**
 * The Fellegi-Sunter model: for each field and level, m (the probability of that level when the two records are one
 * person) and u (when they are two people); the prior probability that two records drawn at random match; name
 * frequencies for the term-frequency adjustment; the thresholds of the bands. Plain JSON: a server estimates it once
 * from its caseload (`estimateMatchModel`) and stores it.
 */
import { type Comparison, MATCH_FIELDS, MATCH_LEVELS, type MatchField } from './compare.js';

/**
 * What a pair's probability means: one person (`match`), a person should decide (`review`), or two people
 * (`distinct`).
 */
export type MatchBand = 'match' | 'review' | 'distinct';

/**
 * The Fellegi–Sunter parameters of one agreement level: `m`, its probability among pairs of one person, and `u`,
 * among pairs of different people.
 */
export interface LevelParameters {
  m: number;
  u: number;
}

/**
 * A record-linkage model (Fellegi–Sunter): the prior, each field's m and u per level, name frequencies and the
 * thresholds of the bands. Serialisable as JSON.
 */
export interface MatchModel {
  version: 1;
  /** λ: the probability that two records drawn at random describe one person. */
  prior: number;
  /** m and u per field and level (the `null` level carries no evidence and is not listed). */
  fields: { [F in MatchField]: Record<string, LevelParameters> };
  /**
   * How many records carry each name skeleton. Only names at least `minCount` records share are kept (a rare name
   * is not written into the model); a name not listed counts as `minCount / 2`.
   */
  nameFrequencies: { total: number; minCount: number; counts: Record<string, number> };
  /** Probabilities from which a pair is a 'match' or needs 'review'. */
  thresholds: { match: number; review: number };
  /** How the model was estimated, for the record. */
  estimated?: {
    records: number;
    blockedPairs: number;
    randomPairs: number;
    iterations: number;
    converged: boolean;
  };
}

/** How often a name occurs: the model's table, or an index's live counts. */
export interface NameFrequencies {
  /** How many records the counts are of. */
  total: number;
  /** How many records carry the name skeleton `term`. */
  count(term: string): number;
}

/**
 * Default thresholds (from bench/matching.bench.ts, 105,939 labelled records, 2026-12-06): from 0.8 a pair is shown
 * as the same person (recall 0.973, precision 0.992 there; the best F1, 0.982, with 0.7; 0.95 gives 0.956 / 0.996),
 * from 0.2 it is queued for review (recall 0.984 of pairs at match or review). Re-choose after each bench run.
 */
export const DEFAULT_THRESHOLDS = { match: 0.8, review: 0.2 } as const;

const DEFAULT_FIELDS: MatchModel['fields'] = {
  name: {
    exact: { m: 0.55, u: 0.0005 },
    transliteration: { m: 0.2, u: 0.0002 },
    spelling: { m: 0.12, u: 0.0005 },
    typo: { m: 0.1, u: 0.001 },
    partial: { m: 0.05, u: 0.003 },
    fuzzy: { m: 0.05, u: 0.01 },
    different: { m: 0.03, u: 0.9848 },
  },
  birth: {
    exact: { m: 0.45, u: 0.0001 },
    swapped: { m: 0.02, u: 0.00001 },
    typo: { m: 0.03, u: 0.0005 },
    year: { m: 0.02, u: 0.005 },
    age: { m: 0.4, u: 0.08 },
    band: { m: 0.06, u: 0.1 },
    different: { m: 0.02, u: 0.81389 },
  },
  sex: { same: { m: 0.97, u: 0.5 }, different: { m: 0.03, u: 0.5 } },
  citizenship: { same: { m: 0.98, u: 0.25 }, different: { m: 0.02, u: 0.75 } },
  document: {
    exact: { m: 0.8, u: 0.000001 },
    typo: { m: 0.1, u: 0.00003 },
    different: { m: 0.1, u: 0.999989 },
  },
  phone: {
    exact: { m: 0.75, u: 0.000001 },
    suffix: { m: 0.05, u: 0.00001 },
    different: { m: 0.2, u: 0.999989 },
  },
  exploitation: {
    dates: { m: 0.45, u: 0.0001 },
    date: { m: 0.15, u: 0.003 },
    later: { m: 0.01, u: 0.01 },
    place: { m: 0.2, u: 0.1 },
    different: { m: 0.19, u: 0.8869 },
  },
};

/**
 * A model with prior knowledge only, for a caseload too small to estimate from (λ = 1e-4: a few hundred records
 * with a few registered twice).
 */
export function defaultMatchModel(): MatchModel {
  return {
    version: 1,
    prior: 1e-4,
    fields: JSON.parse(JSON.stringify(DEFAULT_FIELDS)),
    nameFrequencies: { total: 0, minCount: 5, counts: {} },
    thresholds: { ...DEFAULT_THRESHOLDS },
  };
}

/**
 * Weights a re-trafficked person must not lose by: registered after a later release, they tell of another
 * compound and other dates ('later': one story begins after the other registration). It counts for at most this
 * many bits against; dates that conflict within one period count in full.
 */
const FLOORS: Partial<Record<string, number>> = { 'exploitation.later': -1 };

/**
 * Weights a shared phone may not exceed: families, an office or a shelter share one number, so agreeing on it is
 * not independent of the rest (the Fellegi-Sunter assumption) and must not outweigh different names and ages.
 */
const CEILINGS: Partial<Record<MatchField, number>> = { phone: 8 };

/** Levels whose weight the name's frequency adjusts (Splink's term-frequency adjustment, weight 1). */
const TF_LEVELS = 3;

export interface Weights {
  /** log2 of m/u per field, per level index (0 for `null`). */
  table: Float64Array[];
  /** log2 of the prior odds. */
  prior: number;
  /** u summed over the name levels that the term frequency adjusts. */
  nameU: number;
}

/** The model's weights, computed once per model. */
export function weightsOf(model: MatchModel): Weights {
  const table = MATCH_FIELDS.map((field) => {
    const levels = MATCH_LEVELS[field];
    const row = new Float64Array(levels.length);
    levels.forEach((level, i) => {
      const p = model.fields[field]?.[level];
      if (!p || level === 'null') return;
      const w = Math.log2(Math.max(p.m, 1e-9) / Math.max(p.u, 1e-9));
      row[i] = Math.min(Math.max(w, FLOORS[`${field}.${level}`] ?? -Infinity), CEILINGS[field] ?? Infinity);
    });
    return row;
  });
  const prior = Math.min(Math.max(model.prior, 1e-12), 0.5);
  let nameU = 0;
  for (const level of MATCH_LEVELS.name.slice(0, TF_LEVELS)) nameU += model.fields.name[level]?.u ?? 0;
  return { table, prior: Math.log2(prior / (1 - prior)), nameU };
}

/** The model's name table as NameFrequencies. */
export function modelFrequencies(model: MatchModel): NameFrequencies {
  const { total, minCount, counts } = model.nameFrequencies;
  return { total, count: (term) => counts[term] ?? minCount / 2 };
}

export interface ScoredComparison {
  /** Total match weight in bits (log2 of the posterior odds). */
  weight: number;
  probability: number;
  /** Weight per field, term-frequency adjustment included in the name's. */
  fieldWeights: number[];
}

/** Match weight and probability of one comparison. */
export function scoreComparison(
  comparison: Comparison,
  weights: Weights,
  frequencies: NameFrequencies | undefined,
): ScoredComparison {
  const fieldWeights = comparison.levels.map((level, f) => weights.table[f]![level] ?? 0);
  const nameLevel = comparison.levels[0]!;
  if (nameLevel < TF_LEVELS && comparison.nameTerm && frequencies && frequencies.total > 0) {
    const tf = Math.max(frequencies.count(comparison.nameTerm), 1) / frequencies.total;
    fieldWeights[0]! += Math.log2(weights.nameU / tf);
  }
  let weight = weights.prior;
  for (const w of fieldWeights) weight += w;
  return { weight, probability: 1 / (1 + 2 ** -weight), fieldWeights };
}

/** The match weight alone (as `scoreComparison`'s), without allocating: for screening many pairs. */
export function comparisonWeight(
  comparison: Comparison,
  weights: Weights,
  frequencies: NameFrequencies | undefined,
): number {
  const levels = comparison.levels;
  let weight = weights.prior;
  for (let f = 0; f < levels.length; f++) weight += weights.table[f]![levels[f]!] ?? 0;
  const nameLevel = levels[0]!;
  if (nameLevel < TF_LEVELS && comparison.nameTerm && frequencies && frequencies.total > 0) {
    const tf = Math.max(frequencies.count(comparison.nameTerm), 1) / frequencies.total;
    weight += Math.log2(weights.nameU / tf);
  }
  return weight;
}

/** The band of a match probability under the model's thresholds: `match`, `review` or `distinct`. */
export function bandOf(probability: number, thresholds: MatchModel['thresholds']): MatchBand {
  return probability >= thresholds.match ? 'match' : probability >= thresholds.review ? 'review' : 'distinct';
}
