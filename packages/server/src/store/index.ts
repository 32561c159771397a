/** The store: Kysely over SQLite (default) or PostgreSQL, record bodies sealed, look-ups through a blind index. */

export { openStore } from './open-store.js';
export * from './types.js';
