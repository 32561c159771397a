/**
 * Phone numbers compared in E.164 and local forms: "+62 812-3456-7890", "0062812…" and "0812 3456 7890" (an
 * Indonesian citizen's local form) are one number.
 */

/** Country calling codes of the citizenships Homeward sees most; other countries' local forms keep their digits. */
const CALLING_CODES: Record<string, string> = {
  ID: '62',
  CN: '86',
  TW: '886',
  HK: '852',
  MO: '853',
  VN: '84',
  TH: '66',
  MM: '95',
  KH: '855',
  LA: '856',
  KR: '82',
  JP: '81',
  PH: '63',
  MY: '60',
  SG: '65',
  BN: '673',
  IN: '91',
  BD: '880',
  LK: '94',
  NP: '977',
  PK: '92',
  KE: '254',
  ET: '251',
  UG: '256',
  TZ: '255',
  NG: '234',
  GH: '233',
  US: '1',
  GB: '44',
  FR: '33',
};

/**
 * Digits of a number in international form (calling code first, no "+"): a leading 00 is dropped, a leading 0 is
 * replaced by the calling code of the person's first citizenship we know.
 */
export function normalisePhone(phone: string, citizenship: readonly string[] = []): string {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (trimmed.startsWith('+')) return digits;
  if (digits.startsWith('00')) return digits.slice(2);
  if (digits.startsWith('0')) {
    const code = citizenship.map((c) => CALLING_CODES[c.toUpperCase()]).find((c) => c !== undefined);
    return code ? code + digits.slice(1) : digits;
  }
  return digits;
}

/** The last eight digits: the subscriber part, equal whatever prefix a clerk wrote. */
export function phoneSuffix(digits: string): string {
  return digits.slice(-8);
}
