import { type Locale, resolveLocale } from '../../reference/locales.js';
import type { MessageCatalog } from '../issues.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { id } from './id.js';
import { km } from './km.js';
import { zhHans } from './zh-Hans.js';

/** Every locale's validation messages, for servers and tools where bundle size does not matter. */
export const allMessages: Readonly<Record<Locale, MessageCatalog>> = { en, fr, id, 'zh-Hans': zhHans, km };

/** The validation messages for a BCP 47 tag, every locale built in; unknown locales fall back to English. */
export function messagesFor(locale: string | undefined): MessageCatalog {
  return allMessages[resolveLocale(locale)];
}
