/**
 * The database gone from under a running server, for real (no mock of a repository): closed, refusing writes, or
 * (PostgreSQL) not accepting connections. Intake and every staff route answer 503 with a reason and Retry-After, the
 * operator gets an error line, and the server keeps running: health answers, and once the database is back the same
 * requests succeed.
 */

import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { intakeExamples } from '@homeward/core/examples';
import type { LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { isStorageUnavailable } from '../../src/store/unavailable.js';
import { backends, createTestDatabase, type TestDatabase } from '../support/databases.js';
import { type Harness, harness, type Session } from './harness.js';

let h: Harness | undefined;
let database: TestDatabase | undefined;
afterEach(async () => {
  await h?.app.close();
  await h?.store.close();
  if (h) await rm(h.dataDir, { recursive: true, force: true });
  await database?.cleanup();
  h = undefined;
  database = undefined;
});

function expect503(res: LightMyRequestResponse, what: string) {
  expect(res.statusCode, `${what}: ${res.body}`).toBe(503);
  expect(res.headers['retry-after'], what).toBeDefined();
  expect(res.headers['content-type'], what).toMatch(/^application\/json/);
  expect(['storage_unavailable', 'storage_failed'], what).toContain(res.json().issues[0].code);
}

function errorLines(h: Harness) {
  return h.logs
    .map((l) => JSON.parse(l) as { level: number; msg: string; err?: unknown })
    .filter((l) => l.level >= 50);
}

const intake = (key: string) => ({
  method: 'POST' as const,
  url: '/api/intake',
  headers: { 'content-type': 'application/json', 'idempotency-key': key },
  payload: JSON.stringify({ ...intakeExamples[0], id: randomUUID() }),
});

/** Staff reads and writes across the route groups (a case, the lists, statistics, an export, the audit log). */
async function staffRequests(admin: Session, caseId: string) {
  return {
    'GET /api/session': await admin.request({ method: 'GET', url: '/api/session' }),
    'GET /api/cases': await admin.request({ method: 'GET', url: '/api/cases' }),
    'GET /api/cases/:id': await admin.request({ method: 'GET', url: `/api/cases/${caseId}` }),
    'POST /api/cases/:id/notes': await admin.request({
      method: 'POST',
      url: `/api/cases/${caseId}/notes`,
      payload: { text: 'Called the family.' },
    }),
    'POST /api/cases': await admin.request({
      method: 'POST',
      url: '/api/cases',
      payload: { record: { ...intakeExamples[1], id: randomUUID() } },
    }),
    'GET /api/duplicates': await admin.request({ method: 'GET', url: '/api/duplicates' }),
    'GET /api/stats/intake/count': await admin.request({
      method: 'GET',
      url: '/api/stats/intake/count?by=status',
    }),
    'GET /api/exports/csv': await admin.request({ method: 'GET', url: '/api/exports/csv' }),
    'GET /api/audit': await admin.request({ method: 'GET', url: '/api/audit' }),
    'GET /api/users': await admin.request({ method: 'GET', url: '/api/users' }),
  };
}

async function prepare(databaseUrl?: string) {
  h = await harness({ statsCacheSeconds: 0 }, databaseUrl ? { databaseUrl } : {});
  const admin = await h.login('admin');
  const created = await h.app.inject(intake('before'));
  expect(created.statusCode).toBe(201);
  // Everything answers while the database is there.
  const ok = await staffRequests(admin, created.json().id);
  for (const [what, res] of Object.entries(ok))
    expect(res.statusCode, `${what}: ${res.body}`).toBeLessThan(300);
  return { h, admin, caseId: created.json().id as string };
}

/** The server still runs: health answers, readiness tells the truth. */
async function stillRunning(h: Harness, ready: boolean) {
  expect((await h.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  expect((await h.app.inject({ method: 'GET', url: '/api/ready' })).statusCode).toBe(ready ? 200 : 503);
}

describe('SQLite', () => {
  it('closed store: intake, sign-in and every staff route answer 503 with a reason; the server keeps running', async () => {
    const { h, admin, caseId } = await prepare();
    await h.store.close(); // the real connection is gone
    expect503(await h.app.inject(intake('down-1')), 'POST /api/intake');
    expect503(
      await h.app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { email: 'admin@example.org', password: 'whatever it is' },
      }),
      'POST /api/session',
    );
    for (const [what, res] of Object.entries(await staffRequests(admin, caseId))) expect503(res, what);
    await stillRunning(h, false);
    const lines = errorLines(h);
    expect(lines.some((l) => /could not store a intake submission/.test(l.msg))).toBe(true);
    expect(lines.some((l) => /database unavailable/.test(l.msg) && l.err)).toBe(true);
    expect(JSON.stringify(lines)).not.toContain(intakeExamples[0]!.person.fullName);
  });

  it('read-only database (SQLITE_READONLY): writes answer 503, reads still work, and writes work again after', async () => {
    const { h, admin, caseId } = await prepare();
    // The server runs as whoever owns the file (and tests may run as root, who ignores file modes): the database
    // refuses writes the way SQLite does for a read-only file, with SQLITE_READONLY.
    h.connection.sqlite!.pragma('query_only = ON');
    expect503(await h.app.inject(intake('ro-1')), 'POST /api/intake');
    const note = () =>
      admin.request({ method: 'POST', url: `/api/cases/${caseId}/notes`, payload: { text: 'Called.' } });
    expect503(await note(), 'POST /api/cases/:id/notes');
    // A read of a person's record is audited (a write): refused rather than served unaudited.
    expect503(await admin.request({ method: 'GET', url: `/api/cases/${caseId}` }), 'GET /api/cases/:id');
    expect((await admin.request({ method: 'GET', url: '/api/partners' })).statusCode).toBe(200);
    await stillRunning(h, true);
    h.connection.sqlite!.pragma('query_only = OFF');
    expect((await note()).statusCode).toBe(201);
    expect((await h.app.inject(intake('ro-2'))).statusCode).toBe(201);
  });
});

describe.runIf(backends().includes('postgres'))('PostgreSQL', () => {
  async function admin(sql: string) {
    const client = new pg.Client({ connectionString: inject('postgresUrl') });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
  const terminate = (name: string) =>
    admin(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid()`,
    );

  it('database not accepting connections: 503 everywhere, the server survives its pool losing every connection, and recovers', async () => {
    database = await createTestDatabase('postgres');
    const name = new URL(database.databaseUrl!).pathname.slice(1);
    const { h, admin: staff, caseId } = await prepare(database.databaseUrl);
    await admin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
    await terminate(name); // the pool's idle connections die under it: that must not crash the process
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect503(await h.app.inject(intake('pg-down-1')), 'POST /api/intake');
    for (const [what, res] of Object.entries(await staffRequests(staff, caseId))) expect503(res, what);
    await stillRunning(h, false);
    await admin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
    expect((await staff.request({ method: 'GET', url: '/api/cases' })).statusCode).toBe(200);
    expect((await h.app.inject(intake('pg-down-2'))).statusCode).toBe(201);
    await stillRunning(h, true);
  });

  it('read-only database (default_transaction_read_only): writes answer 503, reads work', async () => {
    database = await createTestDatabase('postgres');
    const name = new URL(database.databaseUrl!).pathname.slice(1);
    const { h, admin: staff, caseId } = await prepare(database.databaseUrl);
    await admin(`ALTER DATABASE ${name} SET default_transaction_read_only = on`);
    await terminate(name); // new sessions pick the setting up
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect503(await h.app.inject(intake('pg-ro-1')), 'POST /api/intake');
    expect503(
      await staff.request({
        method: 'POST',
        url: `/api/cases/${caseId}/notes`,
        payload: { text: 'Called.' },
      }),
      'POST /api/cases/:id/notes',
    );
    expect((await staff.request({ method: 'GET', url: '/api/partners' })).statusCode).toBe(200);
    await stillRunning(h, true);
  });
});

describe('isStorageUnavailable', () => {
  it('tells the database being away from a fault of ours', () => {
    expect(isStorageUnavailable(Object.assign(new Error('x'), { code: 'SQLITE_READONLY_DBMOVED' }))).toBe(
      true,
    );
    expect(isStorageUnavailable(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isStorageUnavailable(Object.assign(new Error('x'), { code: '57P01' }))).toBe(true);
    expect(isStorageUnavailable(new Error('outer', { cause: { code: '08006' } }))).toBe(true);
    expect(
      isStorageUnavailable(new AggregateError([Object.assign(new Error(), { code: 'ECONNREFUSED' })])),
    ).toBe(true);
    expect(isStorageUnavailable(new TypeError('Cannot read properties of undefined'))).toBe(false);
    expect(isStorageUnavailable(Object.assign(new Error('x'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }))).toBe(
      false,
    );
    expect(isStorageUnavailable(Object.assign(new Error('x'), { code: '23505' }))).toBe(false);
  });
});
