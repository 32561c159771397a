/**
 * Field types shared by the records. Each carries the stable issue code a failure reports (see `issue-codes.ts`),
 * and is built only from checks that JSON Schema can express too, so that the generated schema and zod agree.
 * `zod/mini` keeps the browser bundle small (see TOOLCHAIN.md).
 */
import * as z from 'zod/mini';
import { _isoDate } from 'zod/v4/core';
import { COUNTRY_CODES, CURRENCY_CODES } from '../reference/codes.generated.js';

/** A zod error map that reports `code`, or `required` when nothing was given. */
export function codeFor(code: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? 'required' : code);
}

/**
 * Characters no text field may hold, as a regex character-class body: C0 and C1 controls, DEL, the soft hyphen, the
 * bidirectional marks, embeddings, overrides and isolates (they reorder what a reader sees: "Trojan Source"), the
 * zero-width space, word joiner and invisible operators, the line and paragraph separators, the byte order mark and
 * the interlinear annotation marks. They are invisible, so a name made of them looks empty, and two names that look
 * equal would differ. ZWNJ and ZWJ (U+200C, U+200D) are kept: Khmer, Indic scripts, Persian and emoji sequences need
 * them; variation selectors are kept for emoji too.
 */
const INVISIBLE =
  '\\u007F-\\u009F\\u00AD\\u061C\\u180E\\u200B\\u200E\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF\\uFFF9-\\uFFFB';
/** Every C0 control, line breaks and tabs included: one-line answers (names, places, numbers). */
const ONE_LINE_FORBIDDEN = `\\u0000-\\u001F${INVISIBLE}`;
/** Multi-line answers (notes, summaries) keep tab, line feed and carriage return. */
const MULTI_LINE_FORBIDDEN = `\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F${INVISIBLE}`;

const ONE_LINE_CLEAN = new RegExp(`^[^${ONE_LINE_FORBIDDEN}]*$`);
const MULTI_LINE_CLEAN = new RegExp(`^[^${MULTI_LINE_FORBIDDEN}]*$`);
/**
 * At least one character a reader sees: not white space, not a joiner or variation selector alone, not one of the
 * Hangul fillers (letters that draw nothing, a known way to type a "blank" name).
 */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: a negated class of single code points, never a sequence.
const VISIBLE = /[^\s\u034F\u115F\u1160\u200C\u200D\u3164\uFE00-\uFE0F\uFFA0]/;

/** True for the patterns of `text` itself: a string checked by other patterns has a fixed shape (a code, a phone). */
export function isTextPattern(pattern: unknown): boolean {
  return pattern === ONE_LINE_CLEAN || pattern === MULTI_LINE_CLEAN || pattern === VISIBLE;
}

/**
 * Removes the characters `text` refuses (see `INVISIBLE`), for forms and importers to apply to what was typed or
 * pasted before validating: a name copied from a chat app often carries a zero-width space or a direction mark.
 * With `multiLine`, tabs and line breaks stay (a CR LF or a lone CR becomes LF); otherwise they become spaces.
 */
export function stripInvisible(value: string, options: { multiLine?: boolean } = {}): string {
  if (options.multiLine) {
    return value.replace(/\r\n?/g, '\n').replace(new RegExp(`[${MULTI_LINE_FORBIDDEN}]`, 'g'), '');
  }
  return value.replace(/[\t\n\r\u2028\u2029]+/g, ' ').replace(new RegExp(`[${ONE_LINE_FORBIDDEN}]`, 'g'), '');
}

/**
 * Free text: at least one visible character, at most `max` characters, none of the invisible or control characters
 * above (`invalid_characters`; `multiLine` allows tabs and line breaks). A length check aborts the checks after it
 * (here and below), so that a string reports one issue, and a huge one is never scanned by a pattern.
 */
export function text(max: number, options: { multiLine?: boolean } = {}) {
  return z.string({ error: codeFor('invalid_type') }).check(
    z.maxLength(max, { error: 'too_long', abort: true }),
    z.regex(options.multiLine ? MULTI_LINE_CLEAN : ONE_LINE_CLEAN, {
      error: 'invalid_characters',
      abort: true,
    }),
    z.regex(VISIBLE, { error: 'required' }),
  );
}

/**
 * A calendar date, `YYYY-MM-DD`, checked for real days (29 February only in leap years). Built as `z.iso.date` builds
 * it, from its parts: reaching through the `z.iso` namespace would bundle every ISO format (date-time, time,
 * duration and their patterns) into each form.
 */
export const isoDate = _isoDate(z.ZodMiniISODate, { error: codeFor('invalid_date') });

export const uuid = z.uuid({ error: codeFor('invalid_uuid') });

export const countryCode = z.enum(COUNTRY_CODES, { error: codeFor('invalid_country') });

export const currencyCode = z.enum(CURRENCY_CODES, { error: codeFor('invalid_currency') });

/** ISO 3166-2 shape; membership of the country's real list is a cross-field rule (it depends on the country). */
export const subdivisionCode = z
  .string({ error: codeFor('invalid_province') })
  .check(
    z.maxLength(6, { error: 'invalid_province', abort: true }),
    z.regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, { error: 'invalid_province' }),
  );

/** A BCP 47 language tag (language, optional script, region and variants), e.g. `id`, `km-KH`, `zh-Hans`. */
export const languageTag = z.string({ error: codeFor('invalid_language') }).check(
  z.maxLength(35, { error: 'invalid_language', abort: true }),
  z.regex(
    /^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-(?:[a-zA-Z]{2}|\d{3}))?(-(?:[a-zA-Z0-9]{5,8}|\d[a-zA-Z0-9]{3}))*$/,
    {
      error: 'invalid_language',
    },
  ),
);

/** An E.164 phone number: `+`, country code, subscriber number, 8 to 15 digits in all. */
export const phoneNumber = z
  .string({ error: codeFor('invalid_phone') })
  .check(
    z.maxLength(16, { error: 'invalid_phone', abort: true }),
    z.regex(/^\+[1-9]\d{6,14}$/, { error: 'invalid_phone' }),
  );

// The incident record's own field types, built in `@__PURE__` calls so that a bundle without it (the intake form)
// leaves them out.

/** Only http(s) links: a `javascript:` or `data:` URL in evidence must never become a live link. */
export const webUrl = /* @__PURE__ */ z
  .string({ error: /* @__PURE__ */ codeFor('invalid_url') })
  .check(
    /* @__PURE__ */ z.maxLength(2000, { error: 'too_long', abort: true }),
    /* @__PURE__ */ z.regex(/^https?:\/\/[^\s/?#]+[^\s]*$/, { error: 'invalid_url' }),
  );

export const sha256 = /* @__PURE__ */ z
  .string({ error: /* @__PURE__ */ codeFor('invalid_sha256') })
  .check(/* @__PURE__ */ z.regex(/^[a-f0-9]{64}$/, { error: 'invalid_sha256' }));

export function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: codeFor('invalid_choice') });
}

export function choices<const T extends readonly [string, ...string[]]>(values: T) {
  return list(choice(values), values.length);
}

/** An array of at most `max` items; an empty array is allowed (nothing to record). */
export function list<T extends z.ZodMiniType>(item: T, max: number) {
  return z.array(item, { error: codeFor('invalid_type') }).check(z.maxLength(max, { error: 'too_many' }));
}

/** A whole number in [min, max]. */
export function wholeNumber(min: number, max: number) {
  return z
    .int({ error: codeFor('not_integer') })
    .check(z.gte(min, { error: 'too_small' }), z.lte(max, { error: 'too_big' }));
}

/** An amount of money, never negative, at most a billion (a typo guard, not a policy). */
export const amount = z
  .number({ error: codeFor('invalid_number') })
  .check(z.gte(0, { error: 'too_small' }), z.lte(1_000_000_000, { error: 'too_big' }));

export const yesNo = z.boolean({ error: codeFor('invalid_type') });

export function object<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.object(shape, { error: codeFor('invalid_type') });
}
