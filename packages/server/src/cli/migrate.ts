import { storeOptions } from '../config/index.js';
import { openStoreInternals } from '../store/open-store.js';
import { configOrExit, explain, type Io } from './common.js';

/** `homeward-server migrate`: applies pending migrations (also done on every start) and says which. */
export async function migrateCommand(env: NodeJS.ProcessEnv, io: Io): Promise<void> {
  const config = configOrExit(env);
  const opened = await openStoreInternals(storeOptions(config)).catch(explain);
  try {
    const applied = opened.migrationsApplied;
    io.out(
      applied.length ? `Applied: ${applied.join(', ')}` : 'Nothing to apply: the database is up to date.',
    );
    io.out(`Database: ${opened.connection.location}`);
  } finally {
    await opened.store.close();
  }
}
