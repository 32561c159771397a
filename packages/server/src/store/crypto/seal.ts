/**
 * Sealing: AES-256-GCM with a random 96-bit nonce per value. The associated data binds a ciphertext to its place
 * (table, row id, field, version), so a sealed body copied onto another row does not open there.
 * Layout: version byte (1) | nonce (12) | tag (16) | ciphertext.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const FORMAT = 1;
const NONCE = 12;
const TAG = 16;

export class SealError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SealError';
  }
}

export function seal(key: Buffer, plaintext: Buffer, associated: string): Buffer {
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(associated, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.of(FORMAT), nonce, cipher.getAuthTag(), body]);
}

export function open(key: Buffer, sealed: Uint8Array, associated: string): Buffer {
  const data = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (data.length < 1 + NONCE + TAG || data[0] !== FORMAT) throw new SealError('Not a sealed value.');
  const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(1, 1 + NONCE));
  decipher.setAAD(Buffer.from(associated, 'utf8'));
  decipher.setAuthTag(data.subarray(1 + NONCE, 1 + NONCE + TAG));
  try {
    return Buffer.concat([decipher.update(data.subarray(1 + NONCE + TAG)), decipher.final()]);
  } catch {
    throw new SealError(
      `A sealed value did not open (${associated.split('/')[1] ?? 'value'}): wrong key or moved.`,
    );
  }
}

export function sealJson(key: Buffer, value: unknown, associated: string): Buffer {
  return seal(key, Buffer.from(JSON.stringify(value), 'utf8'), associated);
}

export function openJson<T>(key: Buffer, sealed: Uint8Array, associated: string): T {
  return JSON.parse(open(key, sealed, associated).toString('utf8')) as T;
}
