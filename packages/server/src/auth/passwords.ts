import { type Algorithm, hash, verify } from '@node-rs/argon2';

/** Argon2id (the value of the library's const enum), with OWASP's minimum: 19 MiB, 2 passes, 1 lane. */
const ARGON2ID = 2 as Algorithm;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 12;

/** An argon2id PHC string for a password; the password itself is never kept. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash never signs anyone in
  }
}

let dummy: Promise<string> | undefined;

/**
 * Spends the time a real verification takes when the e-mail is unknown, so that response times do not tell which
 * accounts exist.
 */
export async function verifyNobody(password: string): Promise<false> {
  dummy ??= hashPassword('not a password anyone has: timing equaliser');
  await verifyPassword(await dummy, password);
  return false;
}
