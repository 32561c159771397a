/**
 * The widgets' duplicate review (its DOM-free model, as `<hw-duplicate-review>` drives it) against the real routes:
 * the pairs the server queues parse as the widgets' contract (core's band and comparisons), a confirmed merge
 * resolves the pair in the store, and a second merge of the same pair is the 409 the element shows as a conflict.
 * Not yet the Chromium end-to-end run (that needs a served page on the same origin); see the staff issue.
 */
import { generateIntakeDataset } from '@homeward/core/examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuplicatePairView } from '../../../widgets/src/staff/api/contract.js';
import { DuplicateReviewModel } from '../../../widgets/src/staff/duplicate-review/duplicate-review-model.js';
import { type Harness, harness, type Session } from './harness.js';

let h: Harness;
let admin: Session;

beforeAll(async () => {
  h = await harness({ statsCacheSeconds: 0, intakeRatePerMinute: 10_000 });
  admin = await h.login('admin');
  for (const record of generateIntakeDataset(120, 2026).records) {
    expect((await h.app.inject({ method: 'POST', url: '/api/intake', payload: record })).statusCode).toBe(
      201,
    );
  }
  await h.app.duplicateWorker.drain();
});
afterAll(async () => {
  await h.close();
});

describe('the widgets duplicate review on the real server', () => {
  it('reads the queue, merges after confirmation, and reports a second merge as a conflict', async () => {
    const pairs = (await admin.request({ method: 'GET', url: '/api/duplicates?status=open' })).json()
      .items as DuplicatePairView[];
    expect(pairs.length).toBeGreaterThan(0);
    for (const c of pairs[0]!.explanation.comparisons) {
      expect(c).toEqual({ field: expect.any(String), level: expect.any(String), weight: expect.any(Number) });
    }
    const api = {
      resolve: async (
        id: string,
        action: 'merge' | 'dismiss',
        body: { keep?: 'a' | 'b'; reason: string },
      ) => {
        const res = await admin.request({
          method: 'POST',
          url: `/api/duplicates/${id}/${action}`,
          payload: body,
        });
        return { status: res.statusCode, message: res.json().issues?.[0]?.message };
      },
    };
    const model = new DuplicateReviewModel(api, () => {});
    model.load(pairs);
    const pair = model.current!;
    model.choose('a');
    model.setReason('same passport');
    model.askMerge();
    await model.merge();
    expect(model.state.outcome).toEqual({ kind: 'merged', caseNumber: pair.a.caseNumber ?? pair.a.id });
    expect((await h.store.records.get(pair.b.id))?.mergedInto).toBe(pair.a.id);

    const stale = new DuplicateReviewModel(api, () => {});
    stale.load([pair]);
    stale.choose('a');
    stale.setReason('again');
    stale.askMerge();
    await stale.merge();
    expect(stale.state.outcome?.kind).toBe('conflict');
  });
});
