import {
  countryName,
  ILO_INDICATORS,
  iloKey,
  isCountryCode,
  provinceName,
  VOCABULARIES,
  type VocabularyName,
} from '@homeward/core';

/** Looks a key up in the loaded label catalogue; undefined when it has no translation. */
export type LabelLookup = (key: string) => string | undefined;

export interface LabelContext {
  /** The dimension's field: a catalogue path (`person.citizenship`, `exploitation.scamTypes`). */
  field: string;
  /** Every value of the dimension, to recognise which vocabulary they come from. */
  values: readonly string[];
  locale: string;
  lookup: LabelLookup;
  /** The page's own labels, which win over everything (for categories of its own). */
  overrides?: Readonly<Record<string, string>> | undefined;
  /** Name the vocabulary when the values alone do not (`CASE_STATUSES`). */
  vocabulary?: string | undefined;
}

const normalise = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

/**
 * The vocabulary a dimension's values come from: the one named, else the ones holding every value, narrowed by the
 * field's name when several do (`unknown` is in many vocabularies; `departure.how` is not `recruitment.how`).
 */
export function vocabularyOf(
  field: string,
  values: readonly string[],
  named?: string,
): VocabularyName | 'ILO' | undefined {
  if (named && (named in VOCABULARIES || named === 'ILO')) return named as VocabularyName | 'ILO';
  const present = values.filter((v) => v !== '*');
  if (present.length === 0) return undefined;
  const ilo: readonly string[] = ILO_INDICATORS;
  if (present.every((v) => ilo.includes(v))) return 'ILO';
  const candidates = (Object.keys(VOCABULARIES) as VocabularyName[]).filter((name) => {
    const vocabulary: readonly string[] = VOCABULARIES[name];
    return present.every((v) => vocabulary.includes(v));
  });
  if (candidates.length <= 1) return candidates[0];
  const last = normalise(field.split('.').pop() ?? '');
  return (
    candidates.find((name) => {
      const n = normalise(name);
      return n.startsWith(last) || last.startsWith(n.slice(0, Math.max(3, n.length - 1)));
    }) ?? candidates[0]
  );
}

const PROVINCE_CODE = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

/**
 * The function naming a dimension's categories in the chart's locale: countries by the runtime's CLDR names,
 * Cambodian provinces by core's list, options and ILO indicators by core's label catalogues. A value with no
 * known name is shown as it is, never dropped.
 */
export function categoryLabeller(context: LabelContext): (value: string) => string {
  const { field, values, locale, lookup, overrides } = context;
  const lower = field.toLowerCase();
  const countries = /country|citizenship|nationality/.test(lower);
  const provinces = /province|adm1|subdivision/.test(lower);
  const vocabulary = countries || provinces ? undefined : vocabularyOf(field, values, context.vocabulary);
  return (value) => {
    const own = overrides?.[value];
    if (own) return own;
    if (countries && isCountryCode(value)) return countryName(value, locale);
    if (provinces || PROVINCE_CODE.test(value)) return provinceName(value, locale);
    if (vocabulary === 'ILO') return lookup(iloKey(value as never, 'short')) ?? value;
    if (vocabulary) return lookup(`option.${vocabulary}.${value}`) ?? value;
    return value;
  };
}
