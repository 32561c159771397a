/**
 * Every closed vocabulary by the name of its constant, so that the field registry, statistics and label keys can name a
 * vocabulary (`SEXES`) instead of matching value sets. Reference data: labels build on it, not the other way round.
 */
import { AGE_BANDS } from './age-bands.js';
import { TRI_STATE } from './ilo-indicators.js';
import {
  CASE_STATUSES,
  CHANNELS,
  CONSENT_PURPOSES,
  COORDINATE_PRECISIONS,
  DATE_PRECISIONS,
  DEPARTURE_MODES,
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  INCIDENT_OUTCOMES,
  INCIDENT_TYPES,
  MESSAGING_PLATFORMS,
  NEEDS,
  PLATFORMS,
  RECRUITER_RELATIONS,
  RECRUITMENT_CONSENT,
  RECRUITMENT_METHODS,
  SCAM_TYPES,
  SEXES,
  SOURCE_KINDS,
  VERIFICATION_METHODS,
  VERIFICATION_STATUSES,
  WAGE_PERIODS,
} from './vocabularies.js';

/** Every closed vocabulary with option labels, by the name of its constant: `option.<NAME>.<value>`. */
export const VOCABULARIES = {
  SCAM_TYPES,
  CHANNELS,
  SEXES,
  DOCUMENT_TYPES,
  DOCUMENT_STATUSES,
  RECRUITMENT_METHODS,
  PLATFORMS,
  RECRUITMENT_CONSENT,
  RECRUITER_RELATIONS,
  WAGE_PERIODS,
  DEPARTURE_MODES,
  NEEDS,
  CONSENT_PURPOSES,
  CASE_STATUSES,
  INCIDENT_TYPES,
  DATE_PRECISIONS,
  COORDINATE_PRECISIONS,
  INCIDENT_OUTCOMES,
  SOURCE_KINDS,
  VERIFICATION_STATUSES,
  VERIFICATION_METHODS,
  MESSAGING_PLATFORMS,
  TRI_STATE,
  AGE_BANDS,
} as const;

/** The name of a closed vocabulary (`SEXES`, `SCAM_TYPES`...): its options have labels in every locale. */
export type VocabularyName = keyof typeof VOCABULARIES;
/** One value of the vocabulary `V` (`'female'` for `SEXES`). */
export type VocabularyValue<V extends VocabularyName> = (typeof VOCABULARIES)[V][number];
