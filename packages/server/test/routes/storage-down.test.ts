/** The database gone from under a running server: intake answers 503 with Retry-After and the operator hears of it. */

import { rm } from 'node:fs/promises';
import { intakeExamples } from '@homeward/core/examples';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await harness();
});
afterEach(async () => {
  await h.app.close();
  await rm(h.dataDir, { recursive: true, force: true });
});

describe('a write when the database is unavailable', () => {
  it('answers 503 with a reason and Retry-After, and logs an error line for the operator', async () => {
    await h.store.close(); // the real connection is gone: no mock of the repository
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/intake',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'down-1' },
      payload: JSON.stringify(intakeExamples[0]),
    });
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBeDefined();
    expect(res.json().issues[0].code).toBe('storage_failed');
    const errorLines = h.logs.map((l) => JSON.parse(l)).filter((l) => l.level >= 50);
    expect(errorLines.length).toBeGreaterThanOrEqual(1);
    expect(errorLines[0].msg).toMatch(/could not store a intake submission/);
    expect(errorLines[0].err).toBeDefined();
    expect(JSON.stringify(errorLines)).not.toContain(intakeExamples[0]!.person.fullName);
  });
});
