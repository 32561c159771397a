import { LOCALES } from '@homeward/core';
import { expect, it } from 'vitest';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/**
 * The checks every UI catalogue passes: in each locale every English key is translated, keeps English's
 * placeholders, and is not left as an English copy. Call inside a `describe`.
 */
export function itTranslatesEveryKey<Key extends string>(
  en: Record<Key, string>,
  load: (locale: (typeof LOCALES)[number]) => Promise<Record<Key, string>>,
) {
  for (const locale of LOCALES) {
    it(`${locale}: every key translated, with the same placeholders as English`, async () => {
      const strings = await load(locale);
      expect(Object.keys(strings).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries<string>(strings)) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(en[key as Key]));
      }
    });
  }

  it('translations are not English copies', async () => {
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const strings = await load(locale);
      const same = (Object.keys(en) as Key[]).filter((k) => strings[k] === en[k]);
      expect(same, locale).toEqual([]);
    }
  });
}
