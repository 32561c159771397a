import {
  type LabelCatalog,
  type Locale,
  loadIncidentLabels,
  loadIntakeLabels,
  loadProvinceNames,
  resolveLocale,
} from '@homeward/core';
import { en, enIncidentItems, enIntakeItems, type FlowStrings } from './en.js';

export type { FlowKey, FlowStrings } from './en.js';

/**
 * One chunk per locale, loaded on demand (with both forms' items: a few words). English is static, the fallback
 * while another loads, and each form brings its own items' English (`english`).
 */
type English = Readonly<Record<string, string>>;
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<FlowStrings>> = {
  fr: async () => (await import('./fr.js')).fr,
  id: async () => (await import('./id.js')).id,
  'zh-Hans': async () => (await import('./zh-Hans.js')).zhHans,
  km: async () => (await import('./km.js')).km,
};

/** A Cambodian province's name in the flow's catalogue, where the locale writes it in its own script. */
export const provinceKey = (code: string): string => `province.${code}`;

/**
 * Core's labels of one record, the flow's strings and the province names of the locale's script, as one catalogue
 * for `LocalizeController`. A chunk of flow strings or names that fails to load falls back to English or the
 * romanised names.
 */
async function withFlowStrings(
  locale: Locale,
  recordLabels: (locale: Locale) => Promise<LabelCatalog>,
  items: English,
): Promise<Readonly<Record<string, string>>> {
  const resolved = resolveLocale(locale);
  const english: English = { ...en, ...items };
  const [labels, strings, provinces] = await Promise.all([
    recordLabels(resolved),
    resolved === 'en' ? english : loaders[resolved]().catch(() => english),
    loadProvinceNames(resolved).catch(() => undefined),
  ]);
  const names = Object.entries(provinces ?? {}).map(([code, name]) => [provinceKey(code), name]);
  return { ...labels, ...strings, ...Object.fromEntries(names) };
}

/**
 * The intake form's catalogue: core's intake labels and the flow's strings. One function for every intake form on
 * the page, so the controller's cache holds it once; the incident form's labels are never loaded with it.
 */
export function loadIntakeFlowLabels(locale: Locale): Promise<Readonly<Record<string, string>>> {
  return withFlowStrings(locale, loadIntakeLabels, enIntakeItems);
}

/** The incident form's catalogue: core's incident labels and the flow's strings. */
export function loadIncidentFlowLabels(locale: Locale): Promise<Readonly<Record<string, string>>> {
  return withFlowStrings(locale, loadIncidentLabels, enIncidentItems);
}
