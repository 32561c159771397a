import { type Locale, resolveLocale } from '../../reference/locales.js';
import type { MessageCatalog } from '../issues.js';
import { en } from './en.js';

// English is built in; the other locales are loaded on demand (`loadMessages`), so a form in one language does not
// carry the other four. The package root's validators have all five built in (see all-locales.ts).
const loaded = new Map<Locale, MessageCatalog>([['en', en]]);

function importMessages(locale: Locale): Promise<MessageCatalog> {
  switch (locale) {
    case 'fr':
      return import('./fr.js').then((m) => m.fr);
    case 'id':
      return import('./id.js').then((m) => m.id);
    case 'zh-Hans':
      return import('./zh-Hans.js').then((m) => m.zhHans);
    case 'km':
      return import('./km.js').then((m) => m.km);
    default:
      return Promise.resolve(en);
  }
}

/**
 * The validation messages for a BCP 47 tag, if loaded (English always is); otherwise English. In the
 * `@homeward/core/validate` entry call `loadMessages(locale)` first; the package root knows every locale.
 */
export function messagesFor(locale: string | undefined): MessageCatalog {
  return loaded.get(resolveLocale(locale)) ?? en;
}

/** Loads a locale's validation messages, after which `messagesFor` and the validators answer in it. */
export async function loadMessages(locale: string | undefined): Promise<MessageCatalog> {
  const resolved = resolveLocale(locale);
  const known = loaded.get(resolved);
  if (known) return known;
  const catalog = await importMessages(resolved);
  loaded.set(resolved, catalog);
  return catalog;
}
