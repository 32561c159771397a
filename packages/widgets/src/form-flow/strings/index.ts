import { type Locale, loadLabels, resolveLocale } from '@homeward/core';
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
 * Core's labels and the flow's strings of a locale, as one catalogue for `LocalizeController` (one function, so the
 * controller's cache holds it once for every form on the page). A chunk that fails to load falls back to English.
 */
export async function loadFlowLabels(locale: Locale): Promise<Readonly<Record<string, string>>> {
  const resolved = resolveLocale(locale);
  const [labels, strings] = await Promise.all([loadLabels(resolved), loaders[resolved]().catch(() => en)]);
  return { ...labels, ...strings };
}
