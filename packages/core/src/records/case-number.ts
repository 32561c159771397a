/**
 * Case numbers people read out at a desk and write on a receipt: `PNH-26-00042-7` is the office prefix (2 to 5
 * letters), the 2-digit year of registration, a sequence (5 digits or more) and a check digit. The check digit
 * (Damm's algorithm over the number's digits, a letter counting as its two-digit value A=10 … Z=35) catches every
 * single wrong digit and every swap of two neighbouring digits, the mistakes people make copying a number by hand.
 * Lives in core so the server that issues numbers and the widgets that read them agree on one rule.
 */

/** A case number's parts. */
export interface CaseNumberParts {
  prefix: string;
  /** Two-digit year, 0 to 99. */
  year: number;
  /** 1 and up. */
  sequence: number;
}

/** Damm's quasigroup of order 10 (weakly totally anti-symmetric): no zero row, so a leading 0 still counts. */
const DAMM = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
] as const;

const PREFIX = /^[A-Z]{2,5}$/;
/** Written form: letters, year, sequence, check digit; spaces or hyphens between parts, any case. */
const WRITTEN = /^([A-Za-z]{2,5})[\s-]*(\d{2})[\s-]*(\d{5,9})[\s-]*(\d)$/;
const MIN_SEQUENCE_DIGITS = 5;

function dammDigit(digits: string): number {
  let interim = 0;
  for (const char of digits) interim = DAMM[interim]![Number(char)]!;
  return interim;
}

/** The digits the check digit is computed over: each letter as its two-digit base-36 value. */
function checkedDigits(prefix: string, year: string, sequence: string): string {
  let out = '';
  for (const letter of prefix) out += String(letter.charCodeAt(0) - 55);
  return out + year + sequence;
}

/** The check digit of a case number's parts. */
export function caseNumberCheckDigit(parts: CaseNumberParts): number {
  const { prefix, year, sequence } = normalisedParts(parts);
  return dammDigit(checkedDigits(prefix, year, sequence));
}

function normalisedParts(parts: CaseNumberParts): { prefix: string; year: string; sequence: string } {
  const prefix = parts.prefix.toUpperCase();
  if (!PREFIX.test(prefix))
    throw new RangeError(`A case number prefix is 2 to 5 letters A-Z: ${parts.prefix}`);
  if (!Number.isInteger(parts.year) || parts.year < 0 || parts.year > 99) {
    throw new RangeError(`A case number year is 0 to 99: ${parts.year}`);
  }
  if (!Number.isSafeInteger(parts.sequence) || parts.sequence < 1 || parts.sequence > 999_999_999) {
    throw new RangeError(`A case number sequence is 1 to 999999999: ${parts.sequence}`);
  }
  return {
    prefix,
    year: String(parts.year).padStart(2, '0'),
    sequence: String(parts.sequence).padStart(MIN_SEQUENCE_DIGITS, '0'),
  };
}

/** `PNH-26-00042-7`. Throws a RangeError for parts no case number can have (a programming error, not input). */
export function formatCaseNumber(parts: CaseNumberParts): string {
  const { prefix, year, sequence } = normalisedParts(parts);
  return `${prefix}-${year}-${sequence}-${dammDigit(checkedDigits(prefix, year, sequence))}`;
}

/** A case number read by `parseCaseNumber`: its normal form and parts, or why it is not one. */
export type CaseNumberResult =
  | { ok: true; value: string; parts: CaseNumberParts }
  | { ok: false; code: 'invalid_format' | 'invalid_check_digit' };

/**
 * Reads a case number as someone typed it (any case, spaces or hyphens or none between the parts) and returns its
 * canonical form, or why it is not one: `invalid_format`, or `invalid_check_digit` when a digit was mistyped.
 * Never throws.
 */
export function parseCaseNumber(input: string): CaseNumberResult {
  const match = WRITTEN.exec(input.trim());
  if (!match) return { ok: false, code: 'invalid_format' };
  const [, letters, year, sequence, check] = match as unknown as [string, string, string, string, string];
  const parts = { prefix: letters.toUpperCase(), year: Number(year), sequence: Number(sequence) };
  // One written form per number: a sequence is padded to 5 digits, never further (a dropped leading digit must not
  // read as another valid number).
  if (parts.sequence < 1 || (sequence.length > MIN_SEQUENCE_DIGITS && sequence.startsWith('0'))) {
    return { ok: false, code: 'invalid_format' };
  }
  if (caseNumberCheckDigit(parts) !== Number(check)) return { ok: false, code: 'invalid_check_digit' };
  return { ok: true, value: formatCaseNumber(parts), parts };
}

/** Whether a string is a case number with a correct check digit. */
export function isCaseNumber(input: string): boolean {
  return parseCaseNumber(input).ok;
}

/**
 * A default prefix for an office slug: the initials of its parts, up to 5 (`idn-embassy-phnom-penh` → `IEPP`,
 * `ngo-sihanoukville` → `NS`). A deployment may configure its own prefixes instead; this one only needs to be stable.
 */
export function caseNumberPrefix(office: string): string {
  const initials = office
    .normalize('NFKD')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .map((part) => part.replace(/[^A-Z]/g, '').charAt(0))
    .filter(Boolean)
    .join('')
    .slice(0, 5);
  if (initials.length >= 2) return initials;
  const letters = office.toUpperCase().replace(/[^A-Z]/g, '');
  return `${initials}${letters.slice(1)}XX`.slice(0, 2);
}
