import { LOCALES } from '@homeward/core';
import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { loadStaffLabels, loadStaffStrings } from './index.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('staff strings', () => {
  for (const locale of LOCALES) {
    it(`${locale}: every key translated, with the same placeholders as English`, async () => {
      const strings = await loadStaffStrings(locale);
      expect(Object.keys(strings).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(strings)) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(en[key as keyof typeof en]));
      }
    });
  }

  it('translations are not English copies', async () => {
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const strings = await loadStaffStrings(locale);
      const same = Object.keys(en).filter((k) => strings[k as keyof typeof en] === en[k as keyof typeof en]);
      expect(same, locale).toEqual([]);
    }
  });

  it('the catalogue carries core’s status labels in the locale', async () => {
    const fr = await loadStaffLabels('fr');
    expect(fr['option.CASE_STATUSES.documents_issued']).toBeTruthy();
    expect(fr['option.CASE_STATUSES.documents_issued']).not.toBe('Documents issued');
    expect(fr['staff.signIn.submit']).toBe('Se connecter');
  });
});
