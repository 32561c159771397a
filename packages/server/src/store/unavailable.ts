/**
 * Is this error the database being unavailable (down, unreachable, closed, read-only, full) rather than a fault in our
 * code? Such an error is not the client's fault nor a bug: the answer is 503 with Retry-After, and the operator is
 * told. Errors are recognised by the drivers' codes, walking `cause` chains (Kysely and pg wrap some of them).
 */

/** SQLite result codes (better-sqlite3's SqliteError.code, extended codes start with these) that mean "not now". */
const SQLITE_UNAVAILABLE = [
  'SQLITE_READONLY',
  'SQLITE_IOERR',
  'SQLITE_CANTOPEN',
  'SQLITE_FULL',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_PERM',
  'SQLITE_NOTADB',
  'SQLITE_CORRUPT',
  'SQLITE_PROTOCOL',
];

/**
 * PostgreSQL SQLSTATE classes and codes: 08 connection exception, 53 insufficient resources (disk full, out of
 * memory, too many connections), 57P0x the server shutting down or not accepting, 25006 read-only transaction,
 * 3D000 the database is gone, 55000 the database does not allow connections, 58 system error (I/O).
 */
const PG_CLASSES = ['08', '53', '58'];
const PG_CODES = new Set(['57P01', '57P02', '57P03', '57P04', '25006', '3D000', '55000']);

/** Node's socket errors on the way to PostgreSQL. */
const NET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ENOENT', // a Unix socket that is not there
]);

/** Messages of drivers that give no code: the connection or pool used after it ended or died. */
const MESSAGES = [
  /database connection is not open/i, // better-sqlite3 after close()
  /driver has already been destroyed/i, // Kysely after destroy()
  /Cannot use a pool after calling end/i, // pg.Pool after end()
  /Connection terminated/i, // pg: the server went away mid-query
  /Client has encountered a connection error/i,
  /timeout exceeded when trying to connect/i, // pg.Pool connectionTimeoutMillis
  /the database system is (starting up|shutting down|in recovery mode)/i,
];

function unavailableCode(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (SQLITE_UNAVAILABLE.some((prefix) => code === prefix || code.startsWith(`${prefix}_`))) return true;
    if (/^[0-9A-Z]{5}$/.test(code) && (PG_CODES.has(code) || PG_CLASSES.includes(code.slice(0, 2)))) {
      return true;
    }
    if (NET_CODES.has(code)) return true;
  }
  return typeof message === 'string' && MESSAGES.some((pattern) => pattern.test(message));
}

/** True when `error` (or an error it wraps: `cause`, AggregateError's `errors`) says the database is unavailable. */
export function isStorageUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const next = queue.shift();
    if (!next || typeof next !== 'object' || seen.has(next)) continue;
    seen.add(next);
    if (unavailableCode(next)) return true;
    const { cause, errors } = next as { cause?: unknown; errors?: unknown };
    queue.push(cause);
    if (Array.isArray(errors)) queue.push(...errors);
  }
  return false;
}
