import { type IntakeRecord, redact } from '@homeward/core';
import type { FastifyInstance } from 'fastify';
import { principalOf } from '../auth/guard.js';
import { issuesSchema } from '../http/issues.js';
import { pageQueryProperties, pageSchema } from '../http/page-schema.js';
import { problem } from '../plugins/errors.js';
import { audit } from '../services/audit.js';
import type { Referral, ReferralStatus, Store } from '../store/types.js';

const anyObject = { type: 'object', additionalProperties: true } as const;
const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', maxLength: 64 } },
} as const;
const partnerSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    services: { type: 'array', items: { type: 'string' } },
    contact: { type: ['string', 'null'] },
    createdAt: { type: 'string' },
  },
} as const;
const referralSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    caseId: { type: 'string' },
    partnerId: { type: 'string' },
    service: { type: 'string' },
    note: { type: ['string', 'null'] },
    status: { type: 'string', enum: ['sent', 'accepted', 'declined', 'completed'] },
    createdAt: { type: 'string' },
    updatedAt: { type: 'string' },
  },
} as const;

/** Partners, and referrals as each side sees them: a partner only those addressed to it, in the partner profile. */
export async function partnerRoutes(app: FastifyInstance, opts: { store: Store }) {
  const { store } = opts;

  app.get(
    '/api/partners',
    {
      schema: {
        tags: ['referrals'],
        summary: 'Partner organisations',
        response: { 200: { type: 'object', properties: { items: { type: 'array', items: partnerSchema } } } },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const all = await store.partners.list();
      return {
        items: principal.scope === 'partner' ? all.filter((p) => p.id === principal.user.partnerId) : all,
      };
    },
  );

  app.post<{ Body: { name: string; services: string[]; contact?: string } }>(
    '/api/partners',
    {
      schema: {
        tags: ['referrals'],
        summary: 'Add a partner organisation',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'services'],
          properties: {
            name: { type: 'string', minLength: 1, maxLength: 100 },
            services: {
              type: 'array',
              items: { type: 'string', minLength: 1, maxLength: 100 },
              maxItems: 20,
            },
            contact: { type: 'string', maxLength: 200 },
          },
        },
        response: { 201: partnerSchema, 400: issuesSchema, 409: issuesSchema },
      },
    },
    async (request, reply) => {
      if (await store.partners.getByName(request.body.name))
        throw problem(409, 'exists', 'A partner with this name exists.', ['name']);
      const partner = await store.partners.create({
        name: request.body.name,
        services: request.body.services,
        contact: request.body.contact ?? null,
      });
      await audit(store, request, 'partner.create', { type: 'partner', id: partner.id });
      return reply.code(201).send(partner);
    },
  );

  /** A referral the principal may see: a partner only its own; an office-scoped caseworker those of its office. */
  async function referralFor(request: Parameters<typeof principalOf>[0], id: string): Promise<Referral> {
    const principal = principalOf(request);
    const referral = await store.referrals.get(id);
    if (!referral) throw problem(404, 'not_found', 'No such referral.');
    if (principal.scope === 'partner' && referral.partnerId !== principal.user.partnerId)
      throw problem(404, 'not_found', 'No such referral.');
    if (principal.scope === 'office') {
      const stored = await store.records.get(referral.caseId);
      if (stored?.clear.office !== principal.user.office)
        throw problem(404, 'not_found', 'No such referral.');
    }
    return referral;
  }

  app.get<{ Querystring: { status?: ReferralStatus; cursor?: string; limit?: number } }>(
    '/api/referrals',
    {
      schema: {
        tags: ['referrals'],
        summary: 'Referrals (a partner sees only those addressed to it)',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            status: { type: 'string', enum: ['sent', 'accepted', 'declined', 'completed'] },
            ...pageQueryProperties(),
          },
        },
        response: {
          200: pageSchema(referralSchema),
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const filter = {
        ...(request.query.status ? { status: request.query.status } : {}),
        ...(principal.scope === 'partner' ? { partnerId: principal.user.partnerId ?? '\u0000none' } : {}),
      };
      const page = await store.referrals.list(filter, {
        limit: request.query.limit ?? 50,
        ...(request.query.cursor ? { cursor: request.query.cursor } : {}),
      });
      if (principal.scope !== 'office') return page;
      const cases = await store.records.getMany(page.items.map((r) => r.caseId));
      const mine = new Set(cases.filter((c) => c.clear.office === principal.user.office).map((c) => c.id));
      const items = page.items.filter((r) => mine.has(r.caseId));
      return { ...page, items, total: items.length };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/referrals/:id',
    {
      schema: {
        tags: ['referrals'],
        summary: "A referral with the person's record in core's partner profile (what their consent allows)",
        params: idParams,
        response: {
          200: {
            type: 'object',
            properties: {
              referral: referralSchema,
              caseNumber: { type: ['string', 'null'] },
              record: anyObject,
            },
          },
          404: issuesSchema,
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const referral = await referralFor(request, request.params.id);
      const stored = await store.records.get<IntakeRecord>(referral.caseId);
      if (!stored) throw problem(404, 'not_found', 'No such case.');
      const partner = await store.partners.get(referral.partnerId);
      const record =
        principal.scope === 'partner'
          ? redact(stored.record, 'partner', partner ? { partner: partner.name } : {})
          : stored.record;
      await audit(
        store,
        request,
        'record.read',
        { type: 'case', id: stored.id },
        { via: 'referral', profile: principal.scope === 'partner' ? 'partner' : 'internal' },
      );
      return { referral, caseNumber: stored.caseNumber, record };
    },
  );

  app.post<{ Params: { id: string }; Body: { status: ReferralStatus } }>(
    '/api/referrals/:id/status',
    {
      schema: {
        tags: ['referrals'],
        summary: 'Accept, decline or complete a referral',
        params: idParams,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['status'],
          properties: { status: { type: 'string', enum: ['accepted', 'declined', 'completed'] } },
        },
        response: { 200: referralSchema, 404: issuesSchema },
      },
    },
    async (request) => {
      const referral = await referralFor(request, request.params.id);
      const updated = await store.referrals.setStatus(referral.id, request.body.status);
      await audit(
        store,
        request,
        'referral.status',
        { type: 'referral', id: referral.id },
        { status: request.body.status },
      );
      return updated;
    },
  );
}
