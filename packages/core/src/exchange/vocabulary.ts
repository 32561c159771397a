/**
 * Which closed list a field's values come from, and the label of a value in a locale: option labels from the locale
 * catalogues (`option.<VOCABULARY>.<value>`), country names from CLDR (Intl), Cambodian provinces from the reference
 * list. Used where an export shows people's words next to the codes (table CSV, XLSForm choices).
 */
import { VOCABULARIES, type VocabularyName } from '../i18n/labels/keys.js';
import type { LabelCatalog } from '../i18n/labels/types.js';
import { provinceName } from '../reference/cambodia-provinces.js';
import { COUNTRY_CODES } from '../reference/codes.generated.js';
import { countryName } from '../reference/countries.js';
import { CURRENCY_CODES } from '../reference/currencies.js';
import type { FieldSpec } from './fields.js';
import { incidentKind, intakeKind } from './fields.js';

export type ValueList = VocabularyName | 'COUNTRIES' | 'CURRENCIES' | 'PROVINCES' | 'BOOLEAN';

function sameSet(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((v) => set.has(v));
}

/** The list a field draws its values from, if it is a closed list. */
export function valueListOf(field: FieldSpec | undefined): ValueList | undefined {
  if (!field) return undefined;
  if (field.kind === 'boolean') return 'BOOLEAN';
  if (field.path.endsWith('province')) return 'PROVINCES';
  const values = field.values;
  if (!values || field.format !== 'enum') return undefined;
  if (sameSet(values, COUNTRY_CODES)) return 'COUNTRIES';
  if (sameSet(values, CURRENCY_CODES)) return 'CURRENCIES';
  for (const [name, vocabulary] of Object.entries(VOCABULARIES)) {
    if (sameSet(values, vocabulary)) return name as VocabularyName;
  }
  return undefined;
}

const fieldsByPath = new Map<string, FieldSpec>(
  [...incidentKind.fields, ...intakeKind.fields].map((f) => [f.path, f]),
);

/** The field spec of a catalogue path of either record (intake first). */
export function fieldAt(path: string): FieldSpec | undefined {
  return fieldsByPath.get(path);
}

/** A value's label, or undefined when there is none to show (dates, numbers, free text). */
export function valueLabel(
  list: ValueList | undefined,
  value: string,
  locale: string,
  labels: LabelCatalog,
): string | undefined {
  switch (list) {
    case undefined:
    case 'CURRENCIES':
      return undefined;
    case 'COUNTRIES':
      return countryName(value, locale);
    case 'PROVINCES':
      return provinceName(value, locale);
    case 'BOOLEAN':
      return labels[`option.TRI_STATE.${value === 'true' ? 'yes' : 'no'}`];
    default:
      return labels[`option.${list}.${value}`];
  }
}
