import { describe, expect, it } from 'vitest';
import { EncryptedDraftStore } from './draft-store.js';

describe('EncryptedDraftStore', () => {
  it('round-trips a draft', async () => {
    const store = new EncryptedDraftStore<{ name: string }>({ namespace: `t-${crypto.randomUUID()}` });
    await store.save({ name: 'Sokha' });
    expect(await store.load()).toEqual({ name: 'Sokha' });
  });
});
