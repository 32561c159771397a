/**
 * An answer as the person reads it back on the check-answers step: option labels rather than codes, dates and
 * numbers in the locale's own format, several choices as a list. Text is returned as typed; Lit renders it as text.
 */
import type { LocalizeController } from '../shared/localize/index.js';
import type { FieldDef } from './field-def.js';
import { optionLabel } from './options.js';
import { asciiDigits, isEmpty, parseInput, type RawValue } from './parse-input.js';

export const YES_NO = [
  { value: 'yes', key: 'option.TRI_STATE.yes' },
  { value: 'no', key: 'option.TRI_STATE.no' },
] as const;

export function answerText(field: FieldDef, raw: RawValue | undefined, localize: LocalizeController): string {
  if (isEmpty(raw)) return localize.t('notProvided');
  const t = (key: string) => localize.t(key);
  const { locale } = localize;
  switch (field.kind) {
    case 'yesno': {
      const option = YES_NO.find((o) => o.value === raw);
      return option ? t(option.key) : String(raw);
    }
    case 'select':
    case 'radios':
      return optionLabel(field.options, String(raw), locale, t);
    case 'checkboxes': {
      const values = Array.isArray(raw) ? raw : [raw];
      return localize.list(values.map((v) => optionLabel(field.options, String(v), locale, t)));
    }
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(String(raw)) ? localize.date(String(raw)) : String(raw);
    case 'integer':
    case 'decimal': {
      const value = parseInput(field.kind, raw);
      return typeof value === 'number' ? localize.number(value) : String(raw);
    }
    case 'tel':
      return asciiDigits(String(raw)).trim();
    default:
      return String(raw).trim();
  }
}
