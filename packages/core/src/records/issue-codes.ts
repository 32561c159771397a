/**
 * Every issue a validator can report. Defined beside the records because their rules report them; validators and
 * message catalogues build on this list. Each has a message in every locale catalogue (a test fails otherwise).
 */
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
