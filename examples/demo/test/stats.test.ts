import {
  countBy,
  type IncidentRecord,
  type IntakeRecord,
  type StatTable,
  suppress,
  timeSeries,
} from '@homeward/core';
import { generateIntakeRecords, intakeExamples } from '@homeward/core/examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedStore } from '../src/seed.js';
import { type RunningServer, startServer } from './start-server.js';

let running: RunningServer;
beforeAll(async () => {
  running = await startServer();
  await seedStore(running.store, { intake: 440, incident: 40 });
});
afterAll(async () => {
  await running.close();
});

async function stats(
  path: string,
): Promise<{ status: number; body: StatTable & { issues?: { code: string }[] } }> {
  const res = await fetch(`${running.url}/api/stats/${path}`);
  return { status: res.status, body: await res.json() };
}

function shownValues(table: StatTable): number[] {
  return [...table.cells, ...table.margins, table.total].flatMap((c) => (c.value === null ? [] : [c.value]));
}

describe('GET /api/stats', () => {
  it('counts stored records by a field, suppressed with k = 11', async () => {
    const { status, body } = await stats('intake/count?by=person.citizenship');
    expect(status).toBe(200);
    expect(body.disclosure?.k).toBe(11);
    expect(body.denominator).toBe(440);
    expect(body.source?.name).toMatch(/demo/);
    // What core computes and suppresses from the same records, and nothing else.
    const expected = suppress(countBy(running.store.records<IntakeRecord>('intake'), 'person.citizenship'), {
      k: 11,
    });
    expect(body.cells).toEqual(expected.cells);
    expect(body.total).toEqual(expected.total);
    for (const value of shownValues(body)) expect(value === 0 || value >= 11).toBe(true);
  });

  it('never sends a small count: a category under 11 in the raw table is suppressed', async () => {
    const raw = countBy(running.store.records<IntakeRecord>('intake'), 'person.citizenship');
    const small = raw.cells.find((c) => c.value !== null && c.value > 0 && c.value < 11);
    expect(small, 'the seeded data has a rare citizenship').toBeDefined();
    const { body } = await stats('intake/count?by=person.citizenship');
    const sent = body.cells.find((c) => c.keys.join() === small!.keys.join())!;
    expect(sent).toMatchObject({ value: null, suppressed: true });
  });

  it('counts by two fields and within a window', async () => {
    const { status, body } = await stats(
      'intake/count?by=person.sex&by=exploitation.province&from=2026-01-01&to=2026-01-18',
    );
    expect(status).toBe(200);
    expect(body.dimensions.map((d) => d.field)).toEqual(['person.sex', 'exploitation.province']);
    expect(body.window).toEqual({ from: '2026-01-01', to: '2026-01-18' });
    expect(body.margins.length).toBeGreaterThan(0);
  });

  it('gives a daily series of registrations, zero-filled, and a cumulative one', async () => {
    const { status, body } = await stats(
      'intake/series?field=registrationDate&interval=day&from=2026-01-01&to=2026-01-18',
    );
    expect(status).toBe(200);
    expect(body.dimensions[0]!.values).toHaveLength(18);
    expect(body.dimensions[0]!.values[0]).toBe('2026-01-01');
    const expected = suppress(
      timeSeries(running.store.records<IntakeRecord>('intake'), {
        field: 'registrationDate',
        interval: 'day',
        from: '2026-01-01',
        to: '2026-01-18',
      }),
      { k: 11 },
    );
    expect(body.cells).toEqual(expected.cells);

    const cumulative = await stats('intake/series?interval=week&cumulative=true');
    expect(cumulative.status).toBe(200);
    expect(cumulative.body.cumulative).toBe(true);
  });

  it('gives incident counts and a series of people affected', async () => {
    const byProvince = await stats('incident/count?by=location.province');
    expect(byProvince.status).toBe(200);
    const expected = suppress(
      countBy(running.store.records<IncidentRecord>('incident'), 'location.province'),
      { k: 11 },
    );
    expect(byProvince.body.cells).toEqual(expected.cells);
    expect(byProvince.body.cells.length).toBeGreaterThan(0);
    const people = await stats('incident/series?field=dates.start&interval=month&sum=peopleAffected.best');
    expect(people.status).toBe(200);
    expect(people.body.measure).toBe('estimate');
    const expectedPeople = suppress(
      timeSeries(running.store.records<IncidentRecord>('incident'), {
        field: 'dates.start',
        interval: 'month',
        sum: 'peopleAffected.best',
      }),
      { k: 11 },
    );
    expect(people.body.cells).toEqual(expectedPeople.cells);
  });

  it('follows what is stored: a new registration is counted', async () => {
    const before = (await stats('intake/count?by=person.sex')).body.denominator;
    expect(before).toBeGreaterThan(0);
    const [record] = generateIntakeRecords(1, 99);
    const res = await fetch(`${running.url}/api/intake`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...intakeExamples[0], id: record!.id }),
    });
    expect(res.status).toBe(201);
    expect((await stats('intake/count?by=person.sex')).body.denominator).toBe(before! + 1);
  });

  it.each([
    ['intake/count', 'invalid_parameter'],
    ['intake/count?by=person.fullName', 'invalid_choice'],
    ['intake/count?by=a&by=b&by=c', 'invalid_parameter'],
    ['intake/count?by=person.sex&by=person.sex', 'invalid_parameter'],
    ['incident/count?by=person.sex', 'invalid_choice'],
    ['intake/count?by=person.sex&k=2', 'unknown_parameter'],
    ['intake/count?by=person.sex&from=2026-02-30', 'invalid_date'],
    ['intake/count?by=person.sex&from=2026-02-01&to=2026-01-01', 'date_order'],
    ['intake/series?interval=hour', 'invalid_choice'],
    ['intake/series?field=person.birthDate', 'invalid_choice'],
    ['intake/series?cumulative=yes', 'invalid_choice'],
    ['intake/series?sum=peopleAffected.best', 'invalid_choice'],
    ['intake/series?interval=day&from=1900-01-01&to=2026-01-01', 'too_big'],
  ])('answers 400 with a reason for %s', async (path, code) => {
    const { status, body } = await stats(path);
    expect(status).toBe(400);
    expect(body.issues!.map((i) => i.code)).toContain(code);
    expect((await fetch(`${running.url}/`)).status).toBe(200);
  });

  it('answers 404 for an unknown statistic and 405 for anything but GET', async () => {
    expect((await stats('intake/median')).status).toBe(404);
    expect((await stats('people/count?by=person.sex')).status).toBe(404);
    const post = await fetch(`${running.url}/api/stats/intake/count?by=person.sex`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET');
    expect(running.errors).toEqual([]);
  });
});
