import { type Locale, resolveLocale } from '../../reference/locales.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { id } from './id.js';
import { km } from './km.js';
import type { MatchMessages } from './types.js';
import { zhHans } from './zh-Hans.js';

export type { MatchMessageKey, MatchMessages } from './types.js';

/** Every locale's explanation phrases (small: a few dozen short phrases each; staff screens need them all). */
export const matchMessages: Readonly<Record<Locale, MatchMessages>> = { en, fr, id, 'zh-Hans': zhHans, km };

/** The explanation phrases for a BCP 47 tag; unknown locales fall back to English. */
export function matchMessagesFor(locale: string | undefined): MatchMessages {
  return matchMessages[resolveLocale(locale)];
}
