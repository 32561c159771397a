import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { messagesFor } from '@homeward/core';
import { incidentExamples, intakeExamples } from '@homeward/core/examples';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { type RunningServer, startServer } from './start-server.js';

const intake = intakeExamples[0]!;
const incident = incidentExamples[0]!;

let running: RunningServer;
beforeEach(async () => {
  running = await startServer({ bodyLimit: 16 * 1024 });
});
afterEach(async () => {
  await running.close();
});

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(running.url + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function storedLines(kind: 'intake' | 'incident'): Promise<unknown[]> {
  const text = await readFile(join(running.dataDir, `${kind}.jsonl`), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

/** After every refusal the server must still answer a good request. */
async function expectStillServing() {
  const res = await fetch(`${running.url}/`);
  expect(res.status).toBe(200);
  expect(running.errors).toEqual([]);
}

describe('POST /api/intake and /api/incident', () => {
  it('validates again, stores the record and answers 201 with its id', async () => {
    const res = await post('/api/intake', intake, { 'Idempotency-Key': 'k-1' });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toEqual({ id: intake.id, receivedAt: expect.any(String) });
    const lines = (await storedLines('intake')) as { record: { id: string; person: unknown } }[];
    expect(lines).toHaveLength(1);
    expect(lines[0]!.record.id).toBe(intake.id);
    expect(lines[0]!.record.person).toEqual(intake.person);

    const res2 = await post('/api/incident', incident);
    expect(res2.status).toBe(201);
    expect((await res2.json()).id).toBe(incident.id);
    expect(running.store.count('incident')).toBe(1);
  });

  it('stores what core validated, not what was sent: unknown keys are dropped', async () => {
    const res = await post('/api/intake', { ...intake, isAdmin: true, person: { ...intake.person, x: 1 } });
    expect(res.status).toBe(201);
    const [line] = (await storedLines('intake')) as { record: Record<string, unknown> }[];
    expect(line!.record).not.toHaveProperty('isAdmin');
    expect(line!.record.person).not.toHaveProperty('x');
  });

  it('answers a repeated Idempotency-Key with 200 and the same answer, never storing twice', async () => {
    const first = await post('/api/intake', intake, { 'Idempotency-Key': 'retry-me' });
    const firstBody = await first.json();
    for (let i = 0; i < 3; i++) {
      const again = await post('/api/intake', intake, { 'Idempotency-Key': 'retry-me' });
      expect(again.status).toBe(200);
      expect(await again.json()).toEqual(firstBody);
    }
    expect(await storedLines('intake')).toHaveLength(1);
  });

  it('stores once when the same submission races itself', async () => {
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => post('/api/intake', intake, { 'Idempotency-Key': 'race' })),
    );
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 201]);
    const ids = await Promise.all(answers.map(async (r) => (await r.json()).id));
    expect(new Set(ids)).toEqual(new Set([intake.id]));
    expect(await storedLines('intake')).toHaveLength(1);
  });

  it('refuses a reused Idempotency-Key with a different record (422)', async () => {
    await post('/api/intake', intake, { 'Idempotency-Key': 'once' });
    const other = { ...intake, id: '0b7e3c1a-5d2f-4e6b-8a9c-1d2e3f4a5b6c' };
    const res = await post('/api/intake', other, { 'Idempotency-Key': 'once' });
    expect(res.status).toBe(422);
    expect((await res.json()).issues[0].code).toBe('idempotency_key_reused');
    expect(running.store.count('intake')).toBe(1);
  });

  it('treats the same record under a new key as the same record, and a different one with its id as a conflict', async () => {
    const first = await (await post('/api/intake', intake, { 'Idempotency-Key': 'a' })).json();
    const same = await post('/api/intake', intake, { 'Idempotency-Key': 'b' });
    expect(same.status).toBe(200);
    expect(await same.json()).toEqual(first);
    const changed = await post('/api/intake', { ...intake, notes: 'edited' });
    expect(changed.status).toBe(409);
    expect((await changed.json()).issues).toEqual([
      expect.objectContaining({ code: 'duplicate_id', path: ['id'] }),
    ]);
    expect(await storedLines('intake')).toHaveLength(1);
  });

  it('answers 400 with the validators issues, in the language asked for', async () => {
    const { fullName: _, ...person } = intake.person;
    const res = await post('/api/intake', { ...intake, person }, { 'Accept-Language': 'fr-FR,fr;q=0.9' });
    expect(res.status).toBe(400);
    const { issues } = await res.json();
    const nameIssue = issues.find((i: { path: unknown[] }) => i.path.join('.') === 'person.fullName');
    expect(nameIssue).toMatchObject({ code: 'required', message: expect.any(String) });
    expect(nameIssue.message).toBe(messagesFor('fr').required);
    expect(running.store.count('intake')).toBe(0);

    const badIncident = await post('/api/incident', { ...incident, sources: [] });
    expect(badIncident.status).toBe(400);
    expect((await badIncident.json()).issues[0]).toMatchObject({ path: ['sources'], code: 'required' });
    await expectStillServing();
  });

  it.each([
    ['not JSON', '{"id": ', 'invalid_json'],
    ['a JSON string', '"hello"', 'invalid_type'],
    ['null', 'null', 'invalid_type'],
    ['an array', '[]', 'invalid_type'],
  ])('answers 400 for a body that is %s', async (_name, body, code) => {
    const res = await post('/api/intake', body);
    expect(res.status).toBe(400);
    expect((await res.json()).issues[0].code).toBe(code);
    await expectStillServing();
  });

  it('answers 400 for a body that is not UTF-8', async () => {
    const res = await fetch(`${running.url}/api/intake`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).issues[0].code).toBe('invalid_encoding');
    await expectStillServing();
  });

  it('answers 400 for a malformed Idempotency-Key', async () => {
    const res = await post('/api/intake', intake, { 'Idempotency-Key': 'x'.repeat(256) });
    expect(res.status).toBe(400);
    expect((await res.json()).issues[0].code).toBe('invalid_idempotency_key');
    expect(running.store.count('intake')).toBe(0);
    await expectStillServing();
  });

  it('answers 413 for a body over the limit, with or without a length, and keeps serving', async () => {
    const big = { ...intake, notes: 'x'.repeat(20 * 1024) };
    const res = await post('/api/intake', big);
    expect(res.status).toBe(413);
    expect((await res.json()).issues[0].code).toBe('too_large');

    // Streamed without Content-Length (chunked), far past the limit.
    const chunk = new TextEncoder().encode(`"${'y'.repeat(64 * 1024)}`);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 64) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const streamed = await fetch(`${running.url}/api/incident`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(running.store.count('intake') + running.store.count('incident')).toBe(0);
    await expectStillServing();
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['form data', 'application/x-www-form-urlencoded'],
    ['no content type', ''],
  ])('answers 415 for %s', async (_name, type) => {
    const res = await fetch(`${running.url}/api/intake`, {
      method: 'POST',
      headers: type ? { 'Content-Type': type } : {},
      body: type ? JSON.stringify(intake) : new Blob([JSON.stringify(intake)]),
    });
    expect(res.status).toBe(415);
    expect((await res.json()).issues[0].code).toBe('unsupported_media_type');
    expect(running.store.count('intake')).toBe(0);
    await expectStillServing();
  });

  it('accepts application/json with a charset parameter', async () => {
    const res = await post('/api/intake', intake, { 'Content-Type': 'application/json; charset=UTF-8' });
    expect(res.status).toBe(201);
  });

  it.each(['GET', 'PUT', 'DELETE', 'PATCH'])('answers 405 to %s with the allowed method', async (method) => {
    const res = await fetch(`${running.url}/api/intake`, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    await expectStillServing();
  });

  it('answers 503 and keeps nothing when the record cannot be written, then accepts the retry', async () => {
    await rm(running.dataDir, { recursive: true });
    await writeFile(running.dataDir, 'not a folder'); // every append now fails with ENOTDIR
    const res = await post('/api/intake', intake, { 'Idempotency-Key': 'k' });
    expect(res.status).toBe(503);
    expect(running.store.count('intake')).toBe(0);

    await rm(running.dataDir);
    await mkdir(running.dataDir);
    const retry = await post('/api/intake', intake, { 'Idempotency-Key': 'k' });
    expect(retry.status).toBe(201);
    expect(await storedLines('intake')).toHaveLength(1);
  });
});

describe('after a restart', () => {
  it('still knows the records and the idempotency keys it answered', async () => {
    const first = await (await post('/api/intake', intake, { 'Idempotency-Key': 'persisted' })).json();
    const { dataDir } = running;
    await running.close(true);
    running = await startServer({ dataDir });
    onTestFinished(() => rm(dataDir, { recursive: true, force: true }));
    const again = await post('/api/intake', intake, { 'Idempotency-Key': 'persisted' });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(first);
    expect(running.store.count('intake')).toBe(1);
    expect(await storedLines('intake')).toHaveLength(1);
  });
});
