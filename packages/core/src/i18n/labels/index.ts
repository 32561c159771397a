import { LOCALES, type Locale, resolveLocale } from '../locales.js';
import { en as incidentEn } from './incident/en.js';
import { en as intakeEn } from './intake/en.js';
import type { LabelCatalog } from './types.js';

export * from './keys.js';
export type { LabelCatalog } from './types.js';

/**
 * The catalogue comes in two parts, one per record, so that a page with one form downloads only that form's labels:
 * `intake` (its fields, steps, ILO indicators, consent purposes and vocabularies) and `incident` (its fields, steps
 * and vocabularies). Each part of each locale is a separate dynamic import, so a bundler puts it in its own chunk.
 */
export type LabelPart = 'intake' | 'incident';

/** The intake record's labels (fields, steps, ILO indicators, consent, options) in a locale; English synchronously. */
export async function loadIntakeLabels(locale: string): Promise<LabelCatalog> {
  switch (resolveLocale(locale)) {
    case 'fr':
      return (await import('./intake/fr.js')).fr;
    case 'id':
      return (await import('./intake/id.js')).id;
    case 'zh-Hans':
      return (await import('./intake/zh-Hans.js')).zhHans;
    case 'km':
      return (await import('./intake/km.js')).km;
    default:
      return intakeEn;
  }
}

/** The incident record's labels (fields, steps, options) in a locale. */
export async function loadIncidentLabels(locale: string): Promise<LabelCatalog> {
  switch (resolveLocale(locale)) {
    case 'fr':
      return (await import('./incident/fr.js')).fr;
    case 'id':
      return (await import('./incident/id.js')).id;
    case 'zh-Hans':
      return (await import('./incident/zh-Hans.js')).zhHans;
    case 'km':
      return (await import('./incident/km.js')).km;
    default:
      return incidentEn;
  }
}

const merge = (intake: LabelCatalog, incident: LabelCatalog): LabelCatalog => ({ ...intake, ...incident });

/** Every English label, synchronously: the fallback while another locale loads. */
export const labelsEn: LabelCatalog = /* @__PURE__ */ merge(intakeEn, incidentEn);

/** Both parts of each locale loaded so far, merged once: the same object every time (callers cache by identity). */
const whole = new Map<Locale, Promise<LabelCatalog>>();

/**
 * Every label of a BCP 47 tag's locale, both records (`zh-CN` → zh-Hans, `km-KH` → km, `in` → id; unknown →
 * English): for exports, reports and charts. A form loads only its own part.
 */
export function loadLabels(locale: string): Promise<LabelCatalog> {
  const resolved = resolveLocale(locale);
  if (resolved === 'en') return Promise.resolve(labelsEn);
  let loading = whole.get(resolved);
  if (!loading) {
    loading = Promise.all([loadIntakeLabels(resolved), loadIncidentLabels(resolved)]).then(
      ([intake, incident]) => merge(intake, incident),
    );
    // A chunk that failed to load (offline) is tried again next time.
    loading.catch(() => whole.delete(resolved));
    whole.set(resolved, loading);
  }
  return loading;
}

/** Every locale's labels at once, e.g. for an XLSForm with one label column per language. */
export async function allLabels(): Promise<Record<Locale, LabelCatalog>> {
  const catalogs = await Promise.all(LOCALES.map((locale) => loadLabels(locale)));
  return Object.fromEntries(LOCALES.map((locale, i) => [locale, catalogs[i]])) as Record<
    Locale,
    LabelCatalog
  >;
}
