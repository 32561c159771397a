/**
 * Blind index: keyed hashes (HMAC-SHA-256 under a key of its own, derived from the master key) of normalised names,
 * document numbers and phone numbers. The database can then answer "which records share this passport number" or
 * "which records could be the same person" without holding a single name or number.
 */
import { createHmac } from 'node:crypto';
import { blockingKeys, type IntakeRecord, nameSkeleton } from '@homeward/core';
import type { TokenKind } from '../types.js';

/** 'block': core's blocking keys (matching), used only to narrow duplicate candidates, never for look-up. */
export type StoredTokenKind = TokenKind | 'block';

export interface BlindToken {
  kind: StoredTokenKind;
  token: string;
}

/** Upper-case letters and digits only: `A 123-456` and `a123456` are one document number. */
export function normaliseDocument(number: string): string {
  return number
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '');
}

/** E.164 digits with a leading +; local formatting (spaces, dashes, brackets) ignored. */
export function normalisePhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits ? `+${digits}` : '';
}

/** A name's spelling skeleton across scripts (core's nameSkeleton): Muhamad Rizki = Muhammad Rizky = RIZKY MUHAMMAD. */
export function normaliseName(name: string): string {
  return nameSkeleton(name);
}

export function normalise(kind: TokenKind, value: string): string {
  if (kind === 'name') return normaliseName(value);
  if (kind === 'document') return normaliseDocument(value);
  return normalisePhone(value);
}

export class BlindIndex {
  constructor(private readonly key: Buffer) {}

  /** The token of one value, or null when nothing is left after normalising. */
  token(kind: TokenKind, value: string): string | null {
    const normal = normalise(kind, value);
    if (!normal) return null;
    return this.hash(kind, normal);
  }

  private hash(kind: StoredTokenKind, normal: string): string {
    return createHmac('sha256', this.key).update(`${kind}\u0000${normal}`).digest('base64url').slice(0, 22);
  }

  /** Every token of a record (intake or incident), deduplicated. */
  tokensOf(record: unknown): BlindToken[] {
    const seen = new Map<string, BlindToken>();
    const add = (kind: TokenKind, value: unknown) => {
      if (typeof value !== 'string') return;
      const token = this.token(kind, value);
      if (token) seen.set(`${kind}:${token}`, { kind, token });
    };
    const r = (record ?? {}) as {
      person?: { fullName?: unknown; latinName?: unknown; phones?: unknown };
      documents?: unknown;
    };
    add('name', r.person?.fullName);
    add('name', r.person?.latinName);
    if (Array.isArray(r.person?.phones)) for (const phone of r.person.phones) add('phone', phone);
    if (Array.isArray(r.documents)) {
      for (const doc of r.documents as { number?: unknown }[]) add('document', doc?.number);
    }
    if (r.person && typeof r.person === 'object') {
      // Core's blocking rules (name key + birth year, birth date, document, phone suffix, same story): the
      // duplicate worker's candidates are exactly the records core would compare.
      for (const key of blockingKeys(record as IntakeRecord)) {
        seen.set(`block:${key}`, { kind: 'block', token: this.hash('block', key) });
      }
    }
    return [...seen.values()];
  }
}
