import type { Selectable } from 'kysely';
import { decodeCursor, pageFromRows, pageLimit, type StoreContext } from '../context.js';
import { aad } from '../crypto/sealer.js';
import { newId, nowIso } from '../ids.js';
import type { PartnersTable, ReferralsTable } from '../schema.js';
import type { Partner, PartnersRepository, Referral, ReferralStatus, ReferralsRepository } from '../types.js';

function rowToPartner(row: Selectable<PartnersTable>): Partner {
  return {
    id: row.id,
    name: row.name,
    services: JSON.parse(row.services) as string[],
    contact: row.contact,
    createdAt: row.created_at,
  };
}

export function partnersRepository(ctx: StoreContext): PartnersRepository {
  return {
    async create(partner) {
      const row = {
        id: partner.id ?? newId(),
        name: partner.name,
        services: JSON.stringify(partner.services),
        contact: partner.contact,
        created_at: nowIso(),
      };
      await ctx.db.insertInto('partners').values(row).execute();
      return rowToPartner(row);
    },
    async get(id) {
      const row = await ctx.db.selectFrom('partners').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? rowToPartner(row) : undefined;
    },
    async getByName(name) {
      const row = await ctx.db.selectFrom('partners').selectAll().where('name', '=', name).executeTakeFirst();
      return row ? rowToPartner(row) : undefined;
    },
    async list() {
      const rows = await ctx.db.selectFrom('partners').selectAll().orderBy('name').execute();
      return rows.map(rowToPartner);
    },
  };
}

function rowToReferral(ctx: StoreContext, row: Selectable<ReferralsTable>): Referral {
  return {
    id: row.id,
    caseId: row.case_id,
    partnerId: row.partner_id,
    service: row.service,
    note: row.note && row.key_id ? ctx.sealer.openText(row.key_id, row.note, aad.referral(row.id)) : null,
    status: row.status as ReferralStatus,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function referralsRepository(ctx: StoreContext): ReferralsRepository {
  const byId = (id: string) =>
    ctx.db.selectFrom('referrals').selectAll().where('id', '=', id).executeTakeFirst();
  return {
    async create(input) {
      const id = newId();
      const at = nowIso();
      const sealed = input.note ? ctx.sealer.sealText(input.note, aad.referral(id)) : null;
      const row = {
        id,
        case_id: input.caseId,
        partner_id: input.partnerId,
        service: input.service,
        key_id: sealed?.keyId ?? null,
        note: sealed?.body ?? null,
        status: 'sent',
        created_by: input.createdBy,
        created_at: at,
        updated_at: at,
      };
      await ctx.db.insertInto('referrals').values(row).execute();
      return rowToReferral(ctx, row);
    },
    async get(id) {
      const row = await byId(id);
      return row ? rowToReferral(ctx, row) : undefined;
    },
    async setStatus(id, status) {
      await ctx.db
        .updateTable('referrals')
        .set({ status, updated_at: nowIso() })
        .where('id', '=', id)
        .execute();
      const row = await byId(id);
      return row ? rowToReferral(ctx, row) : undefined;
    },
    async listForCase(caseId) {
      const rows = await ctx.db
        .selectFrom('referrals')
        .selectAll()
        .where('case_id', '=', caseId)
        .orderBy('id')
        .execute();
      return rows.map((r) => rowToReferral(ctx, r));
    },
    async list(filter = {}, options = {}) {
      const limit = pageLimit(options.limit);
      let q = ctx.db.selectFrom('referrals');
      if (filter.partnerId) q = q.where('partner_id', '=', filter.partnerId);
      if (filter.status) q = q.where('status', '=', filter.status);
      const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const after = decodeCursor(options.cursor)?.[0];
      let page = q.selectAll();
      if (typeof after === 'string') page = page.where('id', '<', after);
      const rows = await page
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
      return { ...pageFromRows(rows, limit, (r) => rowToReferral(ctx, r)), total: Number(total.n) };
    },
  };
}
