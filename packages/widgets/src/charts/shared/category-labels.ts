import { countryName, isCountryCode, provinceName } from '@homeward/core';

const PROVINCE_CODE = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

const isCountryField = (field: string) => /country|citizenship|nationality/.test(field.toLowerCase());
const isProvinceField = (field: string) => /province|adm1|subdivision/.test(field.toLowerCase());

/**
 * Whether a dimension's categories are named without core's label catalogues: countries (by the browser's CLDR
 * names) and provinces (by core's list). Anything else may be options, whose names are in the catalogues.
 */
export function namedWithoutCatalogue(field: string, values: readonly string[]): boolean {
  if (isCountryField(field) || isProvinceField(field)) return true;
  const present = values.filter((v) => v !== '*');
  return present.length > 0 && present.every((v) => PROVINCE_CODE.test(v));
}

export interface LabelContext {
  /** The dimension's field: a catalogue path (`person.citizenship`, `exploitation.scamTypes`). */
  field: string;
  locale: string;
  /** Names options and indicators (from core's catalogues), when the dimension holds them. */
  options?: ((value: string) => string | undefined) | undefined;
  /** The page's own labels, which win over everything (for categories of its own). */
  overrides?: Readonly<Record<string, string>> | undefined;
}

/**
 * The function naming a dimension's categories in the chart's locale: the page's own names first, then countries
 * by the runtime's CLDR names, Cambodian provinces by core's list, options and ILO indicators by core's label
 * catalogues. A value with no known name is shown as it is, never dropped.
 */
export function categoryLabeller(context: LabelContext): (value: string) => string {
  const { field, locale, options, overrides } = context;
  const countries = isCountryField(field);
  const provinces = isProvinceField(field);
  return (value) => {
    const own = overrides?.[value];
    if (own) return own;
    if (countries && isCountryCode(value)) return countryName(value, locale);
    if (provinces || PROVINCE_CODE.test(value)) return provinceName(value, locale);
    return options?.(value) ?? value;
  };
}
