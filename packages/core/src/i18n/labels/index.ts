import { LOCALES, type Locale, resolveLocale } from '../locales.js';
import { en } from './en.js';
import type { LabelCatalog } from './types.js';

export * from './keys.js';
export type { LabelCatalog } from './types.js';
/** English labels, synchronously: the fallback while another locale loads. */
export { en as labelsEn };

/**
 * The labels for a BCP 47 tag (`zh-CN` → zh-Hans, `km-KH` → km, `in` → id; unknown → English). Each locale is a
 * separate dynamic import, so a bundler puts it in its own chunk and a page downloads only the language it shows.
 */
export async function loadLabels(locale: string): Promise<LabelCatalog> {
  switch (resolveLocale(locale)) {
    case 'fr':
      return (await import('./fr.js')).fr;
    case 'id':
      return (await import('./id.js')).id;
    case 'zh-Hans':
      return (await import('./zh-Hans.js')).zhHans;
    case 'km':
      return (await import('./km.js')).km;
    default:
      return en;
  }
}

/** Every locale's labels at once, e.g. for an XLSForm with one label column per language. */
export async function allLabels(): Promise<Record<Locale, LabelCatalog>> {
  const catalogs = await Promise.all(LOCALES.map((locale) => loadLabels(locale)));
  return Object.fromEntries(LOCALES.map((locale, i) => [locale, catalogs[i]])) as Record<
    Locale,
    LabelCatalog
  >;
}
