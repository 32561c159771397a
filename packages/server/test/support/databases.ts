/** Fresh databases for store tests: a SQLite folder, or a new database on the run's PostgreSQL. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';

export type Backend = 'sqlite' | 'postgres';

export interface TestDatabase {
  backend: Backend;
  dataDir: string;
  databaseUrl?: string;
  cleanup(): Promise<void>;
}

export function postgresAvailable(): boolean {
  return inject('postgresUrl') !== '';
}

export async function createTestDatabase(backend: Backend): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'homeward-store-'));
  if (backend === 'sqlite') {
    return { backend, dataDir, cleanup: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const admin = inject('postgresUrl');
  if (!admin) throw new Error('No PostgreSQL for this run (HOMEWARD_TEST_POSTGRES=off).');
  const name = `homeward_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    backend,
    dataDir,
    databaseUrl: url.toString(),
    async cleanup() {
      rmSync(dataDir, { recursive: true, force: true });
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** The backends a suite runs on: both, unless PostgreSQL was explicitly opted out (never in CI). */
export function backends(): Backend[] {
  return postgresAvailable() ? ['sqlite', 'postgres'] : ['sqlite'];
}
