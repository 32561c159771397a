import type { MessageCatalog } from '../issues.js';
import { en } from './en.js';

const catalogs: Record<string, MessageCatalog> = { en };

/** The catalogue for a BCP 47 tag: exact match, then its language, then English. */
export function messagesFor(locale: string | undefined): MessageCatalog {
  if (!locale) return en;
  return catalogs[locale] ?? catalogs[locale.split('-')[0]!] ?? en;
}
