/**
 * Seals and opens the store's confidential values under the current master key, and opens values sealed under
 * an earlier one while a rotation runs. Each sealed value is stored with the key id that opens it.
 */
import type { DerivedKeys } from './keys.js';
import { open, openJson, seal, sealJson } from './seal.js';

export interface Sealed {
  keyId: string;
  body: Buffer;
}

export class Sealer {
  private readonly keys = new Map<string, Buffer>();

  constructor(
    readonly current: DerivedKeys,
    earlier: DerivedKeys[] = [],
  ) {
    for (const k of [current, ...earlier]) this.keys.set(k.keyId, k.sealKey);
  }

  get keyId(): string {
    return this.current.keyId;
  }

  private keyFor(keyId: string): Buffer {
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`A value is sealed under key ${keyId}, which this server does not hold.`);
    return key;
  }

  sealJson(value: unknown, associated: string): Sealed {
    return { keyId: this.current.keyId, body: sealJson(this.current.sealKey, value, associated) };
  }

  openJson<T>(keyId: string, body: Uint8Array, associated: string): T {
    return openJson<T>(this.keyFor(keyId), body, associated);
  }

  sealText(text: string, associated: string): Sealed {
    return {
      keyId: this.current.keyId,
      body: seal(this.current.sealKey, Buffer.from(text, 'utf8'), associated),
    };
  }

  openText(keyId: string, body: Uint8Array, associated: string): string {
    return open(this.keyFor(keyId), body, associated).toString('utf8');
  }
}

/** Associated data: where a sealed value belongs. A body copied to another row or version does not open. */
export const aad = {
  record: (id: string, version: number) => `homeward/record/${id}/${version}`,
  event: (id: string) => `homeward/event/${id}`,
  note: (id: string) => `homeward/note/${id}`,
  referral: (id: string) => `homeward/referral/${id}`,
  pair: (id: string) => `homeward/pair/${id}`,
};
