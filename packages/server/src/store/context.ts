import type { Kysely } from 'kysely';
import type { BlindIndex } from './crypto/blind-index.js';
import type { Sealer } from './crypto/sealer.js';
import type { DialectName } from './dialect.js';
import type { GroupCommit } from './group-commit.js';
import type { Database } from './schema.js';

/** What every repository works with: a database handle (maybe a transaction), the sealer and the blind index. */
export interface StoreContext {
  db: Kysely<Database>;
  dialect: DialectName;
  sealer: Sealer;
  index: BlindIndex;
  /** SQLite: submissions arriving together are written in one transaction (see group-commit.ts). */
  groupCommit?: GroupCommit;
}

/** Runs `work` in a transaction, or inline when the context is already one (Kysely has no nested transactions). */
export async function inTransaction<T>(
  ctx: StoreContext,
  work: (tx: StoreContext) => Promise<T>,
): Promise<T> {
  if (ctx.db.isTransaction) return work(ctx);
  return ctx.db.transaction().execute((trx) => work({ ...ctx, db: trx }));
}

export function bool(value: boolean): number {
  return value ? 1 : 0;
}

/** Opaque keyset cursor: the sort value and id of the last item. */
export function encodeCursor(parts: (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

/** A page from rows fetched with `limit + 1`, in id order: the extra row only tells that a next page exists. */
export function pageFromRows<R, T extends { id: string }>(
  rows: R[],
  limit: number,
  toItem: (row: R) => T,
): { items: T[]; nextCursor: string | undefined } {
  const items = rows.slice(0, limit).map(toItem);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : undefined };
}

export function decodeCursor(cursor: string | undefined): (string | number | null)[] | undefined {
  if (!cursor) return undefined;
  try {
    const parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    return Array.isArray(parts) ? (parts as (string | number | null)[]) : undefined;
  } catch {
    return undefined;
  }
}

export function pageLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return 50;
  return Math.min(500, Math.max(1, Math.floor(limit)));
}
