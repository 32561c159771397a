/** Scoring pairs: comparison levels, weights with term-frequency adjustment, probability and band. */
import type { IntakeRecord } from '../records/intake.js';
import { compare, MATCH_FIELDS, MATCH_LEVELS, type MatchField } from './compare.js';
import {
  bandOf,
  defaultMatchModel,
  type MatchBand,
  type MatchModel,
  modelFrequencies,
  type NameFrequencies,
  scoreComparison,
  type Weights,
  weightsOf,
} from './model.js';
import { type Prepared, prepareRecord } from './prepare.js';

/** One field's comparison: its level and the weight (bits of evidence, negative against) it adds. */
export interface FieldComparison {
  field: MatchField;
  level: string;
  weight: number;
}

/** How one record compares with another. */
export interface MatchResult {
  /** Id of the other (candidate) record. */
  id: string;
  /** Posterior probability that the two records describe one person. */
  probability: number;
  /** Match weight in bits: log2 of the posterior odds. */
  weight: number;
  band: MatchBand;
  /** Every field, in a fixed order (name, birth, sex, citizenship, document, phone, exploitation). */
  comparisons: FieldComparison[];
}

/** How pairs are scored: the model, the name frequencies and the smallest probability worth reporting. */
export interface ScoreOptions {
  /** The model; the default model when none was estimated. */
  model?: MatchModel;
  /** Name frequencies (an index's live counts); the model's table otherwise. */
  frequencies?: NameFrequencies;
  /** Smallest probability returned; 0 by default (every candidate). */
  minProbability?: number;
}

const weightsCache = new WeakMap<MatchModel, Weights>();
const fallback = defaultMatchModel();

/** The model and its weights (computed once per model object). */
export function resolveModel(model: MatchModel | undefined): { model: MatchModel; weights: Weights } {
  const m = model ?? fallback;
  let weights = weightsCache.get(m);
  if (!weights) {
    weights = weightsOf(m);
    weightsCache.set(m, weights);
  }
  return { model: m, weights };
}

export function scorePrepared(
  a: Prepared,
  b: Prepared,
  model: MatchModel,
  weights: Weights,
  frequencies: NameFrequencies | undefined,
): MatchResult {
  const comparison = compare(a, b);
  const scored = scoreComparison(comparison, weights, frequencies);
  return {
    id: b.id,
    probability: scored.probability,
    weight: scored.weight,
    band: bandOf(scored.probability, model.thresholds),
    comparisons: MATCH_FIELDS.map((field, f) => ({
      field,
      level: MATCH_LEVELS[field][comparison.levels[f]!]!,
      weight: Math.round(scored.fieldWeights[f]! * 100) / 100,
    })),
  };
}

/** Compares two records. */
export function compareRecords(a: IntakeRecord, b: IntakeRecord, options: ScoreOptions = {}): MatchResult {
  const { model, weights } = resolveModel(options.model);
  const frequencies = options.frequencies ?? modelFrequencies(model);
  return scorePrepared(prepareRecord(a), prepareRecord(b), model, weights, frequencies);
}

/**
 * Scores one record against candidate records (those sharing a blocking key, found by the server in SQL), best
 * first. The record itself (same id) is skipped. Never throws on odd records.
 */
export function scoreCandidates(
  record: IntakeRecord,
  candidates: readonly IntakeRecord[],
  options: ScoreOptions = {},
): MatchResult[] {
  const { model, weights } = resolveModel(options.model);
  const frequencies = options.frequencies ?? modelFrequencies(model);
  const p = prepareRecord(record);
  const min = options.minProbability ?? 0;
  const out: MatchResult[] = [];
  for (const candidate of candidates) {
    const c = prepareRecord(candidate);
    if (c.id === p.id && p.id !== '') continue;
    const result = scorePrepared(p, c, model, weights, frequencies);
    if (result.probability >= min) out.push(result);
  }
  return out.sort((x, y) => y.weight - x.weight);
}
