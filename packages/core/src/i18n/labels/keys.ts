/**
 * Every key of the label catalogues is built here, so that forms, exports and tests never hand-build one.
 * Field keys come from the field catalogue (`labelKey` / `helpKey` in records/catalog.ts).
 */
import type { IloIndicator } from '../../reference/ilo-indicators.js';
import type { CONSENT_PURPOSES } from '../../reference/vocabularies.js';
import { VOCABULARIES, type VocabularyName, type VocabularyValue } from '../../reference/vocabulary-names.js';

export { VOCABULARIES, type VocabularyName, type VocabularyValue };

/** The label key of one option: `optionKey('SCAM_TYPES', 'romance')` → `option.SCAM_TYPES.romance`. */
export function optionKey<V extends VocabularyName>(vocabulary: V, value: VocabularyValue<V>): string {
  return `option.${vocabulary}.${value}`;
}

/** The steps of the two forms, in order. Each has a title and an intro in every locale. */
export const INTAKE_STEPS = [
  'consent',
  'about-you',
  'documents',
  'recruitment',
  'exploitation',
  'departure',
  'indicators',
  'needs',
  'check-answers',
] as const;
/** The steps of the incident form, in order (their titles are label keys `step.incident.<step>.title`). */
export const INCIDENT_STEPS = ['what-happened', 'where', 'people', 'sources', 'check-answers'] as const;
/** One step of the intake form. */
export type IntakeStep = (typeof INTAKE_STEPS)[number];
/** One step of the incident form. */
export type IncidentStep = (typeof INCIDENT_STEPS)[number];

/** `stepKey('intake', 'about-you', 'title')` → `step.intake.about-you.title`. */
export function stepKey(form: 'intake', step: IntakeStep, part: 'title' | 'intro'): string;
export function stepKey(form: 'incident', step: IncidentStep, part: 'title' | 'intro'): string;
export function stepKey(form: string, step: string, part: 'title' | 'intro'): string {
  return `step.${form}.${step}.${part}`;
}

/** An ILO indicator's name (`short`) or the plain question that asks about it (`long`). */
export function iloKey(indicator: IloIndicator, part: 'short' | 'long'): string {
  return `ilo.${indicator}.${part}`;
}

/** A consent purpose's question, or its explanation (what it means, that it can be withdrawn). */
export function consentKey(purpose: (typeof CONSENT_PURPOSES)[number], part: 'question' | 'explain'): string {
  return `consent.${purpose}.${part}`;
}
