import { resolveLocale } from '../../i18n/locales.js';
import type { MessageCatalog } from '../issues.js';
import { en } from './en.js';

const catalogs: Partial<Record<string, MessageCatalog>> = { en };

/** The validation messages for a BCP 47 tag; unknown locales fall back to English. */
export function messagesFor(locale: string | undefined): MessageCatalog {
  return catalogs[resolveLocale(locale)] ?? en;
}
