import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, CURRENCY_CODES, isCountryCode, isCurrencyCode } from '../src/index.js';
import {
  letterPairs,
  letterTriples,
  packLetterPairs,
  packLetterTriples,
} from '../src/reference/code-packing.js';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as { getAlpha2Codes(): Record<string, string> };

describe('ISO code lists (packed for the browser)', () => {
  it('unpacks to every ISO 3166-1 alpha-2 code of its source, sorted, each once', () => {
    expect(COUNTRY_CODES).toEqual(Object.keys(countries.getAlpha2Codes()).sort());
    expect(COUNTRY_CODES).toEqual(expect.arrayContaining(['KH', 'ID', 'CN', 'MM', 'TH', 'VN', 'XK']));
    for (const code of ['KH', 'ZW', 'AD']) expect(isCountryCode(code)).toBe(true);
    for (const code of ['ZZ', 'kh', 'KHM', '']) expect(isCountryCode(code)).toBe(false);
  });

  it('unpacks to sorted, distinct ISO 4217 codes, including those of no single country', () => {
    expect(CURRENCY_CODES.every((c) => /^[A-Z]{3}$/.test(c))).toBe(true);
    expect([...CURRENCY_CODES].sort()).toEqual(CURRENCY_CODES);
    expect(new Set(CURRENCY_CODES).size).toBe(CURRENCY_CODES.length);
    expect(CURRENCY_CODES).toEqual(
      expect.arrayContaining(['USD', 'KHR', 'IDR', 'CNY', 'MYR', 'THB', 'EUR', 'XAF', 'XOF']),
    );
    expect(isCurrencyCode('KHR')).toBe(true);
    expect(isCurrencyCode('KHX')).toBe(false);
  });

  it('packs and unpacks any list of letter pairs and triples to the same sorted list', () => {
    const pairs = ['ZZ', 'AA', 'KH', 'AZ', 'ZA'];
    expect(letterPairs(packLetterPairs(pairs))).toEqual([...pairs].sort());
    expect(letterPairs(packLetterPairs([]))).toEqual([]);
    const triples = ['USD', 'AAA', 'ZZZ', 'USN', 'KHR', 'XAF'];
    const packed = packLetterTriples(triples);
    expect(letterTriples(packed.pairs, packed.thirds)).toEqual([...triples].sort());
  });
});
