/**
 * vitest global setup of the staff end-to-end tests: the real @homeward/server, SQLite in a temporary folder,
 * listening on loopback, with staff accounts and partners created through its own admin API (as an embassy would).
 * The browser reaches it through same-origin-api.ts; the server and its data are removed after the run.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, createLogger, ensureLocalAdmin, openStore } from '@homeward/server';
import { ADDRESS_VARIABLE, ADMIN_EMAIL, ADMIN_VARIABLE } from './same-origin-api.js';
import {
  CONSENTED_PARTNER,
  E2E_OFFICE,
  E2E_PASSWORD,
  type E2eRole,
  e2eEmail,
  OTHER_PARTNER,
} from './staff-accounts.js';

export default async function setup(): Promise<() => Promise<void>> {
  const dataDir = await mkdtemp(join(tmpdir(), 'homeward-staff-e2e-'));
  const store = await openStore({ dataDir });
  const app = await buildApp({
    store,
    logger: createLogger({ level: 'warn' }),
    config: {
      secureCookies: false,
      // The duplicate queue checked often (a pair appears soon after its registrations); statistics read live.
      duplicateWorkerIntervalMs: 200,
      statsCacheSeconds: 0,
      // Several sign-ins from one address in a minute: one per role, and again after signing out.
      loginRatePerMinute: 100,
      officeContacts: { [E2E_OFFICE]: 'Royal Embassy of Cambodia, 518/4 Pracha Uthit Road, Bangkok' },
    },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

  const admin = await ensureLocalAdmin(store, ADMIN_EMAIL);
  if (!admin) throw new Error('the temporary database already had an admin');
  const login = await app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { email: admin.email, password: admin.password },
  });
  const cookie = login.cookies.find((c) => c.name === 'hw_session');
  if (login.statusCode !== 200 || !cookie) throw new Error(`admin sign-in: ${login.statusCode}`);
  const headers = { cookie: `hw_session=${cookie.value}`, 'x-csrf-token': login.json().csrfToken };
  const post = async (url: string, payload: object) => {
    const res = await app.inject({ method: 'POST', url, headers, payload });
    if (res.statusCode !== 201) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const shelter = await post('/api/partners', { name: CONSENTED_PARTNER, services: ['shelter'] });
  await post('/api/partners', { name: OTHER_PARTNER, services: ['legal'] });
  const roles: E2eRole[] = ['registrar', 'caseworker', 'analyst', 'partner'];
  for (const role of roles) {
    await post('/api/users', {
      email: e2eEmail(role),
      name: `E2E ${role}`,
      role,
      password: E2E_PASSWORD,
      ...(role === 'registrar' || role === 'caseworker' ? { office: E2E_OFFICE } : {}),
      ...(role === 'partner' ? { partnerId: shelter.id } : {}),
    });
  }
  process.env[ADDRESS_VARIABLE] = address;
  process.env[ADMIN_VARIABLE] = admin.password;
  return async () => {
    delete process.env[ADDRESS_VARIABLE];
    delete process.env[ADMIN_VARIABLE];
    await app.close();
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  };
}
