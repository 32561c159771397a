import { CURRENCY_CODES } from './codes.generated.js';

export { CURRENCY_CODES };

const currencySet: ReadonlySet<string> = new Set(CURRENCY_CODES);

/** True for an ISO 4217 currency code. */
export function isCurrencyCode(value: unknown): value is string {
  return typeof value === 'string' && currencySet.has(value);
}
