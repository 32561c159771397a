/** Case work on intake records: sequences for case numbers, status changes with their events, sealed notes. */
import type { Selectable } from 'kysely';
import type { StoreContext } from '../context.js';
import { aad } from '../crypto/sealer.js';
import { newId, nowIso } from '../ids.js';
import type { CaseEventsTable } from '../schema.js';
import type { CaseEvent, CaseNote, CasesRepository, StoredRecord, UpdateResult } from '../types.js';
import { updateRecord } from './records.js';
import { nextSequence } from './sequences.js';

function sealedNote(ctx: StoreContext, id: string, note: string | null | undefined) {
  if (note === null || note === undefined) return { key_id: null, note: null };
  const sealed = ctx.sealer.sealText(note, aad.event(id));
  return { key_id: sealed.keyId, note: sealed.body };
}

async function insertEvent(
  ctx: StoreContext,
  event: Omit<CaseEvent, 'id' | 'at'> & { at?: string },
): Promise<CaseEvent> {
  const id = newId();
  const at = event.at ?? nowIso();
  await ctx.db
    .insertInto('case_events')
    .values({
      id,
      case_id: event.caseId,
      type: event.type,
      from_status: event.from,
      to_status: event.to,
      ...sealedNote(ctx, id, event.note),
      actor_id: event.actorId,
      at,
    })
    .execute();
  return {
    id,
    caseId: event.caseId,
    type: event.type,
    from: event.from,
    to: event.to,
    note: event.note,
    actorId: event.actorId,
    at,
  };
}

function rowToEvent(ctx: StoreContext, row: Selectable<CaseEventsTable>): CaseEvent {
  return {
    id: row.id,
    caseId: row.case_id,
    type: row.type as CaseEvent['type'],
    from: row.from_status,
    to: row.to_status,
    note: row.note && row.key_id ? ctx.sealer.openText(row.key_id, row.note, aad.event(row.id)) : null,
    actorId: row.actor_id,
    at: row.at,
  };
}

export function casesRepository(ctx: StoreContext): CasesRepository {
  return {
    nextSequence: (scope, year) => nextSequence(ctx, scope, year),

    async changeStatus<R>(input: Parameters<CasesRepository['changeStatus']>[0]) {
      return updateRecord<R>(
        ctx,
        {
          id: input.id,
          expectedVersion: input.expectedVersion,
          record: input.record as R,
          clear: { ...input.clear, status: input.to },
          actorId: input.actorId,
          reason: 'status',
        },
        async (c, _record, previous) => {
          await insertEvent(c, {
            caseId: input.id,
            type: 'status',
            from: previous.status,
            to: input.to,
            note: input.note ?? null,
            actorId: input.actorId,
          });
        },
      ) as Promise<UpdateResult<StoredRecord<R>>>;
    },

    addEvent: (event) => insertEvent(ctx, event),

    async events(caseId) {
      const rows = await ctx.db
        .selectFrom('case_events')
        .selectAll()
        .where('case_id', '=', caseId)
        .orderBy('id', 'asc')
        .execute();
      return rows.map((r) => rowToEvent(ctx, r));
    },

    async addNote({ caseId, text, authorId, at }): Promise<CaseNote> {
      const id = newId();
      const when = at ?? nowIso();
      const sealed = ctx.sealer.sealText(text, aad.note(id));
      await ctx.db
        .insertInto('case_notes')
        .values({
          id,
          case_id: caseId,
          key_id: sealed.keyId,
          body: sealed.body,
          author_id: authorId,
          at: when,
        })
        .execute();
      return { id, caseId, text, authorId, at: when };
    },

    async notes(caseId) {
      const rows = await ctx.db
        .selectFrom('case_notes')
        .selectAll()
        .where('case_id', '=', caseId)
        .orderBy('id', 'asc')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        caseId: r.case_id,
        text: ctx.sealer.openText(r.key_id, r.body, aad.note(r.id)),
        authorId: r.author_id,
        at: r.at,
      }));
    },
  };
}
