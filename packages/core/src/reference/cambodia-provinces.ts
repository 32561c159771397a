import { type Locale, resolveLocale } from './locales.js';
import { km } from './province-names/km.js';
import { zhHans } from './province-names/zh-Hans.js';

/**
 * Cambodia's 25 first-level subdivisions (24 provinces and the capital) by their ISO 3166-2 codes.
 * Source: ISO 3166-2:KH (codes KH-1 … KH-25, unpadded, numbered in the order of the 2013 ISO list, not alphabetically;
 * KH-25 Tbong Khmum was added in 2015). Names: official romanisation here; Khmer script and Chinese (as used by
 * Xinhua) in `province-names/`, kept apart so that a bundle that does not name provinces in those scripts leaves them
 * out (a form loads them with its locale, through `loadProvinceNames`).
 */
export const CAMBODIA_PROVINCES = [
  { code: 'KH-1', name: 'Banteay Meanchey' },
  { code: 'KH-2', name: 'Battambang' },
  { code: 'KH-3', name: 'Kampong Cham' },
  { code: 'KH-4', name: 'Kampong Chhnang' },
  { code: 'KH-5', name: 'Kampong Speu' },
  { code: 'KH-6', name: 'Kampong Thom' },
  { code: 'KH-7', name: 'Kampot' },
  { code: 'KH-8', name: 'Kandal' },
  { code: 'KH-9', name: 'Koh Kong' },
  { code: 'KH-10', name: 'Kratie' },
  { code: 'KH-11', name: 'Mondulkiri' },
  { code: 'KH-12', name: 'Phnom Penh' },
  { code: 'KH-13', name: 'Preah Vihear' },
  { code: 'KH-14', name: 'Prey Veng' },
  { code: 'KH-15', name: 'Pursat' },
  { code: 'KH-16', name: 'Ratanakiri' },
  { code: 'KH-17', name: 'Siem Reap' },
  { code: 'KH-18', name: 'Preah Sihanouk' },
  { code: 'KH-19', name: 'Stung Treng' },
  { code: 'KH-20', name: 'Svay Rieng' },
  { code: 'KH-21', name: 'Takeo' },
  { code: 'KH-22', name: 'Oddar Meanchey' },
  { code: 'KH-23', name: 'Kep' },
  { code: 'KH-24', name: 'Pailin' },
  { code: 'KH-25', name: 'Tbong Khmum' },
] as const;

/** The ISO 3166-2 code of a Cambodian province (`KH-12`). */
export type CambodiaProvinceCode = (typeof CAMBODIA_PROVINCES)[number]['code'];

const byCode: ReadonlyMap<string, (typeof CAMBODIA_PROVINCES)[number]> = new Map(
  CAMBODIA_PROVINCES.map((p) => [p.code, p]),
);

/** The subdivision lists we hold, by country. Other countries' codes are checked for shape only. */
const SUBDIVISIONS: Readonly<Record<string, ReadonlyMap<string, unknown>>> = { KH: byCode };

const SUBDIVISION_SHAPE = /^([A-Z]{2})-[A-Z0-9]{1,3}$/;

/**
 * Whether `code` is a valid ISO 3166-2 subdivision of `country`: checked against the real list where we hold one
 * (Cambodia), by shape and country prefix elsewhere.
 */
export function isSubdivisionOf(code: string, country: string): boolean {
  const match = SUBDIVISION_SHAPE.exec(code);
  if (!match || match[1] !== country) return false;
  const list = SUBDIVISIONS[country];
  return list ? list.has(code) : true;
}

/** The province names in a locale's own script, by code: Khmer (km) and Chinese (zh-Hans) as their own chunks. */
const loaders: Partial<Record<Locale, () => Promise<Readonly<Record<string, string>>>>> = {
  km: async () => (await import('./province-names/km.js')).km,
  'zh-Hans': async () => (await import('./province-names/zh-Hans.js')).zhHans,
};

/**
 * The province names of a BCP 47 tag's locale, loaded on demand, or `undefined` where the romanised names are the
 * locale's own (en, fr, id). For a page that shows one locale; `provinceName` has every script at hand.
 */
export async function loadProvinceNames(
  locale: string,
): Promise<Readonly<Record<string, string>> | undefined> {
  return loaders[resolveLocale(locale)]?.();
}

/** The province's name in `locale` (Khmer script for km, Chinese for zh-Hans, romanised otherwise). */
export function provinceName(code: string, locale = 'en'): string {
  const province = byCode.get(code);
  if (!province) return code;
  const resolved = resolveLocale(locale);
  if (resolved === 'km') return km[province.code];
  if (resolved === 'zh-Hans') return zhHans[province.code];
  return province.name;
}
