/**
 * Turns what a person typed into the value the record holds. This is reading, not judging: what cannot be read is passed
 * on as typed, so that core's validator reports it in the person's language (and nothing typed is silently dropped).
 */
import type { FieldKind } from './field-def.js';

export type RawValue = string | string[];

// Khmer (U+17E0), Arabic-Indic (U+0660), extended Arabic-Indic (U+06F0) and full-width (U+FF10) digits.
const DIGIT_ZEROS = [0x17e0, 0x0660, 0x06f0, 0xff10];

/** Digits of any script we expect, as ASCII digits: a Khmer keyboard types ១២ for 12. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u17e0-\u17e9\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g, (d) => {
    const code = d.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9)!;
    return String(code - zero);
  });
}

function readNumber(raw: string, kind: 'integer' | 'decimal'): number | string {
  // Spaces (also the narrow no-break space French uses) and a comma before three digits separate thousands;
  // any other comma is a decimal comma (4,800 is 4800; 4,8 is 4.8).
  let text = asciiDigits(raw)
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/(\d),(?=\d{3}(\D|$))/g, '$1');
  if (kind === 'decimal' && /^-?\d+,\d+$/.test(text)) text = text.replace(',', '.');
  const pattern = kind === 'integer' ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/;
  return pattern.test(text) ? Number(text) : raw;
}

/** The record's value for one answer, or undefined when nothing was given. */
export function parseInput(kind: FieldKind, raw: RawValue | undefined): unknown {
  if (raw === undefined) return undefined;
  if (Array.isArray(raw)) return raw.length ? [...raw] : undefined;
  const text = raw.trim();
  if (text === '') return undefined;
  switch (kind) {
    case 'integer':
    case 'decimal':
      return readNumber(text, kind);
    case 'tel':
      // People write +62 812-3456-7890; the record holds E.164.
      return asciiDigits(text).replace(/[\s\u00a0().-]/g, '');
    case 'yesno':
      return text === 'yes' ? true : text === 'no' ? false : text;
    case 'checkboxes':
      return [text];
    case 'textarea':
      // Keep the person's line breaks and inner spacing; only the ends are trimmed.
      return text;
    default:
      return text;
  }
}

/** Whether an answer is empty (nothing typed or chosen). */
export function isEmpty(raw: RawValue | undefined): boolean {
  return raw === undefined || (Array.isArray(raw) ? raw.length === 0 : raw.trim() === '');
}
