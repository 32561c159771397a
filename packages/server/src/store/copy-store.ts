/**
 * Copying a whole SQLite store into an empty PostgreSQL database, rows as they are: record bodies, notes and
 * reasons stay sealed (they are bound to their row and version, not to the database), look-up tokens stay valid
 * under the same key, so nothing is decrypted. Sessions are not copied: staff sign in again on the new server.
 */
import type { Kysely } from 'kysely';
import type { Connection } from './dialect.js';
import { migrate, unknownMigrations } from './migrations/index.js';
import type { Database } from './schema.js';

/** Tables in an order that satisfies their foreign keys. */
export const COPIED_TABLES = [
  'meta',
  'partners',
  'users',
  'records',
  'record_versions',
  'record_tokens',
  'case_sequences',
  'audit_log',
  'case_events',
  'case_notes',
  'referrals',
  'duplicate_jobs',
  'duplicate_pairs',
  'snapshots',
] as const satisfies readonly (keyof Database)[];

export const SKIPPED_TABLES = ['sessions'] as const satisfies readonly (keyof Database)[];

export type TableCounts = Record<(typeof COPIED_TABLES)[number], number>;

/** PostgreSQL takes at most 65,535 bind parameters per statement. */
const MAX_PARAMETERS = 60_000;

export class CopyRefused extends Error {}

type Loose = Kysely<Record<string, Record<string, unknown>>>;

async function count(db: Loose, table: string): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Brings the target to the current schema and proves it holds no row of ours. */
async function prepareTarget(target: Connection): Promise<void> {
  const newer = await unknownMigrations(target.db, target.dialect);
  if (newer.length) {
    throw new CopyRefused(
      `The target database ${target.location} was migrated by a newer Homeward server (${newer.join(', ')}).`,
    );
  }
  await migrate(target.db, target.dialect);
  const db = target.db as unknown as Loose;
  const filled: string[] = [];
  for (const table of [...COPIED_TABLES, ...SKIPPED_TABLES]) {
    const n = await count(db, table);
    if (n > 0) filled.push(`${table} (${n})`);
  }
  if (filled.length) {
    throw new CopyRefused(
      `The target database ${target.location} is not empty: ${filled.join(', ')}. ` +
        'Copy into a new, empty database (createdb), so that nothing there is overwritten or mixed.',
    );
  }
}

/**
 * Copies every table but sessions from the SQLite connection into the PostgreSQL one in a single target
 * transaction (a failure leaves the target empty), then checks each table's count on both sides.
 */
export async function copyStore(
  source: Connection,
  target: Connection,
  progress: (table: string, rows: number) => void = () => undefined,
): Promise<TableCounts> {
  if (!source.sqlite) throw new CopyRefused('The source must be a SQLite data folder.');
  if (target.dialect !== 'postgres') throw new CopyRefused('The target must be a PostgreSQL database.');
  await prepareTarget(target);
  const sqlite = source.sqlite;
  const copied = {} as TableCounts;
  // One read transaction: every table is read from the same snapshot of the source.
  sqlite.exec('BEGIN');
  try {
    await (target.db as unknown as Loose).transaction().execute(async (trx) => {
      for (const table of COPIED_TABLES) {
        const columns = (sqlite.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
        const batchSize = Math.max(1, Math.min(1000, Math.floor(MAX_PARAMETERS / columns.length)));
        // Streamed in batches: a caseload of 100,000 records never sits in memory at once.
        let batch: Record<string, unknown>[] = [];
        let total = 0;
        for (const row of sqlite.prepare(`SELECT * FROM ${table}`).iterate()) {
          batch.push(row as Record<string, unknown>);
          if (batch.length === batchSize) {
            await trx.insertInto(table).values(batch).execute();
            total += batch.length;
            batch = [];
          }
        }
        if (batch.length) await trx.insertInto(table).values(batch).execute();
        total += batch.length;
        copied[table] = total;
        progress(table, total);
      }
    });
  } finally {
    sqlite.exec('COMMIT');
  }
  const db = target.db as unknown as Loose;
  const wrong: string[] = [];
  for (const table of COPIED_TABLES) {
    const there = await count(db, table);
    if (there !== copied[table]) wrong.push(`${table}: ${copied[table]} read, ${there} in the target`);
  }
  if (wrong.length) throw new Error(`The copy does not add up: ${wrong.join('; ')}.`);
  return copied;
}
