import type { Locale } from '@homeward/core';
import { en, type UiStrings } from './en.js';

export type { UiKey, UiStrings } from './en.js';
export { en as uiEn };

/**
 * One dynamic import per locale, so a bundler splits each into its own chunk and a page loads only the locale it
 * shows. English stays static: it is the fallback while another locale loads.
 */
const loaders: Record<Locale, () => Promise<UiStrings>> = {
  en: async () => en,
  fr: async () => (await import('./fr.js')).fr,
  id: async () => (await import('./id.js')).id,
  'zh-Hans': async () => (await import('./zh-Hans.js')).zhHans,
  km: async () => (await import('./km.js')).km,
};

const loaded = new Map<Locale, UiStrings>([['en', en]]);
const pending = new Map<Locale, Promise<UiStrings>>();

/** The UI strings for a locale if already loaded (synchronous, so an element renders them on its first pass). */
export function uiStringsIfLoaded(locale: Locale): UiStrings | undefined {
  return loaded.get(locale);
}

/** Loads a locale's UI strings once; a failed load (offline, chunk missing) falls back to English. */
export function loadUiStrings(locale: Locale): Promise<UiStrings> {
  const done = loaded.get(locale);
  if (done) return Promise.resolve(done);
  let promise = pending.get(locale);
  if (!promise) {
    promise = loaders[locale]()
      .then((strings) => {
        loaded.set(locale, strings);
        return strings;
      })
      .catch(() => en)
      .finally(() => pending.delete(locale));
    pending.set(locale, promise);
  }
  return promise;
}
