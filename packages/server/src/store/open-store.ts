import type { Store, StoreOptions } from './types.js';

/**
 * Opens the store: SQLite in `options.dataDir` (WAL) or PostgreSQL when `options.databaseUrl` is set; checks the key
 * against the key check value in the database (StoreOpenError 'wrong_key' when it differs) and runs migrations.
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  void options;
  throw new Error('openStore: being written (issue 10, store engineer)');
}
