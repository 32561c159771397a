/** Version 1: key check, records with their versions and blind-index tokens, case sequences, accounts and audit. */
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import type { ColumnTypes } from '../dialect.js';

export function recordsMigration(types: ColumnTypes): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('records')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('case_number', 'text', (c) => c.unique())
        .addColumn('office', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('registration_date', 'text', (c) => c.notNull())
        .addColumn('citizenship', 'text')
        .addColumn('citizenships', 'text', (c) => c.notNull())
        .addColumn('province', 'text')
        .addColumn('age_band', 'text')
        .addColumn('sex', 'text')
        .addColumn('minor', 'integer', (c) => c.notNull())
        .addColumn('screening_met', 'integer', (c) => c.notNull())
        .addColumn('possible_duplicate', 'integer', (c) => c.notNull())
        .addColumn('retrafficked', 'integer', (c) => c.notNull())
        .addColumn('record_key', 'integer', (c) => c.notNull())
        .addColumn('idempotency_key', 'text')
        .addColumn('fingerprint', 'text', (c) => c.notNull())
        .addColumn('key_id', 'text', (c) => c.notNull())
        .addColumn('body', types.binary, (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('updated_by', 'text')
        .addColumn('change_reason', 'text')
        .addColumn('merged_into', 'text')
        .addUniqueConstraint('records_kind_idempotency_key', ['kind', 'idempotency_key'])
        .execute();
      await db.schema
        .createIndex('records_kind_date')
        .on('records')
        .columns(['kind', 'registration_date', 'id'])
        .execute();
      await db.schema
        .createIndex('records_kind_updated')
        .on('records')
        .columns(['kind', 'updated_at', 'id'])
        .execute();
      await db.schema
        .createIndex('records_office_status')
        .on('records')
        .columns(['office', 'status'])
        .execute();

      await db.schema
        .createTable('record_versions')
        .addColumn('record_id', 'text', (c) => c.notNull().references('records.id').onDelete('cascade'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('key_id', 'text', (c) => c.notNull())
        .addColumn('body', types.binary, (c) => c.notNull())
        .addColumn('clear', 'text', (c) => c.notNull())
        .addColumn('changed_at', 'text', (c) => c.notNull())
        .addColumn('changed_by', 'text')
        .addColumn('reason', 'text')
        .addPrimaryKeyConstraint('record_versions_pk', ['record_id', 'version'])
        .execute();

      await db.schema
        .createTable('record_tokens')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('token', 'text', (c) => c.notNull())
        .addColumn('record_id', 'text', (c) => c.notNull().references('records.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('record_tokens_pk', ['kind', 'token', 'record_id'])
        .execute();
      await db.schema.createIndex('record_tokens_record').on('record_tokens').column('record_id').execute();

      await db.schema
        .createTable('case_sequences')
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('last', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('case_sequences_pk', ['scope', 'year'])
        .execute();

      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('office', 'text')
        .addColumn('partner_id', 'text')
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('failed_logins', 'integer', (c) => c.notNull())
        .addColumn('locked_until', 'text')
        .addColumn('disabled', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('sessions')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .addColumn('ip', 'text')
        .execute();
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('actor_role', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target_type', 'text')
        .addColumn('target_id', 'text')
        .addColumn('ip', 'text')
        .addColumn('detail', 'text')
        .execute();
      await db.schema.createIndex('audit_log_target').on('audit_log').column('target_id').execute();
    },
  };
}
