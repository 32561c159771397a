import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.js';
import type { ApiConfig } from '../../src/app-config.js';
import { hashPassword } from '../../src/auth/passwords.js';
import { createLogger } from '../../src/logging.js';
import type { Connection } from '../../src/store/dialect.js';
import { openStoreInternals } from '../../src/store/open-store.js';
import type { Role, Store, User } from '../../src/store/types.js';

export const PASSWORD = 'correct horse battery staple';

export interface Harness {
  app: FastifyInstance;
  store: Store;
  /** The store's connection (the raw SQLite handle on SQLite), to break the database under a running app. */
  connection: Connection;
  dataDir: string;
  /** Every log line written, as text (to prove nothing identifying is logged). */
  logs: string[];
  users: Record<Role, User>;
  /** A signed-in session per role: cookie and CSRF token. */
  login(role: Role): Promise<Session>;
  close(): Promise<void>;
}

export interface Session {
  cookie: string;
  csrf: string;
  /** inject with this session's cookie (and the CSRF token on state-changing methods). */
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

const hashes = new Map<string, Promise<string>>();
/** One argon2id hash per password per test file: hashing is deliberately slow. */
function cachedHash(password: string) {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password)!;
}

export const OFFICE = 'idn-embassy-phnom-penh';

export async function harness(
  config: Partial<ApiConfig> = {},
  database: { databaseUrl?: string } = {},
): Promise<Harness> {
  const dataDir = await mkdtemp(join(tmpdir(), 'homeward-routes-'));
  const { store, connection } = await openStoreInternals({ dataDir, ...database });
  const logs: string[] = [];
  const logger = createLogger(
    { level: 'info' },
    new Writable({
      write(chunk, _encoding, done) {
        logs.push(String(chunk));
        done();
      },
    }),
  );
  const app = await buildApp({
    store,
    logger: logger,
    config: { secureCookies: false, duplicateWorkerIntervalMs: 0, ...config },
  });
  await app.ready();
  const partner = await store.partners.create({
    name: 'Phnom Penh Shelter',
    services: ['shelter'],
    contact: null,
  });
  const passwordHash = await cachedHash(PASSWORD);
  const users = {} as Record<Role, User>;
  for (const role of ['admin', 'registrar', 'caseworker', 'analyst', 'partner'] as const) {
    users[role] = await store.users.create({
      email: `${role}@example.org`,
      name: `Test ${role}`,
      role,
      office: role === 'caseworker' || role === 'registrar' ? OFFICE : null,
      partnerId: role === 'partner' ? partner.id : null,
      passwordHash,
    });
  }
  return {
    app,
    store,
    connection,
    dataDir,
    logs,
    users,
    async login(role) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { email: `${role}@example.org`, password: PASSWORD },
      });
      if (res.statusCode !== 200) throw new Error(`login ${role}: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'hw_session')!;
      const csrf = res.json().csrfToken as string;
      const header = `hw_session=${cookie.value}`;
      return {
        cookie: header,
        csrf,
        request(options) {
          const method = (options.method ?? 'GET').toUpperCase();
          const headers = {
            cookie: header,
            ...(method === 'GET' ? {} : { 'x-csrf-token': csrf }),
            ...options.headers,
          };
          return app.inject({ ...options, headers });
        },
      };
    },
    async close() {
      await app.close();
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
