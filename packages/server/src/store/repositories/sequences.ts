import type { StoreContext } from '../context.js';

/**
 * Next number of a (scope, year) sequence in one statement: insert 1 or increment, returning the value. The row
 * lock (PostgreSQL) or the single writer (SQLite) makes concurrent callers get different numbers, and numbers are
 * never reused because the row only grows.
 */
export async function nextSequence(ctx: StoreContext, scope: string, year: number): Promise<number> {
  const row = await ctx.db
    .insertInto('case_sequences')
    .values({ scope, year, last: 1 })
    .onConflict((oc) =>
      oc.columns(['scope', 'year']).doUpdateSet((eb) => ({ last: eb('case_sequences.last', '+', 1) })),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  return Number(row.last);
}
