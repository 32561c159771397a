export { blockingKeys } from './blocking.js';
export { MATCH_FIELDS, MATCH_LEVELS, type MatchField, type MatchLevel } from './compare.js';
export { estimateMatchModel, type MatchEstimateOptions } from './estimate.js';
export { explainMatch } from './explain.js';
export { type MatchFields, matchFieldsOf } from './fields.js';
export {
  type MatchMessageKey,
  type MatchMessages,
  matchMessages,
  matchMessagesFor,
} from './messages/index.js';
export {
  bandOf,
  DEFAULT_THRESHOLDS,
  defaultMatchModel,
  type LevelParameters,
  type MatchBand,
  type MatchModel,
  type NameFrequencies,
} from './model.js';
export { normalisePhone } from './phones.js';
export {
  compareRecords,
  type FieldComparison,
  type MatchResult,
  type ScoreOptions,
  scoreCandidates,
} from './score.js';
export {
  DEFAULT_MAX_BLOCK,
  type FindMatchesOptions,
  findMatches,
  MatchIndex,
  type MatchIndexOptions,
  type MatchPair,
} from './search.js';
