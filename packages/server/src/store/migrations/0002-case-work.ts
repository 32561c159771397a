/** Version 2: case work (events, notes, partners, referrals), the duplicate queue and pairs, published snapshots. */
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import type { ColumnTypes } from '../dialect.js';

export function caseWorkMigration(types: ColumnTypes): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('case_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull().references('records.id').onDelete('cascade'))
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('from_status', 'text')
        .addColumn('to_status', 'text')
        .addColumn('key_id', 'text')
        .addColumn('note', types.binary)
        .addColumn('actor_id', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('case_events_case').on('case_events').columns(['case_id', 'id']).execute();

      await db.schema
        .createTable('case_notes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull().references('records.id').onDelete('cascade'))
        .addColumn('key_id', 'text', (c) => c.notNull())
        .addColumn('body', types.binary, (c) => c.notNull())
        .addColumn('author_id', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('case_notes_case').on('case_notes').columns(['case_id', 'id']).execute();

      await db.schema
        .createTable('partners')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('services', 'text', (c) => c.notNull())
        .addColumn('contact', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('referrals')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull().references('records.id').onDelete('cascade'))
        .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
        .addColumn('service', 'text', (c) => c.notNull())
        .addColumn('key_id', 'text')
        .addColumn('note', types.binary)
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('referrals_case').on('referrals').column('case_id').execute();
      await db.schema
        .createIndex('referrals_partner')
        .on('referrals')
        .columns(['partner_id', 'id'])
        .execute();

      await db.schema
        .createTable('duplicate_jobs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('record_id', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('run_after', 'text', (c) => c.notNull())
        .addColumn('leased_by', 'text')
        .addColumn('lease_until', 'text')
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('duplicate_jobs_due')
        .on('duplicate_jobs')
        .columns(['status', 'run_after', 'id'])
        .execute();

      await db.schema
        .createTable('duplicate_pairs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('a_id', 'text', (c) => c.notNull())
        .addColumn('b_id', 'text', (c) => c.notNull())
        .addColumn('probability', types.double, (c) => c.notNull())
        .addColumn('explanation', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('key_id', 'text')
        .addColumn('reason', types.binary)
        .addColumn('resolved_by', 'text')
        .addColumn('resolved_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('duplicate_pairs_ab', ['a_id', 'b_id'])
        .execute();
      await db.schema
        .createIndex('duplicate_pairs_status')
        .on('duplicate_pairs')
        .columns(['status', 'id'])
        .execute();

      await db.schema
        .createTable('snapshots')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('published_at', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('snapshots_name')
        .on('snapshots')
        .columns(['name', 'published_at'])
        .execute();
    },
  };
}
