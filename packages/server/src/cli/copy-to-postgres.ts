import { storeOptions } from '../config/index.js';
import { COPIED_TABLES, CopyRefused, copyStore } from '../store/copy-store.js';
import { connect, redactUrl } from '../store/dialect.js';
import { openStoreInternals } from '../store/open-store.js';
import { CliError, configOrExit, explain, type Io } from './common.js';
import { acquireLock } from './data-dir-lock.js';

function targetUrl(args: string[], env: NodeJS.ProcessEnv): string {
  const at = args.indexOf('--to');
  const given = at >= 0 ? args[at + 1] : args.find((a) => a.startsWith('--to='))?.slice(5);
  const url = (given ?? env.DATABASE_URL ?? '').trim();
  if (!url) {
    throw new CliError(
      'Name the PostgreSQL database to copy into: homeward-server copy-to-postgres --to postgres://user:password@host:5432/database',
    );
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CliError('--to is not a URL (expected postgres://user:password@host:5432/database).');
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new CliError(`--to must start with postgres:// or postgresql://; got "${parsed.protocol}//…".`);
  }
  return url;
}

/**
 * `homeward-server copy-to-postgres --to <url>`: copies the SQLite store of HOMEWARD_DATA_DIR into an empty
 * PostgreSQL database (DATABASE_URL when --to is not given), then opens the copy with the same key to prove it reads.
 * The source is never changed; the server must be stopped so that no submission arrives after the copy.
 */
export async function copyToPostgresCommand(env: NodeJS.ProcessEnv, args: string[], io: Io): Promise<void> {
  const url = targetUrl(args, env);
  // The source is the data folder's SQLite store, whatever DATABASE_URL says (it usually names the target).
  const config = configOrExit({ ...env, DATABASE_URL: '' });
  const options = storeOptions(config);
  const releaseLock = acquireLock(config.dataDir, 'copy-to-postgres');
  try {
    const source = await openStoreInternals(options).catch(explain);
    const target = connect({ dataDir: config.dataDir, databaseUrl: url, poolSize: 2 });
    let firstId: string | undefined;
    try {
      io.err(`Copying ${source.connection.location} into ${redactUrl(url)}…`);
      const counts = await copyStore(source.connection, target, (table, rows) =>
        io.err(`  ${table}: ${rows}`),
      ).catch((error: unknown) => {
        if (error instanceof CopyRefused) throw new CliError(error.message);
        const reason = error instanceof Error ? error.message : String(error);
        throw new CliError(`The copy failed and was rolled back (the target is left empty): ${reason}`);
      });
      firstId = (await source.context.db.selectFrom('records').select('id').limit(1).executeTakeFirst())?.id;
      const expected = firstId ? await source.store.records.get(firstId) : undefined;
      await target.db.destroy();
      // Proof the copy reads: same key check, and a record opens to the same contents as in the source.
      const copy = await openStoreInternals({ ...options, databaseUrl: url, poolSize: 2 }).catch(explain);
      try {
        if (firstId) {
          const got = await copy.store.records.get(firstId);
          if (JSON.stringify(got?.record) !== JSON.stringify(expected?.record)) {
            throw new CliError(`Record ${firstId} does not read back the same in the copy.`);
          }
        }
      } finally {
        await copy.store.close();
      }
      io.out(
        `Copied ${COPIED_TABLES.map((t) => `${counts[t]} ${t}`).join(', ')}; every count checked, ` +
          'and the copy opens with the same key. Staff sessions were not copied: everyone signs in again.',
      );
      io.out(
        `Next: set DATABASE_URL=${redactUrl(url)} (with its password) and the same data key, then start the server.`,
      );
    } finally {
      await target.db.destroy().catch(() => undefined);
      await source.store.close();
    }
  } finally {
    releaseLock();
  }
}
