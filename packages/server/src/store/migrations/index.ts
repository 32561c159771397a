/**
 * Versioned migrations, as code (bundled with the server: no migration files to find at run time). Names sort in
 * the order they apply; a new version is a new entry, never an edit of a released one.
 */
import type { Kysely } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import { columnTypes, type DialectName } from '../dialect.js';
import type { Database } from '../schema.js';
import { recordsMigration } from './0001-records.js';
import { caseWorkMigration } from './0002-case-work.js';
import { statisticsMigration } from './0003-statistics.js';
import { incidentStatisticsMigration } from './0004-incident-statistics.js';

export function migrations(dialect: DialectName): Record<string, Migration> {
  const types = columnTypes(dialect);
  return {
    '0001-records': recordsMigration(types),
    '0002-case-work': caseWorkMigration(types),
    '0003-statistics': statisticsMigration(),
    '0004-incident-statistics': incidentStatisticsMigration(),
  };
}

export const LATEST_MIGRATION = '0004-incident-statistics';

export function migrator(db: Kysely<Database>, dialect: DialectName): Migrator {
  const provider: MigrationProvider = { getMigrations: async () => migrations(dialect) };
  return new Migrator({
    db,
    provider,
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });
}

/** Applies pending migrations (or up to `target`); returns the names applied. Throws with the failing one named. */
export async function migrate(
  db: Kysely<Database>,
  dialect: DialectName,
  target?: string,
): Promise<string[]> {
  const m = migrator(db, dialect);
  const { error, results } = target ? await m.migrateTo(target) : await m.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${detail}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Names of migrations in the database that this code does not know: a newer server wrote them. */
export async function unknownMigrations(db: Kysely<Database>, dialect: DialectName): Promise<string[]> {
  const known = new Set(Object.keys(migrations(dialect)));
  try {
    const rows = await (db as unknown as Kysely<{ schema_migrations: { name: string } }>)
      .selectFrom('schema_migrations')
      .select('name')
      .execute();
    return rows.map((r) => r.name).filter((n) => !known.has(n));
  } catch {
    return [];
  }
}
