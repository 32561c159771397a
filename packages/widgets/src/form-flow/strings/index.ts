import {
  type LabelCatalog,
  type Locale,
  loadIncidentLabels,
  loadIntakeLabels,
  resolveLocale,
} from '@homeward/core';
import { en, type FlowStrings } from './en.js';

export type { FlowKey, FlowStrings } from './en.js';

/** One chunk per locale, loaded on demand; English is static, the fallback while another loads. */
const loaders: Record<Locale, () => Promise<FlowStrings>> = {
  en: async () => en,
  fr: async () => (await import('./fr.js')).fr,
  id: async () => (await import('./id.js')).id,
  'zh-Hans': async () => (await import('./zh-Hans.js')).zhHans,
  km: async () => (await import('./km.js')).km,
};

/**
 * Core's labels of one record and the flow's strings, as one catalogue for `LocalizeController`. A chunk of flow
 * strings that fails to load falls back to English.
 */
async function withFlowStrings(
  locale: Locale,
  recordLabels: (locale: Locale) => Promise<LabelCatalog>,
): Promise<Readonly<Record<string, string>>> {
  const resolved = resolveLocale(locale);
  const [labels, strings] = await Promise.all([recordLabels(resolved), loaders[resolved]().catch(() => en)]);
  return { ...labels, ...strings };
}

/**
 * The intake form's catalogue: core's intake labels and the flow's strings. One function for every intake form on
 * the page, so the controller's cache holds it once; the incident form's labels are never loaded with it.
 */
export function loadIntakeFlowLabels(locale: Locale): Promise<Readonly<Record<string, string>>> {
  return withFlowStrings(locale, loadIntakeLabels);
}

/** The incident form's catalogue: core's incident labels and the flow's strings. */
export function loadIncidentFlowLabels(locale: Locale): Promise<Readonly<Record<string, string>>> {
  return withFlowStrings(locale, loadIncidentLabels);
}
