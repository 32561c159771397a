import type { MessageCatalog } from '../issues.js';

/**
 * English validation messages, written for the person filling in the form: say what to do, never blame.
 * `{name}` placeholders take the params; every locale keeps the same placeholders.
 */
export const en: MessageCatalog = {
  required: 'Answer this question to continue.',
  invalid_type: 'We could not read this answer. Check it and enter it again.',
  invalid_input: 'We could not read this record. Check that it is a complete record and try again.',
  invalid_choice: 'Choose one of the options.',
  invalid_number: 'Enter a number using digits only, like 600.',
  not_integer: 'Enter a whole number without decimals, like 3.',
  too_small: 'This number is too small. Check it and enter it again.',
  too_big: 'This number is too large. Check it and enter it again.',
  too_long: 'This answer is too long. Make it shorter.',
  invalid_characters:
    'This answer has hidden characters (control or invisible formatting characters, often pasted with the text). Type it again without them.',
  too_many: 'There are too many items. Remove some.',
  invalid_date: 'Enter a real date, with a day, a month and a year.',
  invalid_uuid: 'This reference is not valid. Check it and enter it again.',
  invalid_url: 'Enter a web address that starts with https:// or http://.',
  invalid_sha256: 'Enter the SHA-256 fingerprint as 64 characters, using only 0 to 9 and a to f.',
  invalid_country: 'Choose a country from the list.',
  invalid_province: 'Choose a province or region of this country from the list.',
  invalid_language: 'Choose a language from the list.',
  invalid_phone: 'Enter the phone number with its country code and digits only, like +6281234567890.',
  invalid_currency: 'Choose a currency from the list.',
  unsupported_version:
    'This record was made with a version of Homeward that we cannot read. Update it first.',
  date_in_future: 'This date must be today or in the past.',
  date_order: 'This date must be the same as or later than an earlier date ({after}). Check both dates.',
  age_mismatch: 'The age does not match the date of birth. Check both.',
  age_band_mismatch: 'The age group does not match the age. For this age, the group is {expected}.',
  minor_not_flagged:
    'This person was under 18 when registered or when recruited, so the record must be marked for child protection.',
  consent_required: 'We can only keep this record if the person agrees to us keeping their information.',
  estimate_order:
    'The lowest estimate must not be more than the best estimate, and the best estimate must not be more than the highest.',
  breakdown_exceeds_max: 'These numbers add up to more than the highest estimate ({max}). Check them.',
};
