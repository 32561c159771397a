import { chmodSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { storeOptions } from '../config/index.js';
import { openStoreInternals } from '../store/open-store.js';
import { CliError, configOrExit, explain, type Io } from './common.js';

/**
 * `homeward-server backup [file]`: SQLite's online backup API copies a consistent database while the server keeps
 * serving. The copy holds sealed values only; the key is NOT in it and must be kept (and backed up) apart.
 * PostgreSQL: pg_dump is the tool; we print how.
 */
export async function backupCommand(env: NodeJS.ProcessEnv, args: string[], io: Io): Promise<void> {
  const config = configOrExit(env);
  if (config.databaseUrl) {
    io.out('This server uses PostgreSQL: back it up with pg_dump, for example');
    io.out('  pg_dump --format=custom --file=homeward-$(date +%Y%m%d-%H%M).dump "$DATABASE_URL"');
    io.out('and restore with pg_restore --clean --dbname "$DATABASE_URL" <file>.');
    io.out(
      'The dump holds sealed record bodies only; keep the data key (HOMEWARD_DATA_KEY or key file) apart from it.',
    );
    return;
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = resolve(args[0] ?? join(config.dataDir, 'backups', `homeward-${stamp}.db`));
  mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
  const opened = await openStoreInternals({ ...storeOptions(config), migrate: false }).catch(explain);
  try {
    if (!opened.connection.sqlite) throw new CliError('No SQLite database to back up.');
    const result = await opened.connection.sqlite.backup(target);
    chmodSync(target, 0o600);
    io.out(`Backup written: ${target} (${result.totalPages} pages)`);
    io.out(
      'It holds sealed values only. Keep the data key apart from it: without the key it cannot be read.',
    );
  } finally {
    await opened.store.close();
  }
}
