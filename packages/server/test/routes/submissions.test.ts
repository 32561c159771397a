import { messagesFor, parseCaseNumber } from '@homeward/core';
import { incidentExamples, intakeExamples } from '@homeward/core/examples';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, harness } from './harness.js';

const intake = intakeExamples[0]!;
const incident = incidentExamples[0]!;
let h: Harness;
beforeEach(async () => {
  h = await harness();
});
afterEach(async () => {
  await h.close();
});

function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  return h.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/json', ...headers },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('POST /api/intake and /api/incident', () => {
  it('validates again, stores once and answers 201 with id and a case number', async () => {
    const res = await post('/api/intake', intake, { 'idempotency-key': 'k-1' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toEqual({ id: intake.id, receivedAt: expect.any(String), caseNumber: expect.any(String) });
    expect(parseCaseNumber(body.caseNumber).ok).toBe(true);
    expect(body.caseNumber).toMatch(/^IEPP-26-00001-\d$/);
    const stored = await h.store.records.get(intake.id);
    expect(stored?.record).toMatchObject({ person: intake.person });
    expect(await h.store.duplicateJobs.pending()).toBe(1);
    const res2 = await post('/api/incident', incident);
    expect(res2.statusCode).toBe(201);
    expect(res2.json()).not.toHaveProperty('caseNumber');
  });

  it('answers a retry with 200 and the same answer; a race of five stores once', async () => {
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => post('/api/intake', intake, { 'idempotency-key': 'race' })),
    );
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(answers.map((r) => r.json().caseNumber)).size).toBe(1);
    expect(await h.store.records.count({ kind: 'intake' })).toBe(1);
  });

  it('refuses a reused key for another record (422) and another record under a stored id (409)', async () => {
    await post('/api/intake', intake, { 'idempotency-key': 'once' });
    const other = { ...intake, id: '0b7e3c1a-5d2f-4e6b-8a9c-1d2e3f4a5b6c' };
    const reused = await post('/api/intake', other, { 'idempotency-key': 'once' });
    expect(reused.statusCode).toBe(422);
    expect(reused.json().issues[0].code).toBe('idempotency_key_reused');
    const changed = await post('/api/intake', { ...intake, notes: 'edited' });
    expect(changed.statusCode).toBe(409);
    expect(changed.json().issues[0]).toMatchObject({ code: 'duplicate_id', path: ['id'] });
  });

  it('answers 400 with core issues in the language asked for', async () => {
    const { fullName: _, ...person } = intake.person;
    const res = await post('/api/intake', { ...intake, person }, { 'accept-language': 'fr-FR,fr;q=0.9' });
    expect(res.statusCode).toBe(400);
    const nameIssue = res
      .json()
      .issues.find((i: { path: unknown[] }) => i.path.join('.') === 'person.fullName');
    expect(nameIssue.message).toBe(messagesFor('fr').required);
  });

  it('accepts a submission queued offline for days', async () => {
    // Registered at the desk on its registrationDate, sent when the tablet came back online.
    const res = await post('/api/intake', intake, { 'idempotency-key': 'queued-offline' });
    expect(res.statusCode).toBe(201);
    const days = (Date.parse(res.json().receivedAt) - Date.parse(intake.registrationDate)) / 86_400_000;
    expect(days).toBeGreaterThan(3);
  });

  it('keeps markup in text fields as text', async () => {
    const marked = { ...intake, notes: '<script>alert(1)</script><img src=x onerror=alert(1)>' };
    expect((await post('/api/intake', marked)).statusCode).toBe(201);
    const stored = await h.store.records.get<{ notes: string }>(intake.id);
    expect(stored?.record.notes).toBe(marked.notes);
  });

  it.each([
    ['not JSON', '{"id": ', 400, 'invalid_json'],
    ['a JSON string', '"hello"', 400, 'invalid_type'],
    ['null', 'null', 400, 'invalid_type'],
    ['an array', '[]', 400, 'invalid_type'],
    ['empty', '', 400, 'invalid_json'],
    ['a __proto__ key', '{"__proto__":{"isAdmin":true}}', 400, 'forbidden_key'],
    ['a constructor.prototype key', '{"constructor":{"prototype":{"x":1}}}', 400, 'forbidden_key'],
    ['100,000 levels of nesting', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 400, 'too_deep'],
  ])('answers 4xx for a body that is %s, never 500', async (_name, body, status, code) => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/intake',
      headers: { 'content-type': 'application/json' },
      payload: body,
    });
    expect(res.statusCode).toBe(status);
    expect(res.json().issues[0].code).toBe(code);
  });

  it('answers 400 for a body that is not UTF-8 and for a malformed Idempotency-Key', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/intake',
      headers: { 'content-type': 'application/json' },
      payload: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    });
    expect(res.json().issues[0].code).toBe('invalid_encoding');
    const key = await post('/api/intake', intake, { 'idempotency-key': 'x'.repeat(256) });
    expect(key.statusCode).toBe(400);
    expect(key.json().issues[0].code).toBe('invalid_idempotency_key');
  });

  it('answers 413 over the size limit and 415 for other media types', async () => {
    const big = await post('/api/intake', { ...intake, notes: 'x'.repeat(300 * 1024) });
    expect(big.statusCode).toBe(413);
    expect(big.json().issues[0].code).toBe('too_large');
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const res = await h.app.inject({
        method: 'POST',
        url: '/api/intake',
        headers: { 'content-type': type },
        payload: JSON.stringify(intake),
      });
      expect(res.statusCode).toBe(415);
      expect(res.json().issues[0].code).toBe('unsupported_media_type');
    }
    expect(await h.store.records.count({})).toBe(0);
  });

  it('answers 503 and logs for the operator when the write fails, then accepts the retry', async () => {
    const insert = h.store.records.insert.bind(h.store.records);
    h.store.records.insert = async () => {
      throw new Error('disk full');
    };
    const res = await post('/api/intake', intake, { 'idempotency-key': 'k' });
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.body).not.toContain('disk full');
    expect(h.logs.join('')).toContain('could not store a intake submission');
    expect(h.logs.join('')).toContain('disk full');
    h.store.records.insert = insert;
    expect((await post('/api/intake', intake, { 'idempotency-key': 'k' })).statusCode).toBe(201);
  });

  it('rate-limits submissions per client', async () => {
    const limited = await harness({ intakeRatePerMinute: 2 });
    try {
      const send = () =>
        limited.app.inject({
          method: 'POST',
          url: '/api/incident',
          headers: { 'content-type': 'application/json' },
          payload: '{}',
        });
      await send();
      await send();
      const third = await send();
      expect(third.statusCode).toBe(429);
      expect(third.json().issues[0].code).toBe('rate_limited');
    } finally {
      await limited.close();
    }
  });

  it('logs no record field: a sentinel name and passport number appear in no log line', async () => {
    const sentinel = {
      ...intake,
      person: { ...intake.person, fullName: 'Sentinel Zyxwv' },
      documents: [{ type: 'passport' as const, number: 'ZX9876543', status: 'held_by_person' as const }],
    };
    const res = await post('/api/intake', sentinel);
    expect([201, 400]).toContain(res.statusCode);
    h.app.log.info({ record: sentinel, body: sentinel }, 'a careless log line');
    const text = h.logs.join('');
    expect(text).toContain('a careless log line');
    expect(text).not.toContain('Sentinel Zyxwv');
    expect(text).not.toContain('ZX9876543');
  });
});
