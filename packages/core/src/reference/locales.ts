/** The locales every Homeward text is written in. */
export const LOCALES = ['en', 'fr', 'id', 'zh-Hans', 'km'] as const;
/** A locale Homeward is translated into: `en`, `fr`, `id`, `zh-Hans` or `km`. */
export type Locale = (typeof LOCALES)[number];

/**
 * The supported locale for a BCP 47 tag: `zh`, `zh-CN`, `zh-Hans-SG` → `zh-Hans`; `km-KH` → `km`; `in` (the
 * pre-1989 code for Indonesian) → `id`; anything else unknown → `en`.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  if (!tag) return 'en';
  const lower = tag.toLowerCase();
  const language = lower.split(/[-_]/)[0];
  if (language === 'zh') return 'zh-Hans';
  if (language === 'in') return 'id';
  const match = LOCALES.find((l) => l.toLowerCase() === language);
  return match ?? 'en';
}
