/**
 * PostgreSQL: the data folder lock (cli/data-dir-lock.ts) only sees servers on the machine it runs on, but servers on
 * other machines may use the same database. A serving store therefore also holds a SHARED advisory lock on the
 * database for its lifetime (its own connection, outside the pool); commands that rewrite the whole store
 * (rotate-key) take the same lock EXCLUSIVE and refuse when they cannot: some server, on whatever machine, is using it.
 * Advisory locks belong to the session: a server that dies loses its connection and with it the lock.
 */
import pg from 'pg';

/** One fixed advisory lock key for Homeward (a 64-bit integer; 'HOMEWARD' in ASCII). */
export const HOMEWARD_LOCK_KEY = '5210468254102934084';

export interface DatabaseLock {
  release(): Promise<void>;
}

/** Takes the shared lock on its own connection, held until `release()`; never blocks (servers share it). */
export async function holdSharedDatabaseLock(databaseUrl: string): Promise<DatabaseLock> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'homeward-server lock' });
  // A dropped connection (database restarted) ends the lock with it; that must not crash the server.
  client.on('error', () => undefined);
  await client.connect();
  await client.query('SELECT pg_advisory_lock_shared($1::bigint)', [HOMEWARD_LOCK_KEY]);
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      await client.end().catch(() => undefined);
    },
  };
}

/**
 * Takes the lock exclusively for `work` (on its own connection), or answers `undefined` at once when a serving store
 * holds it. Pass the connection string of the database that `work` rewrites.
 */
export async function whileDatabaseUnused<T>(
  databaseUrl: string,
  work: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; holders: number }> {
  const client = new pg.Client({
    connectionString: databaseUrl,
    application_name: 'homeward-server rotate-key',
  });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const taken = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS ok', [
      HOMEWARD_LOCK_KEY,
    ]);
    if (!taken.rows[0]?.ok) {
      const holders = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_locks
          WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            AND ((classid::bigint << 32) | objid::bigint) = $1::bigint AND granted`,
        [HOMEWARD_LOCK_KEY],
      );
      return { ok: false, holders: holders.rows[0]?.n ?? 1 };
    }
    try {
      return { ok: true, value: await work() };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1::bigint)', [HOMEWARD_LOCK_KEY]).catch(() => undefined);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}
