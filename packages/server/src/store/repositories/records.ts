/** Records: sealed bodies, clear columns, blind-index tokens, optimistic versions with history. */
import { randomInt } from 'node:crypto';
import { sql } from 'kysely';
import { decodeCursor, encodeCursor, inTransaction, pageLimit, type StoreContext } from '../context.js';
import { aad } from '../crypto/sealer.js';
import type { BatchRows } from '../group-commit.js';
import { newId, nowIso } from '../ids.js';
import {
  type ClearColumns,
  type InsertRecordInput,
  type InsertRecordResult,
  RECORD_KEY_RANGE,
  type RecordFilter,
  type RecordSort,
  type RecordsRepository,
  type RecordVersion,
  type StoredRecord,
  type TokenKind,
  type UpdateRecordInput,
  type UpdateResult,
} from '../types.js';
import { pendingDuplicateJob } from './duplicates.js';
import { applyFilter } from './record-filter.js';
import { clearToRow, type RecordRow, rowToClear, rowToRecord, storedFrom } from './record-rows.js';
import { nextSequence } from './sequences.js';

const SORT_COLUMNS = {
  registrationDate: 'registration_date',
  updatedAt: 'updated_at',
  caseNumber: 'case_number',
} as const;

export function recordsRepository(ctx: StoreContext): RecordsRepository {
  const selectRow = (c: StoreContext) => c.db.selectFrom('records').selectAll();

  /** One query for both ways a submission can already be here: its idempotency key or its id. */
  async function classify<R>(
    c: StoreContext,
    input: InsertRecordInput<R>,
  ): Promise<InsertRecordResult<R> | undefined> {
    const key = input.idempotencyKey;
    const rows = await selectRow(c)
      .where((eb) =>
        key === undefined
          ? eb('id', '=', input.id)
          : eb.or([
              eb('id', '=', input.id),
              eb.and([eb('kind', '=', input.kind), eb('idempotency_key', '=', key)]),
            ]),
      )
      .execute();
    if (rows.length === 0) return undefined;
    if (key !== undefined) {
      const byKey = rows.find((r) => r.kind === input.kind && r.idempotency_key === key);
      if (byKey) {
        const record = rowToRecord<R>(c, byKey);
        return { status: byKey.fingerprint === input.fingerprint ? 'replayed' : 'key_conflict', record };
      }
    }
    const byId = rows.find((r) => r.id === input.id);
    if (byId) {
      const record = rowToRecord<R>(c, byId);
      const same = byId.fingerprint === input.fingerprint && byId.kind === input.kind;
      return { status: same ? 'replayed' : 'id_conflict', record };
    }
    return undefined;
  }

  async function writeTokens(c: StoreContext, id: string, record: unknown, later?: BatchRows): Promise<void> {
    const tokens = c.index.tokensOf(record);
    if (tokens.length === 0) return;
    if (later) {
      for (const t of tokens) later.record_tokens.push({ kind: t.kind, token: t.token, record_id: id });
      return;
    }
    await c.db
      .insertInto('record_tokens')
      .values(tokens.map((t) => ({ kind: t.kind, token: t.token, record_id: id })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  /** Stores a new record with its tokens, case number and duplicate job, in the caller's transaction. */
  async function insertRecord<R>(
    c: StoreContext,
    input: InsertRecordInput<R>,
    later?: BatchRows,
  ): Promise<InsertRecordResult<R>> {
    const earlier = await classify(c, input);
    if (earlier) return earlier;
    const at = nowIso();
    const caseNumber = input.caseNumber
      ? input.caseNumber.format(await nextSequence(c, input.caseNumber.scope, input.caseNumber.year))
      : null;
    const sealed = c.sealer.sealJson(input.record, aad.record(input.id, 1));
    const inserted = await c.db
      .insertInto('records')
      .values({
        id: input.id,
        kind: input.kind,
        version: 1,
        case_number: caseNumber,
        ...clearToRow(input.clear),
        record_key: randomInt(RECORD_KEY_RANGE),
        idempotency_key: input.idempotencyKey ?? null,
        fingerprint: input.fingerprint,
        key_id: sealed.keyId,
        body: sealed.body,
        created_at: at,
        updated_at: at,
        created_by: input.actorId ?? null,
        updated_by: input.actorId ?? null,
        change_reason: 'created',
        merged_into: null,
      })
      .onConflict((oc) => oc.doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!inserted) {
      // Another transaction stored the same id or key between our check and insert (PostgreSQL): answer as a replay.
      const now = await classify(c, input);
      if (now) return now;
      throw new Error('Insert conflicted with a row that is not there.');
    }
    await writeTokens(c, input.id, input.record, later);
    if (input.enqueueDuplicateCheck) {
      const job = pendingDuplicateJob(input.id, at);
      if (later) later.duplicate_jobs.push(job);
      else await c.db.insertInto('duplicate_jobs').values(job).execute();
    }
    // Built from what was written: opening the body we just sealed would only cost time.
    return { status: 'created', record: storedFrom<R>(inserted, input.record) };
  }

  return {
    async insert<R>(input: InsertRecordInput<R>): Promise<InsertRecordResult<R>> {
      if (ctx.groupCommit && !ctx.db.isTransaction) {
        // Tokens and the duplicate job go in with the batch's multi-row inserts, before its COMMIT.
        return ctx.groupCommit.run((trx, later) => insertRecord({ ...ctx, db: trx }, input, later));
      }
      return inTransaction(ctx, (c) => insertRecord(c, input));
    },

    async get<R>(id: string) {
      const row = await selectRow(ctx).where('id', '=', id).executeTakeFirst();
      return row ? rowToRecord<R>(ctx, row) : undefined;
    },

    async getByCaseNumber<R>(caseNumber: string) {
      const row = await selectRow(ctx).where('case_number', '=', caseNumber).executeTakeFirst();
      return row ? rowToRecord<R>(ctx, row) : undefined;
    },

    async getByIdempotencyKey<R>(kind: string, key: string) {
      const row = await selectRow(ctx)
        .where('kind', '=', kind)
        .where('idempotency_key', '=', key)
        .executeTakeFirst();
      return row ? rowToRecord<R>(ctx, row) : undefined;
    },

    async getMany<R>(ids: string[]) {
      if (ids.length === 0) return [];
      const rows = await selectRow(ctx).where('id', 'in', ids).execute();
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.flatMap((id) => {
        const row = byId.get(id);
        return row ? [rowToRecord<R>(ctx, row)] : [];
      });
    },

    async update<R>(input: UpdateRecordInput<R>): Promise<UpdateResult<StoredRecord<R>>> {
      return updateRecord<R>(ctx, input);
    },

    async setFlags(id, flags) {
      const values: { possible_duplicate?: number; retrafficked?: number } = {};
      if (flags.possibleDuplicate !== undefined) values.possible_duplicate = flags.possibleDuplicate ? 1 : 0;
      if (flags.retrafficked !== undefined) values.retrafficked = flags.retrafficked ? 1 : 0;
      if (Object.keys(values).length === 0) return;
      await ctx.db.updateTable('records').set(values).where('id', '=', id).execute();
    },

    async markMerged(id, into) {
      await ctx.db
        .updateTable('records')
        .set({ merged_into: into, updated_at: nowIso() })
        .where('id', '=', id)
        .execute();
    },

    async list<R>(
      filter: RecordFilter,
      options: { cursor?: string; limit?: number; sort?: RecordSort } = {},
    ) {
      const sort = options.sort ?? '-registrationDate';
      const descending = sort.startsWith('-');
      const column = SORT_COLUMNS[sort.replace(/^-/, '') as keyof typeof SORT_COLUMNS] ?? 'registration_date';
      const limit = pageLimit(options.limit);
      const sortExpr = sql<string>`coalesce(${sql.ref(`records.${column}`)}, '')`;

      let query = applyFilter(ctx, ctx.db.selectFrom('records').selectAll('records'), filter);
      const after = decodeCursor(options.cursor);
      if (after && typeof after[0] === 'string' && typeof after[1] === 'string') {
        const [value, id] = after as [string, string];
        const op = descending ? '<' : '>';
        query = query.where((eb) =>
          eb.or([eb(sortExpr, op, value), eb.and([eb(sortExpr, '=', value), eb('records.id', op, id)])]),
        );
      }
      const direction = descending ? 'desc' : 'asc';
      const rows = await query
        .orderBy(sortExpr, direction)
        .orderBy('records.id', direction)
        .limit(limit + 1)
        .execute();
      const totalRow = await applyFilter(
        ctx,
        ctx.db.selectFrom('records').select((eb) => eb.fn.countAll<number>().as('n')),
        filter,
      ).executeTakeFirstOrThrow();
      const pageRows = rows.slice(0, limit);
      const last = pageRows[pageRows.length - 1];
      return {
        items: pageRows.map((r) => rowToRecord<R>(ctx, r as RecordRow)),
        nextCursor:
          rows.length > limit && last
            ? encodeCursor([String((last as RecordRow)[column] ?? ''), last.id])
            : undefined,
        total: Number(totalRow.n),
      };
    },

    async findByToken(kind: TokenKind, value: string) {
      const token = ctx.index.token(kind, value);
      if (token === null) return [];
      const rows = await ctx.db
        .selectFrom('record_tokens')
        .select('record_id')
        .where('kind', '=', kind)
        .where('token', '=', token)
        .orderBy('record_id')
        .execute();
      return rows.map((r) => r.record_id);
    },

    async candidates(id: string, limit = 200) {
      // The record's own keys as an IN-list looked up in the (kind, token) index: joining two copies of
      // record_tokens let SQLite's planner start from every 'block' token of the caseload (a scan per job).
      const mine = ctx.db
        .selectFrom('record_tokens')
        .select('token')
        // By record_id alone (its own index).
        .where('record_id', '=', id);
      const rows = await ctx.db
        .selectFrom('record_tokens as other')
        .innerJoin('records', 'records.id', 'other.record_id')
        .select(['other.record_id', (eb) => eb.fn.countAll<number>().as('shared')])
        // Every kind listed, so that the (kind, token) index serves the look-up; a token (an HMAC keyed by its
        // kind) only ever equals one of its own kind.
        .where('other.kind', 'in', ['block', 'name', 'document', 'phone'])
        .where('other.token', 'in', mine)
        .where('other.record_id', '<>', id)
        .where('records.merged_into', 'is', null)
        .groupBy('other.record_id')
        // Past the limit, the records sharing the most keys (core's blocking keys, name, document, phone) are kept,
        // not the first ids: a common name alone ranks below a shared birth date and name.
        .orderBy('shared', 'desc')
        .orderBy('other.record_id')
        .limit(limit)
        .execute();
      return rows.map((r) => r.record_id);
    },

    async history<R>(id: string): Promise<RecordVersion<R>[]> {
      const rows = await ctx.db
        .selectFrom('record_versions')
        .selectAll()
        .where('record_id', '=', id)
        .orderBy('version', 'asc')
        .execute();
      const past = rows.map((row) => ({
        version: Number(row.version),
        record: ctx.sealer.openJson<R>(row.key_id, row.body, aad.record(id, Number(row.version))),
        clear: JSON.parse(row.clear) as ClearColumns,
        changedAt: row.changed_at,
        changedBy: row.changed_by,
        reason: row.reason,
      }));
      const current = await selectRow(ctx).where('id', '=', id).executeTakeFirst();
      if (!current) return past;
      const now = rowToRecord<R>(ctx, current);
      return [
        ...past,
        {
          version: now.version,
          record: now.record,
          clear: now.clear,
          changedAt: now.updatedAt,
          changedBy: current.updated_by,
          reason: current.change_reason,
        },
      ];
    },

    async count(filter: RecordFilter = {}) {
      const row = await applyFilter(
        ctx,
        ctx.db.selectFrom('records').select((eb) => eb.fn.countAll<number>().as('n')),
        filter,
      ).executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

/**
 * Conditional update on the expected version (the database decides who wins); the replaced version is kept,
 * still sealed, in record_versions. Shared by edits, status changes and merges.
 */
export async function updateRecord<R>(
  ctx: StoreContext,
  input: UpdateRecordInput<R>,
  afterUpdate?: (c: StoreContext, record: StoredRecord<R>, previous: RecordRow) => Promise<void>,
): Promise<UpdateResult<StoredRecord<R>>> {
  return inTransaction(ctx, async (c) => {
    const previous = await c.db
      .selectFrom('records')
      .selectAll()
      .where('id', '=', input.id)
      .executeTakeFirst();
    if (!previous) return { status: 'not_found' };
    if (Number(previous.version) !== input.expectedVersion) {
      return { status: 'conflict', current: rowToRecord<R>(c, previous) };
    }
    const version = input.expectedVersion + 1;
    const sealed = c.sealer.sealJson(input.record, aad.record(input.id, version));
    const at = nowIso();
    const updated = await c.db
      .updateTable('records')
      .set({
        ...clearToRow(input.clear),
        research_withdrawn: input.clear.researchWithdrawn ? 1 : 0,
        version,
        key_id: sealed.keyId,
        body: sealed.body,
        updated_at: at,
        updated_by: input.actorId,
        change_reason: input.reason ?? null,
      })
      .where('id', '=', input.id)
      .where('version', '=', input.expectedVersion)
      .returningAll()
      .executeTakeFirst();
    if (!updated) {
      const current = await c.db
        .selectFrom('records')
        .selectAll()
        .where('id', '=', input.id)
        .executeTakeFirst();
      return current ? { status: 'conflict', current: rowToRecord<R>(c, current) } : { status: 'not_found' };
    }
    await c.db
      .insertInto('record_versions')
      .values({
        record_id: input.id,
        version: Number(previous.version),
        key_id: previous.key_id,
        body: previous.body,
        clear: JSON.stringify(rowToClear(previous)),
        changed_at: previous.updated_at,
        changed_by: previous.updated_by,
        reason: previous.change_reason,
      })
      .execute();
    await c.db.deleteFrom('record_tokens').where('record_id', '=', input.id).execute();
    const tokens = c.index.tokensOf(input.record);
    if (tokens.length) {
      await c.db
        .insertInto('record_tokens')
        .values(tokens.map((t) => ({ kind: t.kind, token: t.token, record_id: input.id })))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    const record = storedFrom<R>(updated, input.record);
    await afterUpdate?.(c, record, previous);
    return { status: 'updated', record };
  });
}
