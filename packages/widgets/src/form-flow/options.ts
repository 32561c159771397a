/**
 * The options of a choice in the form's locale. Closed vocabularies are labelled by core's catalogues
 * (`option.<VOCABULARY>.<value>`); countries by core's `countryName`; provinces by the names the form's catalogue
 * loaded with its locale (Khmer, Chinese), else their romanised names; currencies and languages by the browser's own
 * CLDR data (`Intl.DisplayNames`), so no name list is kept by hand.
 */
import {
  CAMBODIA_PROVINCES,
  COUNTRY_CODES,
  CURRENCY_CODES,
  countryName,
  optionKey,
  type VocabularyName,
} from '@homeward/core';
import type { ChoiceOption } from '../form-controls/index.js';
import type { OptionSource } from './field-def.js';
import { provinceKey } from './strings/index.js';

/**
 * Languages offered when a deployment asks which languages a person speaks: those of the people Homeward serves
 * (Indonesia, China, South-East Asia) and the main languages of the agencies helping them.
 */
const LANGUAGES = [
  'id',
  'jv',
  'su',
  'min',
  'ms',
  'zh',
  'yue',
  'km',
  'vi',
  'th',
  'lo',
  'my',
  'tl',
  'ko',
  'ja',
  'hi',
  'bn',
  'ne',
  'si',
  'ur',
  'ru',
  'ar',
  'en',
  'fr',
] as const;

type Translate = (key: string) => string;

const cache = new Map<string, ChoiceOption[]>();

function sorted(locale: string, options: ChoiceOption[]): ChoiceOption[] {
  const collator = new Intl.Collator(locale);
  return options.sort((a, b) => collator.compare(a.label, b.label));
}

function displayNames(locale: string, type: 'currency' | 'language'): Intl.DisplayNames {
  return new Intl.DisplayNames([locale, 'en'], { type, fallback: 'code' });
}

function named(source: 'country' | 'currency' | 'language', locale: string): ChoiceOption[] {
  const key = `${source}|${locale}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let options: ChoiceOption[];
  switch (source) {
    case 'country':
      options = sorted(
        locale,
        COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, locale) })),
      );
      break;
    case 'currency': {
      const names = displayNames(locale, 'currency');
      // The code too: people know their money as "USD" or "Rp" as often as by its name.
      options = sorted(
        locale,
        CURRENCY_CODES.map((code) => ({ value: code, label: `${names.of(code) ?? code} (${code})` })),
      );
      break;
    }
    case 'language': {
      const names = displayNames(locale, 'language');
      options = sorted(
        locale,
        LANGUAGES.map((code) => ({ value: code, label: names.of(code) ?? code })),
      );
      break;
    }
  }
  cache.set(key, options);
  return options;
}

function vocabulary(name: VocabularyName, values: readonly string[], t: Translate): ChoiceOption[] {
  return values.map((value) => ({ value, label: t(optionKey(name, value as never)) }));
}

/** Not cached: the names in the locale's script arrive with its catalogue, after a first render in the old one. */
function provinces(locale: string, t: Translate): ChoiceOption[] {
  return sorted(
    locale,
    CAMBODIA_PROVINCES.map(({ code, name }) => {
      const own = t(provinceKey(code));
      return { value: code, label: own === provinceKey(code) ? name : own };
    }),
  );
}

export function optionsFor(source: OptionSource | undefined, locale: string, t: Translate): ChoiceOption[] {
  if (!source) return [];
  if ('vocabulary' in source) return vocabulary(source.vocabulary, source.values ?? [], t);
  return source.names === 'province' ? provinces(locale, t) : named(source.names, locale);
}

/** The label of one chosen value, for the check-answers list. */
export function optionLabel(
  source: OptionSource | undefined,
  value: string,
  locale: string,
  t: Translate,
): string {
  return optionsFor(source, locale, t).find((o) => o.value === value)?.label ?? value;
}
