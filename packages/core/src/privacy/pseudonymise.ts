/**
 * Pseudonyms for direct identifiers: HMAC-SHA-256 under a secret key, through WebCrypto (`globalThis.crypto.subtle`,
 * in browsers and Node 20 alike). The same value under the same key gives the same pseudonym in every export, so
 * partners holding two exports can link records about one person without ever seeing a name; without the key
 * nobody can reverse or recompute them.
 */
import { type AnyRecord, fieldValues, mapFields } from './walk.js';

/**
 * A WebCrypto key as `crypto.subtle` returns it. Named from `crypto.subtle` rather than the DOM library's `CryptoKey`
 * because core compiles without the DOM library (it runs in Node, workers and browsers alike).
 */
export type WebCryptoKey = Awaited<ReturnType<typeof globalThis.crypto.subtle.importKey>>;

/** A key from `pseudonymKey`, or the secret itself (imported on every call: pass a key for batches). */
export type PseudonymKey = WebCryptoKey | string | Uint8Array;

const MIN_SECRET_BYTES = 16;

/** Imports a secret (at least 16 bytes) as an HMAC-SHA-256 key, usable only for signing. */
export async function pseudonymKey(secret: string | Uint8Array): Promise<WebCryptoKey> {
  const bytes = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret;
  if (bytes.byteLength < MIN_SECRET_BYTES) {
    throw new RangeError(`a pseudonym secret needs at least ${MIN_SECRET_BYTES} bytes`);
  }
  return globalThis.crypto.subtle.importKey(
    'raw',
    bytes as Uint8Array<ArrayBuffer>,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
}

/**
 * The form a value is hashed in, so that the pseudonym survives how it was typed: Unicode NFKC, spaces trimmed and
 * collapsed, lower case ("RIZKY " and "Rizky" link); the field's path comes first, so that equal values in different
 * fields (a phone and a document number) do not link.
 */
export function pseudonymInput(path: string, value: string): string {
  return `${path}\u0000${value.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

function toHex(buffer: ArrayBuffer): string {
  let hex = '';
  for (const byte of new Uint8Array(buffer)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

const isKey = (key: PseudonymKey): key is WebCryptoKey => typeof key === 'object' && 'algorithm' in key;

/**
 * A copy of the record whose direct identifiers (catalogue sensitivity `direct`: names, document numbers, phones,
 * exact birth date, messaging handles) are replaced by their pseudonyms, 64 lower-case hex digits; every other field
 * is kept as it is. The result keeps the record's shape but no longer validates (a pseudonym is not a phone number):
 * it is for export and linking, not for editing.
 */
export async function pseudonymise<T extends AnyRecord>(record: T, key: PseudonymKey): Promise<T> {
  const cryptoKey = isKey(key) ? key : await pseudonymKey(key);
  const encoder = new TextEncoder();
  const inputs = new Set<string>();
  for (const { path, meta, value } of fieldValues(record)) {
    if (meta?.sensitivity !== 'direct') continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item === 'string') inputs.add(pseudonymInput(path, item));
    }
  }
  const pseudonyms = new Map<string, string>();
  await Promise.all(
    [...inputs].map(async (input) => {
      const mac = await globalThis.crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(input));
      pseudonyms.set(input, toHex(mac));
    }),
  );
  const swap = (path: string, item: unknown) =>
    typeof item === 'string' ? pseudonyms.get(pseudonymInput(path, item)) : item;
  return mapFields(record, (path, meta, value) => {
    if (meta?.sensitivity !== 'direct') return structuredClone(value);
    return Array.isArray(value) ? value.map((item) => swap(path, item)) : swap(path, value);
  }) as T;
}
