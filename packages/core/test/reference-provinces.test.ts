import { describe, expect, it } from 'vitest';
import { CAMBODIA_PROVINCES, loadProvinceNames, provinceName } from '../src/index.js';

const KHMER = /^[\u1780-\u17FF]+$/;
const HAN = /^[\u4E00-\u9FFF]+$/;

describe('Cambodian province names', () => {
  it('names a province in the locale’s script, romanised in Latin-script locales', () => {
    expect(provinceName('KH-20')).toBe('Svay Rieng');
    expect(provinceName('KH-20', 'fr')).toBe('Svay Rieng');
    expect(provinceName('KH-20', 'id')).toBe('Svay Rieng');
    expect(provinceName('KH-20', 'km')).toBe('ស្វាយរៀង');
    expect(provinceName('KH-20', 'km-KH')).toBe('ស្វាយរៀង');
    expect(provinceName('KH-12', 'zh-Hans')).toBe('金边');
    expect(provinceName('KH-18', 'zh-CN')).toBe('西哈努克省');
    expect(provinceName('KH-99', 'km')).toBe('KH-99');
  });

  it('loads the Khmer and Chinese names on demand: every province, the same names provinceName gives', async () => {
    for (const [locale, script] of [
      ['km', KHMER],
      ['zh-Hans', HAN],
    ] as const) {
      const names = await loadProvinceNames(locale);
      expect(Object.keys(names ?? {}).sort(), locale).toEqual(CAMBODIA_PROVINCES.map((p) => p.code).sort());
      for (const { code } of CAMBODIA_PROVINCES) {
        expect(names?.[code], `${locale} ${code}`).toMatch(script);
        expect(names?.[code]).toBe(provinceName(code, locale));
      }
    }
    expect(await loadProvinceNames('zh-TW')).toBe(await loadProvinceNames('zh-Hans'));
    expect(await loadProvinceNames('km-KH')).toBe(await loadProvinceNames('km'));
  });

  it('has nothing to load where the romanised names are the locale’s own', async () => {
    for (const locale of ['en', 'fr', 'id', 'de', ''])
      expect(await loadProvinceNames(locale)).toBeUndefined();
  });
});
