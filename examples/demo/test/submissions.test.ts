// The public submission contract the demo page relies on, over real HTTP against @homeward/server
// (every bad input in detail: packages/server/test/routes/submissions.test.ts).
import { rm } from 'node:fs/promises';
import { messagesFor } from '@homeward/core';
import { incidentExamples, intakeExamples } from '@homeward/core/examples';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { type RunningServer, startServer } from './start-server.js';

const intake = intakeExamples[0]!;
const incident = incidentExamples[0]!;

let running: RunningServer;
beforeEach(async () => {
  running = await startServer();
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

async function expectStillServing() {
  expect((await fetch(`${running.url}/`)).status).toBe(200);
}

describe('POST /api/intake and /api/incident', () => {
  it('validates again, stores the record and answers 201 with its id and case number', async () => {
    const res = await post('/api/intake', intake, { 'Idempotency-Key': 'k-1' });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({
      id: intake.id,
      receivedAt: expect.any(String),
      caseNumber: expect.any(String),
    });
    expect((await running.store.records.get(intake.id))?.record).toMatchObject({ person: intake.person });
    const res2 = await post('/api/incident', incident);
    expect(res2.status).toBe(201);
  });

  it('stores what core validated, not what was sent: unknown keys are dropped', async () => {
    expect((await post('/api/intake', { ...intake, isAdmin: true })).status).toBe(201);
    expect((await running.store.records.get(intake.id))?.record).not.toHaveProperty('isAdmin');
  });

  it('stores once when the same submission races itself', async () => {
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => post('/api/intake', intake, { 'Idempotency-Key': 'race' })),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(await running.store.records.count({ kind: 'intake' })).toBe(1);
  });

  it('answers 400 in the language asked for, 413 and 415, and keeps serving', async () => {
    const { fullName: _, ...person } = intake.person;
    const res = await post('/api/intake', { ...intake, person }, { 'Accept-Language': 'fr-FR,fr;q=0.9' });
    expect(res.status).toBe(400);
    const issue = (await res.json()).issues.find(
      (i: { path: unknown[] }) => i.path.join('.') === 'person.fullName',
    );
    expect(issue.message).toBe(messagesFor('fr').required);
    expect((await post('/api/intake', { ...intake, notes: 'x'.repeat(300 * 1024) })).status).toBe(413);
    const text = await fetch(`${running.url}/api/intake`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(text.status).toBe(415);
    await expectStillServing();
  });

  it('old bug: deeply nested JSON (100,000 levels, under the size limit) answers 400, never 500', async () => {
    const res = await post('/api/intake', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(res.status).toBe(400);
    expect((await res.json()).issues[0].code).toBe('too_deep');
    await expectStillServing();
  });

  it('old bug: a failed write answers 503 and is logged for the operator', async () => {
    running.store.records.insert = async () => {
      throw new Error('disk full');
    };
    const res = await post('/api/intake', intake);
    expect(res.status).toBe(503);
    expect(running.logs.join('')).toMatch(
      /could not store a intake submission.*disk full|disk full.*could not store/s,
    );
  });
});

describe('after a restart', () => {
  it('old bug: the record after a restart is never lost, and a retry still gets 200, not a second 201', async () => {
    const first = await (await post('/api/intake', intake, { 'Idempotency-Key': 'persisted' })).json();
    const { dataDir } = running;
    await running.close(true);
    running = await startServer({ dataDir });
    onTestFinished(() => rm(dataDir, { recursive: true, force: true }));
    const again = await post('/api/intake', intake, { 'Idempotency-Key': 'persisted' });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(first);
    const next = { ...intake, id: '0b7e3c1a-5d2f-4e6b-8a9c-1d2e3f4a5b6c' };
    expect((await post('/api/intake', next, { 'Idempotency-Key': 'next' })).status).toBe(201);
    const { dataDir: dir2 } = running;
    await running.close(true);
    running = await startServer({ dataDir: dir2 });
    expect(await running.store.records.count({ kind: 'intake' })).toBe(2);
    expect((await post('/api/intake', next, { 'Idempotency-Key': 'next' })).status).toBe(200);
  });
});
