/**
 * Vitest global setup of the `server` project: one PostgreSQL for the whole run, its URL provided to the tests
 * (each test file makes its own database on it). If PostgreSQL cannot start the run FAILS: the PostgreSQL half of
 * the store suite is never silently skipped. HOMEWARD_TEST_POSTGRES=off opts out explicitly (refused when CI=true).
 */
import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the test run's PostgreSQL server, or '' when opted out. */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const optedOut = process.env.HOMEWARD_TEST_POSTGRES === 'off';
  if (optedOut && process.env.CI === 'true') {
    throw new Error(
      'HOMEWARD_TEST_POSTGRES=off is refused when CI=true: the PostgreSQL suite must run in CI.',
    );
  }
  if (optedOut) {
    project.provide('postgresUrl', '');
    return;
  }
  const postgres = await startPostgres();
  project.provide('postgresUrl', postgres.url);
  return () => postgres.stop();
}
