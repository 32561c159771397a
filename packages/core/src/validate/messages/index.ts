import { type Locale, resolveLocale } from '../../i18n/locales.js';
import type { MessageCatalog } from '../issues.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { id } from './id.js';
import { km } from './km.js';
import { zhHans } from './zh-Hans.js';

// All five are bundled statically: together they are a few KB gzipped (see scripts/size.mjs), and a validator that
// must answer synchronously cannot wait for a chunk to load.
const catalogs: Record<Locale, MessageCatalog> = { en, fr, id, 'zh-Hans': zhHans, km };

/** The validation messages for a BCP 47 tag; unknown locales fall back to English. */
export function messagesFor(locale: string | undefined): MessageCatalog {
  return catalogs[resolveLocale(locale)];
}
