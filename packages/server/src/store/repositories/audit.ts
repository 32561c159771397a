/** The audit log: append and read only (no update, no delete here); entries hold who, what, when, where. */
import type { Selectable } from 'kysely';
import { decodeCursor, pageFromRows, pageLimit, type StoreContext } from '../context.js';
import { newId, nowIso } from '../ids.js';
import type { AuditLogTable } from '../schema.js';
import type { AuditEntry, AuditRepository } from '../types.js';

function rowToEntry(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actorId: row.actor_id,
    actorRole: row.actor_role,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    ip: row.ip,
    detail: row.detail ? (JSON.parse(row.detail) as AuditEntry['detail']) : null,
  };
}

export function auditRepository(ctx: StoreContext): AuditRepository {
  return {
    async append(entry) {
      const row = {
        id: newId(),
        at: entry.at ?? nowIso(),
        actor_id: entry.actorId,
        actor_role: entry.actorRole,
        action: entry.action,
        target_type: entry.targetType,
        target_id: entry.targetId,
        ip: entry.ip,
        detail: entry.detail ? JSON.stringify(entry.detail) : null,
      };
      await ctx.db.insertInto('audit_log').values(row).execute();
      return rowToEntry(row);
    },
    async list(filter = {}, options = {}) {
      const limit = pageLimit(options.limit);
      let q = ctx.db.selectFrom('audit_log');
      if (filter.actorId) q = q.where('actor_id', '=', filter.actorId);
      if (filter.action) q = q.where('action', '=', filter.action);
      if (filter.targetId) q = q.where('target_id', '=', filter.targetId);
      if (filter.from) q = q.where('at', '>=', filter.from);
      if (filter.to) q = q.where('at', '<=', filter.to);
      const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const after = decodeCursor(options.cursor)?.[0];
      let page = q.selectAll();
      if (typeof after === 'string') page = page.where('id', '<', after);
      const rows = await page
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
      return { ...pageFromRows(rows, limit, rowToEntry), total: Number(total.n) };
    },
  };
}
