/**
 * Everything that differs between SQLite and PostgreSQL, in one place: connecting, column types, pragmas.
 * Queries elsewhere stay portable (ON CONFLICT, RETURNING, substr, COALESCE work on both).
 */
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type DialectName = 'sqlite' | 'postgres';

export interface ColumnTypes {
  binary: 'blob' | 'bytea';
  double: 'real' | 'double precision';
}

export function columnTypes(dialect: DialectName): ColumnTypes {
  return dialect === 'sqlite'
    ? { binary: 'blob', double: 'real' }
    : { binary: 'bytea', double: 'double precision' };
}

export const SQLITE_FILE = 'homeward.db';

export interface Connection {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Where the data lives, for messages: a file path or the URL without its password. */
  location: string;
  /** The raw better-sqlite3 handle (SQLite only): online backup. */
  sqlite?: SQLite.Database;
}

export interface ConnectOptions {
  dataDir: string;
  databaseUrl?: string;
  sqliteSynchronous?: 'NORMAL' | 'FULL';
  poolSize?: number;
}

/** The URL with its password replaced, safe to print. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

export function connect(options: ConnectOptions): Connection {
  if (options.databaseUrl) {
    // COUNT and SUM answer int8 (bigint), which pg returns as strings; our counts fit a double.
    pg.types.setTypeParser(20, (value) => Number(value));
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    // An idle pooled connection that dies (the database restarted, an administrator ended it, the network dropped)
    // is reported as an 'error' event; unheard, it would crash the process. The pool drops that connection and the
    // next query opens another, or fails and is answered 503 (plugins/errors.ts).
    pool.on('error', () => undefined);
    return {
      db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
      dialect: 'postgres',
      location: redactUrl(options.databaseUrl),
    };
  }
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const file = join(options.dataDir, SQLITE_FILE);
  const sqlite = new SQLite(file);
  chmodSync(file, 0o600);
  // WAL: readers never block the writer. NORMAL: a commit is written to the WAL (the OS page cache) before it is
  // acknowledged, so a killed process loses nothing (SQLite docs, "WAL mode with synchronous=NORMAL": durable across
  // application crashes, a power loss or OS crash may roll back the last commits). FULL fsyncs the WAL at each
  // commit, which also survives a power cut; with group commit (group-commit.ts) that is one fsync per batch of
  // submissions, not per submission, so HOMEWARD_SQLITE_SYNC=FULL costs little under concurrent load.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`synchronous = ${options.sqliteSynchronous ?? 'NORMAL'}`);
  sqlite.pragma('busy_timeout = 10000');
  sqlite.pragma('foreign_keys = ON');
  // Freed pages are overwritten, so deleted sealed bodies and tokens do not linger in the file.
  sqlite.pragma('secure_delete = ON');
  return {
    db: new Kysely<Database>({
      dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }),
    }),
    dialect: 'sqlite',
    location: file,
    sqlite,
  };
}

/**
 * Transactions that take the write lock when they begin (BEGIN IMMEDIATE). Two connections write to the database (the
 * server's and the duplicate worker thread's): a deferred transaction that read first cannot upgrade to a write once
 * the other connection committed after its read (SQLITE_BUSY_SNAPSHOT, which the busy timeout does not wait out). An
 * immediate one waits for the other writer (busy_timeout) and then holds the lock until it commits.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly sqliteConfig: SqliteDialectConfig) {
    super(sqliteConfig);
  }
  override createDriver() {
    return new ImmediateSqliteDriver(this.sqliteConfig);
  }
}

/**
 * Kysely's SQLite driver prepares every query anew; the same few statements run thousands of times under load, so
 * prepared statements are kept by SQL text (bounded; the store's queries are a fixed set plus IN-lists of a few sizes).
 */
function withStatementCache(sqlite: SQLite.Database): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  return new Proxy(sqlite, {
    get(target, property) {
      if (property === 'prepare') {
        return (source: string) => {
          let statement = cache.get(source);
          if (!statement) {
            statement = target.prepare(source);
            if (cache.size >= 500) cache.delete(cache.keys().next().value as string);
            cache.set(source, statement);
          }
          return statement;
        };
      }
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
