import { generateIntakeDataset } from '@homeward/core/examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, harness, type Session } from './harness.js';

let h: Harness;
let admin: Session;
let analyst: Session;
let partner: Session;

beforeAll(async () => {
  h = await harness({ statsCacheSeconds: 0, intakeRatePerMinute: 10_000 });
  [admin, analyst, partner] = await Promise.all([h.login('admin'), h.login('analyst'), h.login('partner')]);
  const dataset = generateIntakeDataset(200, 2026);
  for (const record of dataset.records) {
    const res = await h.app.inject({ method: 'POST', url: '/api/intake', payload: record });
    expect(res.statusCode).toBe(201);
  }
});
afterAll(async () => {
  await h.close();
});

describe('the duplicate queue', () => {
  it('checks every registration off the request path and queues likely pairs for review', async () => {
    expect(await h.store.duplicateJobs.pending()).toBe(200);
    const done = await h.app.duplicateWorker.drain();
    expect(done).toBe(200);
    expect(await h.store.duplicateJobs.pending()).toBe(0);
    const res = await admin.request({ method: 'GET', url: '/api/duplicates?status=open' });
    expect(res.statusCode).toBe(200);
    const pairs = res.json().items;
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs[0]).toMatchObject({
      probability: expect.any(Number),
      a: { id: expect.any(String) },
      b: { id: expect.any(String) },
    });
    expect(pairs[0].a.flags.possibleDuplicate).toBe(true);
    // Scored by core's matcher: its band and the evidence field by field, from the review threshold up.
    expect(pairs[0].explanation).toMatchObject({
      band: expect.stringMatching(/^(match|review)$/),
      reasons: expect.arrayContaining([expect.stringMatching(/^name_/)]),
    });
    expect(pairs.every((p: { probability: number }) => p.probability >= 0.2)).toBe(true);
  });

  it('merges a pair (the other case marked merged, history kept) and dismisses one with a reason', async () => {
    const pairs = (await admin.request({ method: 'GET', url: '/api/duplicates?status=open' })).json().items;
    const [first, second] = pairs;
    const merged = await admin.request({
      method: 'POST',
      url: `/api/duplicates/${first.id}/merge`,
      payload: { keep: 'a', fields: { needs: 'b' }, reason: 'same passport' },
    });
    expect(merged.statusCode).toBe(200);
    expect(merged.json().status).toBe('merged');
    const gone = await h.store.records.get(first.b.id);
    expect(gone?.mergedInto).toBe(first.a.id);
    const history = (await admin.request({ method: 'GET', url: `/api/cases/${first.a.id}/history` })).json()
      .versions;
    expect(history.length).toBeGreaterThanOrEqual(2);
    const again = await admin.request({
      method: 'POST',
      url: `/api/duplicates/${first.id}/dismiss`,
      payload: { reason: 'x' },
    });
    expect(again.statusCode).toBe(409);
    if (second) {
      const dismissed = await admin.request({
        method: 'POST',
        url: `/api/duplicates/${second.id}/dismiss`,
        payload: { reason: 'twins' },
      });
      expect(dismissed.statusCode).toBe(200);
      expect(dismissed.json().status).toBe('dismissed');
    }
    const badField = await admin.request({
      method: 'POST',
      url: `/api/duplicates/${first.id}/merge`,
      payload: { keep: 'c', reason: 'r' },
    });
    expect(badField.statusCode).toBe(400);
  });
});

describe('statistics', () => {
  it('counts in the database, suppressed with k = 11, for staff and the public alike', async () => {
    const staff = await analyst.request({
      method: 'GET',
      url: '/api/stats/intake/count?by=person.citizenship',
    });
    expect(staff.statusCode).toBe(200);
    const table = staff.json();
    expect(table.disclosure?.k).toBe(11);
    for (const cell of [...table.cells, ...table.margins])
      expect(cell.value === null || cell.value === 0 || cell.value >= 11).toBe(true);
    const open = await h.app.inject({
      method: 'GET',
      url: '/api/public/stats/intake/count?by=person.sex&by=person.ageBand',
    });
    expect(open.statusCode).toBe(200);
    expect(open.body).not.toMatch(/fullName|caseNumber|"id"/);
    const series = await h.app.inject({
      method: 'GET',
      url: '/api/public/stats/intake/series?interval=day&from=2026-01-01&to=2026-01-18',
    });
    expect(series.json().dimensions[0].values).toHaveLength(18);
  });

  it('a weekly series for staff: ISO weeks folded from the days counted in SQL, the same total as the daily one', async () => {
    const window = 'from=2025-12-29&to=2026-01-25';
    const get = async (interval: string) =>
      (
        await analyst.request({
          method: 'GET',
          url: `/api/stats/intake/series?interval=${interval}&${window}`,
        })
      ).json();
    const weekly = await get('week');
    expect(weekly.dimensions[0].values).toEqual(['2026-W01', '2026-W02', '2026-W03', '2026-W04']);
    expect(weekly.dimensions[0].interval).toBe('week');
    const daily = await get('day');
    const shown = (t: { cells: { value: number | null }[] }) =>
      t.cells.every((c) => c.value !== null) ? t.cells.reduce((s, c) => s + c.value!, 0) : undefined;
    // Where suppression hides nothing, the weeks add up to the days.
    const days = shown(daily);
    if (days !== undefined && shown(weekly) !== undefined) expect(shown(weekly)).toBe(days);
    expect(weekly.total.value).toBe(daily.total.value);
  });

  it.each([
    ['intake/count', 'invalid_parameter'],
    ['intake/count?by=person.fullName', 'invalid_choice'],
    ['intake/count?by=person.sex&by=person.sex', 'invalid_parameter'],
    ['intake/count?by=person.sex&k=2', 'unknown_field'],
    ['intake/count?by=person.sex&from=2026-02-01&to=2026-01-01', 'date_order'],
    ['intake/series?interval=day&from=1900-01-01&to=2026-01-01', 'too_big'],
    ['intake/series?interval=hour', 'invalid_enum'],
  ])('answers 400 with a reason for %s', async (path, code) => {
    const res = await h.app.inject({ method: 'GET', url: `/api/public/stats/${path}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues.map((i: { code: string }) => i.code)).toContain(code);
  });
});

describe('exports', () => {
  it('streams CSV with HXL tags, JSON Lines and HTCDS for an admin, audited', async () => {
    const csv = await admin.request({ method: 'GET', url: '/api/exports/csv' });
    expect(csv.statusCode).toBe(200);
    const lines = csv.body.trim().split('\r\n');
    expect(lines[1]).toMatch(/^#/);
    expect(lines.filter((l) => l.startsWith('#'))).toHaveLength(1);
    expect(lines.length).toBe(2 + 199); // one merged away
    const jsonl = await admin.request({ method: 'GET', url: '/api/exports/jsonl' });
    expect(jsonl.body.trim().split('\n')).toHaveLength(199);
    const htcds = await admin.request({ method: 'GET', url: '/api/exports/htcds' });
    expect(JSON.parse(htcds.body.split('\n')[0]!)).toHaveProperty('person');
    const audit = await h.store.audit.list({ action: 'export.csv' });
    expect(audit.items[0]).toMatchObject({ actorId: h.users.admin.id, detail: { profile: 'internal' } });
  });

  it('gives an analyst the public profile (no names) and a partner nothing but its referrals', async () => {
    const res = await analyst.request({ method: 'GET', url: '/api/exports/jsonl' });
    expect(res.headers['x-export-profile']).toBe('public');
    const first = JSON.parse(res.body.split('\n')[0]!);
    expect(first.person?.fullName).toBeUndefined();
    const p = await partner.request({ method: 'GET', url: '/api/exports/jsonl' });
    expect(p.statusCode).toBe(200);
    expect(p.body.trim()).toBe('');
  });
});

describe('the audit log', () => {
  it('is readable by admins: logins, reads, exports; never contents', async () => {
    const res = await admin.request({ method: 'GET', url: '/api/audit?limit=500' });
    expect(res.statusCode).toBe(200);
    const actions = new Set(res.json().items.map((e: { action: string }) => e.action));
    for (const action of ['login.success', 'export.csv', 'duplicates.merge'])
      expect(actions).toContain(action);
  });
});
