import { seedCaseload } from '@homeward/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './start-server.js';

let running: RunningServer;
beforeAll(async () => {
  running = await startServer();
  await seedCaseload(running.store, { intake: 440, incident: 40 });
});
afterAll(async () => {
  await running.close();
});

async function stats(path: string) {
  const res = await fetch(`${running.url}/api/public/stats/${path}`);
  return { status: res.status, body: await res.json() };
}

describe('the public statistics the demo page draws', () => {
  it.each([
    'intake/count?by=person.sex',
    'intake/count?by=person.citizenship',
    'intake/count?by=exploitation.province',
    'intake/series?field=registrationDate&interval=day&from=2026-01-01&to=2026-01-18',
    'incident/series?field=dates.start&interval=month&sum=peopleAffected.best&from=2025-09-01&to=2026-01-31',
    'incident/count?by=type',
  ])('%s: a suppressed table (k = 11), no login, no record', async (path) => {
    const { status, body } = await stats(path);
    expect(status).toBe(200);
    expect(body.disclosure?.k).toBe(11);
    for (const cell of body.cells)
      expect(cell.value === null || cell.value === 0 || cell.value >= 11 || body.measure !== 'count').toBe(
        true,
      );
    expect(JSON.stringify(body)).not.toMatch(/fullName|caseNumber/);
  });

  it('old bug: a ten-year daily series is refused, and statistics do not starve intake (bounded, cached, in the database)', async () => {
    expect((await stats('intake/series?interval=day&from=1900-01-01&to=2026-01-01')).status).toBe(400);
    const { intakeExamples } = await import('@homeward/core/examples');
    const send = (record: unknown) =>
      fetch(`${running.url}/api/intake`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(record),
      });
    expect((await send(intakeExamples[2])).status).toBe(201); // the validators compile on first use
    // Twenty dashboards asking at once while a registration is sent: the registration is answered.
    const dashboards = Array.from({ length: 20 }, () =>
      stats('intake/series?field=registrationDate&interval=day&from=2016-01-20&to=2026-01-18'),
    );
    const started = Date.now();
    const res = await send(intakeExamples[1]);
    const intakeMs = Date.now() - started;
    expect(res.status).toBe(201);
    const answers = await Promise.all(dashboards);
    expect(answers.every((a) => a.status === 200)).toBe(true);
    console.log(`intake answered in ${intakeMs} ms beside 20 ten-year daily series requests`);
  });
});
