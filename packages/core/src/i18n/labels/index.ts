import { LOCALES, type Locale, resolveLocale } from '../../reference/locales.js';
import { en as incidentEn } from './incident/en.js';
import { en as intakeEn } from './intake/en.js';
import { en as recordsEn } from './records/en.js';
import type { LabelCatalog } from './types.js';

export * from './keys.js';
export type { LabelCatalog } from './types.js';

/*
 * The catalogue comes in three parts, so that a page with one form downloads only what that form shows:
 * - `intake`: what <hw-intake-form> shows (its questions, help texts, options, steps, ILO indicators, consent);
 * - `incident`: what <hw-incident-form> shows;
 * - `records`: what no form asks but exports, reports and charts name: each record's reference and format version,
 *   registration office, channel and date, case status, child protection, consent dates, the linked incident, and
 *   the options of the channels, case statuses and needs.
 * Each part of each locale is a separate dynamic import, so a bundler puts it in its own chunk.
 */

/** The labels the intake form shows, in a locale (BCP 47 tag, resolved as `loadLabels`); English synchronously. */
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

/** The labels the incident form shows, in a locale. */
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

/** The labels no form shows (record metadata, case management), in a locale. */
export async function loadRecordLabels(locale: string): Promise<LabelCatalog> {
  switch (resolveLocale(locale)) {
    case 'fr':
      return (await import('./records/fr.js')).fr;
    case 'id':
      return (await import('./records/id.js')).id;
    case 'zh-Hans':
      return (await import('./records/zh-Hans.js')).zhHans;
    case 'km':
      return (await import('./records/km.js')).km;
    default:
      return recordsEn;
  }
}

const merge = (...parts: LabelCatalog[]): LabelCatalog => Object.assign({}, ...parts);

/** Every English label, synchronously: the fallback while another locale loads. */
export const labelsEn: LabelCatalog = /* @__PURE__ */ merge(intakeEn, incidentEn, recordsEn);

/** Every part of each locale loaded so far, merged once: the same object every time (callers cache by identity). */
const whole = new Map<Locale, Promise<LabelCatalog>>();

/**
 * Every label of a BCP 47 tag's locale, all three parts (`zh-CN` → zh-Hans, `km-KH` → km, `in` → id; unknown →
 * English): for exports, reports and charts. A form loads only what it shows.
 */
export function loadLabels(locale: string): Promise<LabelCatalog> {
  const resolved = resolveLocale(locale);
  if (resolved === 'en') return Promise.resolve(labelsEn);
  let loading = whole.get(resolved);
  if (!loading) {
    loading = Promise.all([
      loadIntakeLabels(resolved),
      loadIncidentLabels(resolved),
      loadRecordLabels(resolved),
    ]).then((parts) => merge(...parts));
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
