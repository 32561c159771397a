/**
 * Version 3: what public statistics need to be counted in SQL. `research_withdrawn` (0/1) says that the person
 * withdrew consent to research and statistics, so `GROUP BY` can leave such records out as core does (under
 * `research_consent_withdrawn`); it is filled for existing records by `backfillStatistics` at open, which reads the
 * sealed bodies (a migration cannot). `record_key` was a clear column from version 1: a pseudorandom number drawn
 * when the record is created, not derived from anything about the person (see disclosure-control.md).
 */
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

export function statisticsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('records')
        .addColumn('research_withdrawn', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      // Snapshots group every intake record by its statistics columns: one index covers the scan.
      await db.schema
        .createIndex('records_statistics')
        .on('records')
        .columns(['kind', 'registration_date', 'research_withdrawn'])
        .execute();
      // Only a database that already holds records has anything to backfill; an empty one stays empty (copy-to-postgres
      // copies into empty databases only).
      await sql`insert into meta (key, value) select 'statistics_backfill', 'pending' where exists (select 1 from records where kind = 'intake')`.execute(
        db,
      );
    },
  };
}
