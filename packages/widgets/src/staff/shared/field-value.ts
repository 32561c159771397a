/**
 * A record field's value in words, in the element's locale, by the value list core's field registry names for the
 * field (never guessed from the value): options by core's label catalogues (`option.<LIST>.<value>`), countries by
 * the runtime's CLDR names, Cambodian provinces by core's list, yes / no. A value without a name is shown as it is.
 */
import { countryName, intakeFields, isCountryCode, provinceName } from '@homeward/core';
import type { LocalizeController } from '../../shared/localize/localize-controller.js';

const registry = intakeFields as Readonly<Record<string, { vocabulary?: string }>>;

/** The registry's value list for a field path; list items by their catalogue path (`documents[0].type` is `documents[].type`). */
export function valueListOf(path: string): string | undefined {
  return registry[path.replace(/\[\d+\]/g, '[]')]?.vocabulary;
}

export function fieldValueText(l: LocalizeController, path: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (Array.isArray(value)) return l.list(value.map((v) => fieldValueText(l, path, v)));
  if (typeof value === 'boolean') return l.t(value ? 'staff.yes' : 'staff.no');
  if (typeof value === 'object') return JSON.stringify(value);
  const text = String(value);
  const list = valueListOf(path);
  if (list === 'COUNTRIES') return isCountryCode(text) ? countryName(text, l.locale) : text;
  if (list === 'PROVINCES') return provinceName(text, l.locale);
  const key = `option.${list}.${text}`;
  return list && l.has(key) ? l.t(key) : text;
}

/** A case status in words (the registry's `status` field). */
export const statusText = (l: LocalizeController, status: unknown): string =>
  fieldValueText(l, 'status', status);
