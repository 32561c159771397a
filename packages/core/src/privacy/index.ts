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
export { canonicalName, jaroWinkler, nameSkeleton, nameTokens, spellingSkeleton } from './names.js';
export {
  type PseudonymKey,
  pseudonymInput,
  pseudonymise,
  pseudonymKey,
} from './pseudonymise.js';
export {
  partnerSharingAllowed,
  REDACTION_PROFILES,
  type Redacted,
  type RedactionProfile,
  type RedactOptions,
  redact,
} from './redact.js';
export { cumulativeShown, DEFAULT_K, type SuppressOptions, suppress } from './suppress.js';
