import type { MessageCatalog } from '../issues.js';

/** English validation messages. `{name}` placeholders take the params. */
export const en: MessageCatalog = {
  required: 'This is required. Enter an answer.',
  invalid_type: 'This answer is not in a form we can read. Check it and enter it again.',
  invalid_input: 'This record could not be read. Check that it is a complete record and try again.',
  invalid_choice: 'Choose one of the options given.',
  invalid_number: 'Enter a number, using digits only.',
  not_integer: 'Enter a whole number, like 3, without decimals.',
  too_small: 'This number is too small.',
  too_big: 'This number is too large.',
  too_long: 'This answer is too long. Shorten it.',
  too_many: 'Too many items. Remove some.',
  invalid_date: 'Enter a real date, like 2026-01-18.',
  invalid_uuid: 'This identifier is not valid.',
  invalid_url: 'Enter a web address starting with https:// or http://.',
  invalid_sha256: 'Enter the SHA-256 fingerprint as 64 characters, 0-9 and a-f.',
  invalid_country: 'Choose a country from the list.',
  invalid_province: 'Choose a province or region from the list for this country.',
  invalid_language: 'Choose a language from the list.',
  invalid_phone: 'Enter the phone number with its country code, like +62 812 3456 7890.',
  invalid_currency: 'Choose a currency from the list.',
  unsupported_version: 'This record comes from a version of Homeward we cannot read. Update it first.',
  date_in_future: 'This date cannot be in the future.',
  date_order: 'This date must be the same as or after the date before it ({after}).',
  age_mismatch: 'The age does not match the date of birth. Check both.',
  age_band_mismatch: 'The age group does not match the age ({expected}). Check both.',
  minor_not_flagged: 'This person was under 18. The record must be flagged for child protection.',
  consent_required: 'We can only keep this record with consent to store it.',
  estimate_order:
    'The lowest estimate must not exceed the best estimate, and the best must not exceed the highest.',
  breakdown_exceeds_max: 'The breakdown adds up to more than the highest estimate ({max}).',
};
