/** Every issue a validator can report. Each has a message in every locale catalogue (a test fails otherwise). */
export const ISSUE_CODES = [
  'required',
  'invalid_type',
  'invalid_input',
  'invalid_choice',
  'invalid_number',
  'not_integer',
  'too_small',
  'too_big',
  'too_long',
  'too_many',
  'invalid_characters',
  'invalid_date',
  'invalid_uuid',
  'invalid_url',
  'invalid_sha256',
  'invalid_country',
  'invalid_province',
  'invalid_language',
  'invalid_phone',
  'invalid_currency',
  'unsupported_version',
  'date_in_future',
  'date_order',
  'age_mismatch',
  'age_band_mismatch',
  'minor_not_flagged',
  'consent_required',
  'estimate_order',
  'breakdown_exceeds_max',
] as const;

/** The code of a validation issue (`required`, `invalid_date`...): each has a message in every locale. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/** One problem found in a record: where (its path), its code and its message in the locale asked for. */
export interface ValidationIssue {
  /** Where the issue is, as keys and array indexes from the record's root: `['person', 'phones', 1]`. */
  path: (string | number)[];
  code: IssueCode;
  /** Written for the person filling in the form, in the requested locale. */
  message: string;
  params?: Record<string, string | number>;
}

/** What a validator returns (it never throws): the parsed value, or the issues. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** A message for every issue code, in one locale. */
export type MessageCatalog = Record<IssueCode, string>;
