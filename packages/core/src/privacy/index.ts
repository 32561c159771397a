export { alignedWindow, type BinnedOptions, type BinnedQuery, binInterval, publishBinned } from './bins.js';
export { cellKey, mix32, scopeSum, type TableKeys, tableKeys } from './cell-key.js';
export {
  type DuplicateOptions,
  type DuplicatePair,
  type DuplicateReason,
  duplicateCandidates,
  findDuplicates,
} from './duplicates.js';
export {
  type KAnonymityOptions,
  type KAnonymityResult,
  kAnonymity,
  type RecordAtRisk,
} from './k-anonymity.js';
export {
  countByGroups,
  countByKeyed,
  type KeyedTable,
  type RecordGroup,
  timeSeriesGroups,
  timeSeriesKeyed,
} from './keyed.js';
export { canonicalName, jaroWinkler, nameSkeleton, nameTokens, spellingSkeleton } from './names.js';
export { type PerturbOptions, perturb, perturbationOf, perturbCount } from './perturb.js';
export { coarsenMeasure, type MeasureOptions } from './perturb-measures.js';
export {
  type PseudonymKey,
  pseudonymInput,
  pseudonymise,
  pseudonymKey,
  type WebCryptoKey,
} from './pseudonymise.js';
export {
  cellKeyPTable,
  DEFAULT_PTABLE,
  DEFAULT_PTABLE_WEIGHTS,
  type PTable,
  type PTableOptions,
  type PTableRow,
  ptableChange,
  ptableRow,
  publishedValues,
} from './ptable.js';
export { addKeys, RECORD_KEY_BITS, RECORD_KEY_MODULUS, recordKey, recordKeys } from './record-key.js';
export {
  partnerSharingAllowed,
  REDACTION_PROFILES,
  type Redacted,
  type RedactionProfile,
  type RedactOptions,
  redact,
} from './redact.js';
export { cumulativeShown, DEFAULT_K, type SuppressOptions, suppress } from './suppress.js';
export { keyedSum, type PublishedValues, valuesKeyOffset } from './values-key.js';
