/**
 * The duplicate-check queue (kept in the database, so a restart loses no job: a crashed worker's lease runs out
 * and the job is claimed again) and the pairs it finds, waiting for review.
 */
import type { Selectable } from 'kysely';
import { decodeCursor, pageFromRows, pageLimit, type StoreContext } from '../context.js';
import { aad } from '../crypto/sealer.js';
import { newId, nowIso } from '../ids.js';
import type { DuplicatePairsTable } from '../schema.js';
import type {
  DuplicateJobsRepository,
  DuplicatePair,
  DuplicatePairStatus,
  DuplicatePairsRepository,
} from '../types.js';

/** After this many failed attempts a job is kept as 'dead' for an operator to look at, no longer retried. */
export const MAX_ATTEMPTS = 5;

/** A new duplicate-check job for a record, due now: the row enqueue and the group-committed insert both write. */
export function pendingDuplicateJob(recordId: string, at: string) {
  return {
    id: newId(),
    record_id: recordId,
    status: 'pending',
    attempts: 0,
    run_after: at,
    leased_by: null,
    lease_until: null,
    last_error: null,
    created_at: at,
  };
}

export function duplicateJobsRepository(ctx: StoreContext): DuplicateJobsRepository {
  return {
    async enqueue(recordId) {
      const at = nowIso();
      await ctx.db.insertInto('duplicate_jobs').values(pendingDuplicateJob(recordId, at)).execute();
    },

    async claim({ workerId, leaseMs, limit = 50 }) {
      const now = nowIso();
      const due = (q: typeof base) =>
        q.where((eb) =>
          eb.or([
            eb.and([eb('status', '=', 'pending'), eb('run_after', '<=', now)]),
            eb.and([eb('status', '=', 'leased'), eb('lease_until', '<', now)]),
          ]),
        );
      const base = ctx.db.selectFrom('duplicate_jobs');
      const candidates = await due(base)
        .select('id')
        .orderBy('run_after')
        .orderBy('id')
        .limit(limit)
        .execute();
      if (candidates.length === 0) return [];
      const leaseUntil = new Date(Date.now() + leaseMs).toISOString();
      // The update re-checks that each job is still due: of two workers racing for a job, one gets it.
      const claimed = await ctx.db
        .updateTable('duplicate_jobs')
        .set((eb) => ({
          status: 'leased',
          leased_by: workerId,
          lease_until: leaseUntil,
          attempts: eb('attempts', '+', 1),
        }))
        .where(
          'id',
          'in',
          candidates.map((c) => c.id),
        )
        .where((eb) =>
          eb.or([
            eb.and([eb('status', '=', 'pending'), eb('run_after', '<=', now)]),
            eb.and([eb('status', '=', 'leased'), eb('lease_until', '<', now)]),
          ]),
        )
        .returning(['id', 'record_id', 'attempts', 'last_error'])
        .execute();
      return claimed
        .map((r) => ({
          id: r.id,
          recordId: r.record_id,
          attempts: Number(r.attempts),
          lastError: r.last_error,
        }))
        .sort((a, b) => (a.id < b.id ? -1 : 1));
    },

    async complete(jobId) {
      await ctx.db.deleteFrom('duplicate_jobs').where('id', '=', jobId).execute();
    },

    async fail(jobId, error, retryAfterMs) {
      const row = await ctx.db
        .selectFrom('duplicate_jobs')
        .select('attempts')
        .where('id', '=', jobId)
        .executeTakeFirst();
      if (!row) return;
      const dead = Number(row.attempts) >= MAX_ATTEMPTS;
      await ctx.db
        .updateTable('duplicate_jobs')
        .set({
          status: dead ? 'dead' : 'pending',
          run_after: new Date(Date.now() + retryAfterMs).toISOString(),
          leased_by: null,
          lease_until: null,
          // Error text from our own code, cut short: never a record value.
          last_error: error.slice(0, 500),
        })
        .where('id', '=', jobId)
        .execute();
    },

    async pending() {
      const row = await ctx.db
        .selectFrom('duplicate_jobs')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('status', 'in', ['pending', 'leased'])
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

function rowToPair(ctx: StoreContext, row: Selectable<DuplicatePairsTable>): DuplicatePair {
  return {
    id: row.id,
    aId: row.a_id,
    bId: row.b_id,
    probability: Number(row.probability),
    explanation: JSON.parse(row.explanation) as unknown,
    status: row.status as DuplicatePairStatus,
    reason: row.reason && row.key_id ? ctx.sealer.openText(row.key_id, row.reason, aad.pair(row.id)) : null,
    resolvedBy: row.resolved_by,
    resolvedAt: row.resolved_at,
    createdAt: row.created_at,
  };
}

export function duplicatePairsRepository(ctx: StoreContext): DuplicatePairsRepository {
  const byId = (id: string) =>
    ctx.db.selectFrom('duplicate_pairs').selectAll().where('id', '=', id).executeTakeFirst();
  return {
    async upsert({ aId, bId, probability, explanation }) {
      const [a, b] = aId < bId ? [aId, bId] : [bId, aId];
      const json = JSON.stringify(explanation ?? null);
      await ctx.db
        .insertInto('duplicate_pairs')
        .values({
          id: newId(),
          a_id: a,
          b_id: b,
          probability,
          explanation: json,
          status: 'open',
          key_id: null,
          reason: null,
          resolved_by: null,
          resolved_at: null,
          created_at: nowIso(),
        })
        .onConflict((oc) =>
          oc
            .columns(['a_id', 'b_id'])
            .doUpdateSet({ probability, explanation: json })
            .where('duplicate_pairs.status', '=', 'open'),
        )
        .execute();
      const row = await ctx.db
        .selectFrom('duplicate_pairs')
        .selectAll()
        .where('a_id', '=', a)
        .where('b_id', '=', b)
        .executeTakeFirstOrThrow();
      return rowToPair(ctx, row);
    },

    async get(id) {
      const row = await byId(id);
      return row ? rowToPair(ctx, row) : undefined;
    },

    async list(filter = {}, options = {}) {
      const limit = pageLimit(options.limit);
      let q = ctx.db.selectFrom('duplicate_pairs');
      if (filter.status) q = q.where('status', '=', filter.status);
      const recordId = filter.recordId;
      if (recordId) q = q.where((eb) => eb.or([eb('a_id', '=', recordId), eb('b_id', '=', recordId)]));
      const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const after = decodeCursor(options.cursor)?.[0];
      let page = q.selectAll();
      if (typeof after === 'string') page = page.where('id', '>', after);
      const rows = await page
        .orderBy('id', 'asc')
        .limit(limit + 1)
        .execute();
      return { ...pageFromRows(rows, limit, (r) => rowToPair(ctx, r)), total: Number(total.n) };
    },

    async resolve(id, { status, reason, actorId }) {
      const sealed = ctx.sealer.sealText(reason, aad.pair(id));
      await ctx.db
        .updateTable('duplicate_pairs')
        .set({
          status,
          key_id: sealed.keyId,
          reason: sealed.body,
          resolved_by: actorId,
          resolved_at: nowIso(),
        })
        .where('id', '=', id)
        .where('status', '=', 'open')
        .execute();
      const row = await byId(id);
      return row ? rowToPair(ctx, row) : undefined;
    },
  };
}
