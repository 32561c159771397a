/**
 * The master key and the keys derived from it. One 32-byte master key (HOMEWARD_DATA_KEY, or a key file created
 * with mode 0600 on first run) gives, through HKDF-SHA-256 with separate purposes, the sealing key (AES-256-GCM),
 * the blind-index key (HMAC-SHA-256) and a key check value kept in the database so that a wrong key is refused
 * before anything is read or written. The key id stored with every sealed value names the master key it came from.
 */
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { StoreOpenError } from '../types.js';

export const MASTER_KEY_BYTES = 32;

export interface DerivedKeys {
  /** Short public name of the master key (first 8 bytes of an HKDF output, hex): stored per sealed row. */
  keyId: string;
  sealKey: Buffer;
  indexKey: Buffer;
  /** HMAC proving the key without revealing it: compared with the one stored at first run. */
  checkValue: string;
}

function derive(master: Uint8Array, purpose: string, length = 32): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `homeward/${purpose}/v1`, length));
}

export function deriveKeys(master: Uint8Array): DerivedKeys {
  if (master.length !== MASTER_KEY_BYTES) {
    throw new StoreOpenError(
      `The data key must be ${MASTER_KEY_BYTES} bytes; got ${master.length}.`,
      'bad_key',
    );
  }
  const check = derive(master, 'key-check');
  return {
    keyId: derive(master, 'key-id', 8).toString('hex'),
    sealKey: derive(master, 'seal'),
    indexKey: derive(master, 'blind-index'),
    checkValue: createHmac('sha256', check).update('homeward key check').digest('hex'),
  };
}

export function sameCheckValue(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A base64 key as given in HOMEWARD_DATA_KEY or a key file; null when it is not 32 bytes of base64. */
export function parseKey(text: string): Uint8Array | null {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed) && !/^[A-Za-z0-9_-]+={0,2}$/.test(trimmed)) return null;
  const bytes = Buffer.from(trimmed, trimmed.includes('-') || trimmed.includes('_') ? 'base64url' : 'base64');
  return bytes.length === MASTER_KEY_BYTES ? new Uint8Array(bytes) : null;
}

export function generateKey(): Uint8Array {
  return new Uint8Array(randomBytes(MASTER_KEY_BYTES));
}

export function formatKey(key: Uint8Array): string {
  return Buffer.from(key).toString('base64');
}

/** Writes a key file readable by its owner only (mode 0600), atomically (temp file, then rename). */
export function writeKeyFile(path: string, key: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temp = `${path}.tmp-${process.pid}`;
  writeFileSync(temp, `${formatKey(key)}\n`, { mode: 0o600, flag: 'w' });
  chmodSync(temp, 0o600);
  renameSync(temp, path);
}

/** Reads the key file; creates it with a fresh key when `create` and it does not exist yet. */
export function readKeyFile(path: string, create: boolean): { key: Uint8Array; created: boolean } {
  if (!existsSync(path)) {
    if (!create) {
      throw new StoreOpenError(`The key file ${path} does not exist.`, 'bad_key');
    }
    const key = generateKey();
    writeKeyFile(path, key);
    return { key, created: true };
  }
  const key = parseKey(readFileSync(path, 'utf8'));
  if (!key) {
    throw new StoreOpenError(
      `The key file ${path} does not hold a base64 key of ${MASTER_KEY_BYTES} bytes.`,
      'bad_key',
    );
  }
  return { key, created: false };
}
