import { COUNTRY_CODES } from './codes.generated.js';

export { COUNTRY_CODES };

const countrySet: ReadonlySet<string> = new Set(COUNTRY_CODES);

/** True for an assigned ISO 3166-1 alpha-2 code (upper case). */
export function isCountryCode(value: unknown): value is string {
  return typeof value === 'string' && countrySet.has(value);
}

const displayNames = new Map<string, Intl.DisplayNames>();

/** The country's name in `locale`, from the runtime's CLDR data (no hand-kept name lists). */
export function countryName(code: string, locale = 'en'): string {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
    displayNames.set(locale, names);
  }
  return names.of(code) ?? code;
}
