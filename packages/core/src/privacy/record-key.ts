/**
 * Record keys for the cell key method: one secret, stable integer per record, derived from the record's id with
 * HMAC-SHA-256 under the publication's secret key. Stable, because a record keeps its key in every release (which is
 * what makes the same cell get the same perturbation); secret, because whoever knows the keys can undo the
 * perturbation. A server stores it as a plain integer column beside the sealed record (it reveals nothing without
 * the other keys of a cell), so a database can add them up in `GROUP BY` (`SUM(record_key) % 65536`).
 */
import { type PseudonymKey, pseudonymKey, type WebCryptoKey } from './pseudonymise.js';

/** Record keys are whole numbers from 0 to 2^16 - 1; cell key sums are taken modulo this. */
export const RECORD_KEY_BITS = 16;
/**
 * Record keys and cell keys are whole numbers modulo this (2^16): a cell's key is the sum of its records' keys
 * modulo it.
 */
export const RECORD_KEY_MODULUS = 2 ** RECORD_KEY_BITS;

/** Domain separation: the same secret used for pseudonyms never yields a record key as a pseudonym, or back. */
const PREFIX = 'homeward:record-key\u0000';

type CreateHmac = (
  algorithm: string,
  key: Uint8Array,
) => { update(data: string, encoding: 'utf8'): { digest(): Uint8Array } };

/** `node:crypto`'s createHmac when running in Node (20.16+), undefined in a browser. */
function nodeHmac(): CreateHmac | undefined {
  const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const crypto = process?.getBuiltinModule?.('node:crypto') as { createHmac?: CreateHmac } | undefined;
  return crypto?.createHmac;
}

const isKey = (key: PseudonymKey): key is WebCryptoKey => typeof key === 'object' && 'algorithm' in key;

/**
 * The record key of each id (in order), under a secret of at least 16 bytes (or a key from `pseudonymKey`):
 * the first 16 bits of HMAC-SHA-256(secret, id), a whole number in `[0, RECORD_KEY_MODULUS)`.
 */
export async function recordKeys(ids: readonly string[], secret: PseudonymKey): Promise<number[]> {
  const key = isKey(secret) ? secret : await pseudonymKey(secret);
  // Node: the same HMAC, synchronously (WebCrypto's one promise per id costs ~65 µs; this ~2 µs, so a million keys
  // take seconds, not a minute). Only for a raw secret: a CryptoKey cannot be read back.
  const hmac = nodeHmac();
  if (hmac && !isKey(secret)) {
    const bytes = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret;
    return ids.map((id) => {
      const mac = hmac('sha256', bytes).update(`${PREFIX}${id}`, 'utf8').digest();
      return (mac[0]! << 8) | mac[1]!;
    });
  }
  const encoder = new TextEncoder();
  return Promise.all(
    ids.map(async (id) => {
      const mac = new Uint8Array(
        await globalThis.crypto.subtle.sign('HMAC', key, encoder.encode(`${PREFIX}${id}`)),
      );
      return (mac[0]! << 8) | mac[1]!;
    }),
  );
}

/** The record key of one id (see `recordKeys`). */
export async function recordKey(id: string, secret: PseudonymKey): Promise<number> {
  return (await recordKeys([id], secret))[0]!;
}

/** Adds record keys modulo `RECORD_KEY_MODULUS`, as `SUM(record_key) % 65536` does in SQL. */
export function addKeys(a: number, b: number): number {
  return (a + b) % RECORD_KEY_MODULUS;
}
