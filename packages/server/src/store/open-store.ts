/**
 * Opening the store: connect (SQLite file in the data folder, or PostgreSQL), refuse a schema newer than this code,
 * migrate, then prove the key against the key check value stored at first run before any record is touched.
 */
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { IncidentRecord, IntakeRecord } from '@homeward/core';
import { acquireLock } from '../cli/data-dir-lock.js';
import { incidentClearColumns } from '../services/clear-columns.js';
import type { StoreContext } from './context.js';
import { BlindIndex } from './crypto/blind-index.js';
import { type DerivedKeys, deriveKeys, parseKey, readKeyFile, sameCheckValue } from './crypto/keys.js';
import { Sealer } from './crypto/sealer.js';
import { type DatabaseLock, holdSharedDatabaseLock } from './database-lock.js';
import { type Connection, connect } from './dialect.js';
import { GroupCommit } from './group-commit.js';
import { INCIDENT_BACKFILL } from './migrations/0004-incident-statistics.js';
import { migrate, unknownMigrations } from './migrations/index.js';
import { repositories } from './repositories/index.js';
import { incidentToRow, type RecordRow, rowToRecord } from './repositories/record-rows.js';
import { type Store, StoreOpenError, type StoreOptions } from './types.js';

export const KEY_FILE = 'homeward.key';
const KEY_CHECK = 'key_check';
const KEY_ID = 'key_id';

export function keyFilePath(options: StoreOptions): string {
  return options.keyFile ?? join(options.dataDir, KEY_FILE);
}

/** What the CLI needs beyond the Store: the connection (backup) and the context (key rotation). */
export interface OpenedStore {
  store: Store;
  connection: Connection;
  context: StoreContext;
  keys: DerivedKeys;
  /** True when this open created the key file. */
  keyCreated: boolean;
  migrationsApplied: string[];
}

async function readMeta(connection: Connection, key: string): Promise<string | undefined> {
  const row = await connection.db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();
  return row?.value;
}

export async function writeMeta(context: StoreContext, key: string, value: string): Promise<void> {
  await context.db
    .insertInto('meta')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

async function resolveKeys(
  options: StoreOptions,
  storedCheck: string | undefined,
): Promise<{ keys: DerivedKeys; created: boolean }> {
  if (options.dataKey) return { keys: deriveKeys(options.dataKey), created: false };
  const path = keyFilePath(options);
  if (storedCheck !== undefined && !existsSync(path)) {
    throw new StoreOpenError(
      `This database was sealed with a key, but the key file ${path} is missing. Restore it, or set HOMEWARD_DATA_KEY.`,
      'bad_key',
    );
  }
  const { key, created } = readKeyFile(path, storedCheck === undefined);
  return { keys: deriveKeys(key), created };
}

export async function openStoreInternals(options: StoreOptions): Promise<OpenedStore> {
  // Before anything is opened: a folder another server holds is refused with that server named.
  const releaseFolder = options.lock ? acquireLock(options.dataDir, options.lock) : undefined;
  let databaseLock: DatabaseLock | undefined;
  const releaseLocks = async () => {
    await databaseLock?.release();
    releaseFolder?.();
  };
  let connection: Connection;
  try {
    connection = connect(options);
  } catch (error) {
    releaseFolder?.();
    throw error;
  }
  try {
    if (options.lock && options.databaseUrl) databaseLock = await holdSharedDatabaseLock(options.databaseUrl);
    const newer = await unknownMigrations(connection.db, connection.dialect);
    if (newer.length) {
      throw new StoreOpenError(
        `The database at ${connection.location} was migrated by a newer Homeward server (${newer.join(', ')}). ` +
          'Run that version, or restore a backup made before the upgrade.',
        'schema_too_new',
      );
    }
    const applied = options.migrate === false ? [] : await migrate(connection.db, connection.dialect);
    const storedCheck = await readMeta(connection, KEY_CHECK).catch(() => {
      throw new StoreOpenError(
        `The database at ${connection.location} has no Homeward tables yet: run \`homeward-server migrate\`.`,
        'unreachable',
      );
    });
    let { keys, created } = await resolveKeys(options, storedCheck);
    if (storedCheck !== undefined && !sameCheckValue(storedCheck, keys.checkValue)) {
      const finished = finishInterruptedRotation(options, storedCheck);
      if (finished) keys = finished;
    }
    if (storedCheck !== undefined && !sameCheckValue(storedCheck, keys.checkValue)) {
      throw new StoreOpenError(
        `The data key does not match the key this database was sealed with (${connection.location}). ` +
          'Check HOMEWARD_DATA_KEY or HOMEWARD_KEY_FILE; nothing was read or written.',
        'wrong_key',
      );
    }
    const context: StoreContext = {
      db: connection.db,
      dialect: connection.dialect,
      sealer: new Sealer(keys),
      index: new BlindIndex(keys.indexKey),
      // PostgreSQL keeps a transaction per submission: it has many writers (the pool) and groups commits itself.
      ...(connection.dialect === 'sqlite' ? { groupCommit: new GroupCommit(connection.db) } : {}),
    };
    if (storedCheck === undefined) {
      await writeMeta(context, KEY_CHECK, keys.checkValue);
      await writeMeta(context, KEY_ID, keys.keyId);
    }
    if (options.migrate !== false) {
      await backfillStatistics(context);
      await backfillIncidentStatistics(context);
    }
    return {
      store: storeOver(context, connection, releaseLocks),
      connection,
      context,
      keys,
      keyCreated: created,
      migrationsApplied: applied,
    };
  } catch (error) {
    await connection.db.destroy().catch(() => undefined);
    await releaseLocks();
    throw error;
  }
}

const BACKFILL = 'statistics_backfill';
const BACKFILL_PAGE = 500;

/**
 * Runs a backfill of clear columns from the sealed bodies once (a meta row marks it pending until done): every
 * record of a kind, page by page in id order, so an interrupted backfill simply runs again at the next open.
 * `fill` writes a page and answers how many rows it changed.
 */
async function backfillOnce(
  context: StoreContext,
  metaKey: string,
  kind: 'intake' | 'incident',
  fill: (rows: RecordRow[]) => Promise<number>,
): Promise<number> {
  const state = await context.db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', metaKey)
    .executeTakeFirst();
  if (state?.value !== 'pending') return 0;
  let updated = 0;
  let after = '';
  for (;;) {
    const rows = await context.db
      .selectFrom('records')
      .selectAll()
      .where('kind', '=', kind)
      .where('id', '>', after)
      .orderBy('id')
      .limit(BACKFILL_PAGE)
      .execute();
    if (rows.length === 0) break;
    updated += await fill(rows);
    after = rows.at(-1)!.id;
  }
  await writeMeta(context, metaKey, 'done');
  return updated;
}

/**
 * Migration 0003 added `research_withdrawn`; records written before it have 0 there whatever their consent says.
 * Fills it from the sealed bodies once.
 */
export function backfillStatistics(context: StoreContext): Promise<number> {
  return backfillOnce(context, BACKFILL, 'intake', async (rows) => {
    const withdrawn = rows
      .filter((row) => {
        const record = rowToRecord<IntakeRecord>(context, row).record;
        return record.consent?.research?.withdrawnOn !== undefined;
      })
      .map((row) => row.id);
    if (withdrawn.length) {
      await context.db
        .updateTable('records')
        .set({ research_withdrawn: 1 })
        .where('id', 'in', withdrawn)
        .execute();
    }
    return withdrawn.length;
  });
}

/**
 * Migration 0004 added the incident statistics columns; incidents written before it have nulls there. Fills them
 * from the sealed bodies once, as the server writes them for new incidents (`incidentClearColumns`).
 */
export function backfillIncidentStatistics(context: StoreContext): Promise<number> {
  return backfillOnce(context, INCIDENT_BACKFILL, 'incident', async (rows) => {
    for (const row of rows) {
      const record = rowToRecord<IncidentRecord>(context, row).record;
      await context.db
        .updateTable('records')
        .set(incidentToRow(incidentClearColumns(record).incident!))
        .where('id', '=', row.id)
        .execute();
    }
    return rows.length;
  });
}

/**
 * rotate-key writes the new key to `<key file>.new`, re-seals the database, then swaps the files. If it was stopped
 * between the commit and the swap, the database already needs the new key: finish the swap here.
 */
function finishInterruptedRotation(options: StoreOptions, storedCheck: string): DerivedKeys | undefined {
  if (options.dataKey) return undefined;
  const path = keyFilePath(options);
  const pending = `${path}.new`;
  if (!existsSync(pending)) return undefined;
  const key = parseKey(readFileSync(pending, 'utf8'));
  if (!key) return undefined;
  const keys = deriveKeys(key);
  if (!sameCheckValue(storedCheck, keys.checkValue)) return undefined;
  renameSync(pending, path);
  return keys;
}

function storeOver(context: StoreContext, connection: Connection, releaseLocks: () => Promise<void>): Store {
  let closed = false;
  return {
    dialect: connection.dialect,
    ...repositories(context),
    transaction: (work) =>
      connection.db.transaction().execute((trx) => work(repositories({ ...context, db: trx }))),
    async ping() {
      try {
        await connection.db.selectFrom('meta').select('key').limit(1).execute();
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      // Submissions already handed to a batch are committed (and answered) before the connection goes.
      await context.groupCommit?.drained();
      try {
        await connection.db.destroy();
      } finally {
        await releaseLocks();
      }
    },
  };
}

/**
 * Opens the store: SQLite in `options.dataDir` (WAL) or PostgreSQL when `options.databaseUrl` is set; checks the key
 * against the key check value in the database (StoreOpenError 'wrong_key' when it differs) and runs migrations.
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  return (await openStoreInternals(options)).store;
}
