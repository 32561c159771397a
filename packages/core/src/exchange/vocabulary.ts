/**
 * Which closed list a field's values come from, and the label of a value in a locale: option labels from the locale
 * catalogues (`option.<VOCABULARY>.<value>`), country names from CLDR (Intl), Cambodian provinces from the reference
 * list. Used where an export shows people's words next to the codes (table CSV, XLSForm choices).
 */
import { incidentFields } from '../fields/incident.js';
import { intakeFields } from '../fields/intake.js';
import type { FieldRegistry, ValueList } from '../fields/types.js';
import type { LabelCatalog } from '../i18n/labels/types.js';
import { provinceName } from '../reference/cambodia-provinces.js';
import { countryName } from '../reference/countries.js';
import type { FieldSpec } from './fields.js';
import { incidentKind, intakeKind } from './fields.js';

export type { ValueList };

/** The list a field draws its values from, if it is a closed list: as its registry entry names it (src/fields). */
export function valueListOf(field: FieldSpec | undefined): ValueList | undefined {
  if (!field) return undefined;
  return listsBySpec.get(field);
}

const listsBySpec = new Map<FieldSpec, ValueList | undefined>([
  ...intakeKind.fields.map((f): [FieldSpec, ValueList | undefined] => [
    f,
    registryList(intakeFields, f.path),
  ]),
  ...incidentKind.fields.map((f): [FieldSpec, ValueList | undefined] => [
    f,
    registryList(incidentFields, f.path),
  ]),
]);

function registryList(fields: FieldRegistry<never>, path: string): ValueList | undefined {
  return fields[path]?.vocabulary;
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
