/**
 * Version 4: what public incident statistics need to be counted in SQL, as 0003 did for intake. Incidents get clear
 * columns for the fields incident statistics read (type, start date, date precision, country, outcomes and the three
 * estimates of the people affected; the province already had one): vocabulary codes, a date and whole numbers, never
 * a name, a locality, a summary or a source. Null for intake records. Filled for existing incidents by
 * `backfillIncidentStatistics` at open, which reads the sealed bodies (a migration cannot).
 */
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

export const INCIDENT_BACKFILL = 'incident_statistics_backfill';

export function incidentStatisticsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      // One column per statement: SQLite's ALTER TABLE adds one at a time.
      for (const [name, type] of [
        ['incident_type', 'text'],
        ['incident_start', 'text'],
        ['incident_precision', 'text'],
        ['incident_country', 'text'],
        ['people_min', 'integer'],
        ['people_best', 'integer'],
        ['people_max', 'integer'],
      ] as const)
        await db.schema.alterTable('records').addColumn(name, type).execute();
      await db.schema
        .alterTable('records')
        .addColumn('incident_outcomes', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
      // Only a database that already holds incidents has anything to backfill (copy-to-postgres copies into empty
      // databases only, and copies this row with the rest of meta).
      await sql`insert into meta (key, value) select ${INCIDENT_BACKFILL}, 'pending' where exists (select 1 from records where kind = 'incident')`.execute(
        db,
      );
    },
  };
}
