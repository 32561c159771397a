import {
  canonicalName,
  type IntakeRecord,
  jaroWinkler,
  parseCaseNumber,
  partnerSharingAllowed,
} from '@homeward/core';
import { compileValidators } from '@homeward/core/validate';
import type { FastifyInstance } from 'fastify';
import type { ApiConfig } from '../app-config.js';
import { principalOf } from '../auth/guard.js';
import { issuesSchema, preferredLocale } from '../http/issues.js';
import { HttpProblem, problem } from '../plugins/errors.js';
import { audit } from '../services/audit.js';
import { caseNumberRequest } from '../services/case-numbers.js';
import { intakeClearColumns } from '../services/clear-columns.js';
import { canTransition } from '../services/workflow.js';
import type { RecordFilter, RecordSort, Store, StoredRecord } from '../store/types.js';
import {
  caseDetail,
  caseDetailSchema,
  caseFor,
  caseSummary,
  caseSummarySchema,
  etagOf,
  ifMatchVersion,
} from './case-views.js';
import { fingerprintOf } from './submissions.js';

const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 64 } },
} as const;
const anyObject = { type: 'object', additionalProperties: true } as const;
const SORTS = [
  'registrationDate',
  '-registrationDate',
  'updatedAt',
  '-updatedAt',
  'caseNumber',
  '-caseNumber',
];
const bool = { type: 'string', enum: ['true', 'false'] } as const;
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
/** Name matches scored below this are not shown. */
const NAME_THRESHOLD = 0.8;

interface ListQuery {
  q?: string;
  caseNumber?: string;
  document?: string;
  status?: string;
  office?: string;
  citizenship?: string;
  from?: string;
  to?: string;
  minor?: string;
  screeningMet?: string;
  duplicate?: string;
  sort?: string;
  cursor?: string;
  limit?: number;
}

const flag = (value: string | undefined) => (value === undefined ? undefined : value === 'true');

/** Case routes: list and look-up, registration at the desk, detail, edit, status, notes, referrals, receipt. */
export async function caseRoutes(app: FastifyInstance, opts: { store: Store; config: ApiConfig }) {
  const { store, config } = opts;
  const validators = compileValidators();

  function validate(body: unknown, locale: string | undefined): IntakeRecord {
    const result = validators.validateIntake(body, { locale });
    if (!result.ok) throw new HttpProblem(400, result.issues);
    return result.value;
  }

  /** Name look-up across scripts: blind-index candidates, then scored with core's name comparison. */
  async function byName(q: string, filter: RecordFilter) {
    const page = await store.records.list<IntakeRecord>({ ...filter, name: q }, { limit: 200 });
    const wanted = canonicalName(q);
    return page.items
      .map((stored) => {
        const names = [stored.record.person.fullName, stored.record.person.latinName].filter(
          (n): n is string => n !== undefined,
        );
        const score = Math.max(...names.map((n) => jaroWinkler(wanted, canonicalName(n))));
        return { stored, score: Math.round(score * 1000) / 1000 };
      })
      .filter((m) => m.score >= NAME_THRESHOLD)
      .sort((a, b) => b.score - a.score)
      .slice(0, 50);
  }

  app.get<{ Querystring: ListQuery }>(
    '/api/cases',
    {
      schema: {
        tags: ['cases'],
        summary:
          'List and look up cases (filters, sorting, cursor pagination; q = case number or name in any script)',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            q: { type: 'string', minLength: 1, maxLength: 200 },
            caseNumber: { type: 'string', maxLength: 40 },
            document: { type: 'string', minLength: 1, maxLength: 50 },
            status: { type: 'string', maxLength: 40 },
            office: { type: 'string', maxLength: 100 },
            citizenship: { type: 'string', pattern: '^[A-Z]{2}$' },
            from: date,
            to: date,
            minor: bool,
            screeningMet: bool,
            duplicate: bool,
            sort: { type: 'string', enum: SORTS },
            cursor: { type: 'string', maxLength: 200 },
            limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
          },
        },
        response: {
          200: {
            type: 'object',
            required: ['items', 'total'],
            properties: {
              items: { type: 'array', items: caseSummarySchema },
              nextCursor: { type: 'string' },
              total: { type: 'integer' },
            },
          },
          400: issuesSchema,
          401: issuesSchema,
          403: issuesSchema,
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const q = request.query;
      const filter: RecordFilter = {
        kind: 'intake',
        ...(q.status ? { status: q.status } : {}),
        ...(q.office ? { office: q.office } : {}),
        ...(q.citizenship ? { citizenship: q.citizenship } : {}),
        ...(q.from ? { from: q.from } : {}),
        ...(q.to ? { to: q.to } : {}),
        ...(q.minor ? { minor: flag(q.minor) } : {}),
        ...(q.screeningMet ? { screeningMet: flag(q.screeningMet) } : {}),
        ...(q.duplicate ? { possibleDuplicate: flag(q.duplicate) } : {}),
        ...(q.document ? { document: q.document } : {}),
      };
      if (principal.scope === 'office') {
        if (q.office && q.office !== principal.user.office) return { items: [], total: 0 };
        filter.office = principal.user.office ?? '\u0000none';
      }
      if (q.caseNumber !== undefined) {
        const parsed = parseCaseNumber(q.caseNumber);
        if (!parsed.ok)
          throw problem(400, parsed.code, 'Not a case number (check the digits).', ['caseNumber']);
        filter.caseNumber = parsed.value;
      }
      let result: { items: ReturnType<typeof caseSummary>[]; total: number; nextCursor?: string };
      if (q.q !== undefined) {
        const asNumber = parseCaseNumber(q.q);
        if (asNumber.ok) filter.caseNumber = asNumber.value;
      }
      if (q.q !== undefined && filter.caseNumber === undefined) {
        const matches = await byName(q.q, filter);
        result = { items: matches.map((m) => caseSummary(m.stored, m.score)), total: matches.length };
      } else {
        const page = await store.records.list<IntakeRecord>(filter, {
          sort: (q.sort ?? '-registrationDate') as RecordSort,
          limit: q.limit ?? 50,
          ...(q.cursor ? { cursor: q.cursor } : {}),
        });
        result = {
          items: page.items.map((s) => caseSummary(s)),
          total: page.total,
          ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
        };
      }
      // A search reads people's names: audited as a look-up (what was asked is not kept, only how many came back).
      await audit(store, request, 'record.search', null, { results: result.items.length });
      return result;
    },
  );

  app.post<{ Body: { record: unknown } }>(
    '/api/cases',
    {
      schema: {
        tags: ['cases'],
        summary: 'Register a person at the desk: validated, stored, case number issued',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['record'],
          properties: { record: anyObject },
        },
        response: { 201: caseDetailSchema, 400: issuesSchema, 409: issuesSchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const record = validate(request.body.record, preferredLocale(request.headers['accept-language']));
      if (principal.scope === 'office' && record.office !== principal.user.office) {
        throw problem(403, 'other_office', 'Register cases of your own office.', ['record', 'office']);
      }
      const clear = intakeClearColumns(record);
      const outcome = await store.records.insert({
        kind: 'intake',
        id: record.id,
        record,
        clear,
        fingerprint: fingerprintOf(request.body.record),
        caseNumber: caseNumberRequest(record.office, record.registrationDate, config),
        enqueueDuplicateCheck: true,
        actorId: principal.user.id,
      });
      if (outcome.status === 'id_conflict' || outcome.status === 'key_conflict') {
        throw problem(409, 'duplicate_id', 'A different record with this id exists.', ['record', 'id']);
      }
      const stored = outcome.record as StoredRecord<IntakeRecord>;
      if (outcome.status === 'created') {
        await store.cases.addEvent({
          caseId: stored.id,
          type: 'created',
          from: null,
          to: record.status,
          note: null,
          actorId: principal.user.id,
        });
      }
      await audit(store, request, 'record.create', { type: 'case', id: stored.id });
      reply.header('etag', etagOf(stored.version));
      return reply.code(outcome.status === 'created' ? 201 : 200).send(await caseDetail(store, stored));
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/cases/:id',
    {
      schema: {
        tags: ['cases'],
        summary:
          'A case: the record, screening, events, notes, referrals, likely duplicates (ETag = version)',
        params: idParams,
        response: { 200: caseDetailSchema, 404: issuesSchema },
      },
    },
    async (request, reply) => {
      const stored = await caseFor(store, principalOf(request), request.params.id);
      await audit(store, request, 'record.read', { type: 'case', id: stored.id });
      reply.header('etag', etagOf(stored.version));
      return caseDetail(store, stored);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/cases/:id/history',
    {
      schema: {
        tags: ['cases'],
        summary: 'Every version of the record, who changed it and when',
        params: idParams,
        response: {
          200: { type: 'object', properties: { versions: { type: 'array', items: anyObject } } },
          404: issuesSchema,
        },
      },
    },
    async (request) => {
      const stored = await caseFor(store, principalOf(request), request.params.id);
      await audit(store, request, 'record.history', { type: 'case', id: stored.id });
      return { versions: await store.records.history(stored.id) };
    },
  );

  app.put<{ Params: { id: string }; Body: { record: unknown } }>(
    '/api/cases/:id',
    {
      schema: {
        tags: ['cases'],
        summary: 'Edit the record (If-Match required: 412 with the current case when someone saved first)',
        params: idParams,
        headers: { type: 'object', properties: { 'if-match': { type: 'string' } } },
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['record'],
          properties: { record: anyObject },
        },
        response: {
          200: caseDetailSchema,
          400: issuesSchema,
          404: issuesSchema,
          412: {
            type: 'object',
            properties: { issues: issuesSchema.properties.issues, current: caseDetailSchema },
          },
          428: issuesSchema,
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const expected = ifMatchVersion(request.headers['if-match']);
      const stored = await caseFor(store, principal, request.params.id);
      const record = validate(request.body.record, preferredLocale(request.headers['accept-language']));
      if (record.id !== stored.id)
        throw problem(400, 'id_changed', 'The record id cannot change.', ['record', 'id']);
      if (principal.scope === 'office' && record.office !== principal.user.office) {
        throw problem(403, 'other_office', 'A case cannot be moved to another office by its caseworker.', [
          'record',
          'office',
        ]);
      }
      if (record.status !== stored.clear.status) {
        throw problem(400, 'status_by_workflow', 'Change the status with POST /api/cases/{id}/status.', [
          'record',
          'status',
        ]);
      }
      const result = await store.records.update({
        id: stored.id,
        expectedVersion: expected,
        record,
        clear: intakeClearColumns(record, stored.clear),
        actorId: principal.user.id,
        reason: 'edit',
      });
      return answerUpdate(request, reply, result, 'record.update');
    },
  );

  async function answerUpdate(
    request: Parameters<typeof audit>[1],
    reply: import('fastify').FastifyReply,
    result: Awaited<ReturnType<Store['records']['update']>>,
    action: string,
  ) {
    if (result.status === 'not_found') throw problem(404, 'not_found', 'No such case.');
    if (result.status === 'conflict') {
      const current = result.current as StoredRecord<IntakeRecord>;
      reply.header('etag', etagOf(current.version));
      return reply.code(412).send({
        issues: [
          {
            path: [],
            code: 'version_conflict',
            message: 'Someone saved this case first: here is their version.',
          },
        ],
        current: await caseDetail(store, current),
      });
    }
    const updated = result.record as StoredRecord<IntakeRecord>;
    await audit(store, request, action, { type: 'case', id: updated.id }, { version: updated.version });
    reply.header('etag', etagOf(updated.version));
    return caseDetail(store, updated);
  }

  app.post<{ Params: { id: string }; Body: { to: string; note?: string } }>(
    '/api/cases/:id/status',
    {
      schema: {
        tags: ['cases'],
        summary: 'Change the status along the workflow (If-Match required)',
        params: idParams,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['to'],
          properties: { to: { type: 'string', maxLength: 40 }, note: { type: 'string', maxLength: 2000 } },
        },
        response: {
          200: caseDetailSchema,
          400: issuesSchema,
          404: issuesSchema,
          409: issuesSchema,
          412: anyObject,
          428: issuesSchema,
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const expected = ifMatchVersion(request.headers['if-match']);
      const stored = await caseFor(store, principal, request.params.id);
      const { to, note } = request.body;
      if (!canTransition(stored.clear.status, to)) {
        throw problem(409, 'transition_not_allowed', `A ${stored.clear.status} case cannot become ${to}.`, [
          'to',
        ]);
      }
      const record = { ...stored.record, status: to } as IntakeRecord;
      const result = await store.cases.changeStatus<IntakeRecord>({
        id: stored.id,
        expectedVersion: expected,
        to,
        ...(note ? { note } : {}),
        actorId: principal.user.id,
        record,
        clear: intakeClearColumns(record, stored.clear),
      });
      return answerUpdate(request, reply, result, 'record.status');
    },
  );

  app.post<{ Params: { id: string }; Body: { text: string } }>(
    '/api/cases/:id/notes',
    {
      schema: {
        tags: ['cases'],
        summary: 'Add a note to a case (kept sealed; shown as text, never as markup)',
        params: idParams,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['text'],
          properties: { text: { type: 'string', minLength: 1, maxLength: 5000 } },
        },
        response: { 201: anyObject, 404: issuesSchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const stored = await caseFor(store, principal, request.params.id);
      const note = await store.cases.addNote({
        caseId: stored.id,
        text: request.body.text,
        authorId: principal.user.id,
      });
      await audit(store, request, 'record.note', { type: 'case', id: stored.id });
      return reply.code(201).send(note);
    },
  );

  app.post<{ Params: { id: string }; Body: { partner: string; service: string; note?: string } }>(
    '/api/cases/:id/referrals',
    {
      schema: {
        tags: ['referrals'],
        summary: 'Refer the person to a partner (422 when they did not consent to share with that partner)',
        params: idParams,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['partner', 'service'],
          properties: {
            partner: { type: 'string', minLength: 1, maxLength: 64, description: 'Partner id' },
            service: { type: 'string', minLength: 1, maxLength: 100 },
            note: { type: 'string', maxLength: 2000 },
          },
        },
        response: { 201: anyObject, 400: issuesSchema, 404: issuesSchema, 422: issuesSchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const stored = await caseFor(store, principal, request.params.id);
      const partner = await store.partners.get(request.body.partner);
      if (!partner) throw problem(400, 'unknown_partner', 'No such partner.', ['partner']);
      if (!partnerSharingAllowed(stored.record, partner.name)) {
        throw problem(
          422,
          'not_consented',
          `The person has not consented to share their record with ${partner.name} (or withdrew consent).`,
          ['partner'],
        );
      }
      const referral = await store.referrals.create({
        caseId: stored.id,
        partnerId: partner.id,
        service: request.body.service,
        note: request.body.note ?? null,
        createdBy: principal.user.id,
      });
      await store.cases.addEvent({
        caseId: stored.id,
        type: 'referral',
        from: null,
        to: partner.id,
        note: null,
        actorId: principal.user.id,
      });
      await audit(
        store,
        request,
        'referral.create',
        { type: 'case', id: stored.id },
        { partner: partner.id },
      );
      return reply.code(201).send(referral);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/cases/:id/receipt',
    {
      schema: {
        tags: ['cases'],
        summary:
          'What the printed receipt shows: case number, name, office contact, next steps; nothing sensitive',
        params: idParams,
        response: {
          200: {
            type: 'object',
            required: ['caseNumber', 'name', 'office', 'registrationDate', 'nextSteps'],
            properties: {
              caseNumber: { type: ['string', 'null'] },
              name: { type: 'string' },
              latinName: { type: 'string' },
              office: { type: 'string' },
              officeContact: { type: 'string' },
              registrationDate: { type: 'string' },
              nextSteps: { type: 'array', items: { type: 'string' } },
            },
          },
          404: issuesSchema,
        },
      },
    },
    async (request) => {
      const stored = await caseFor(store, principalOf(request), request.params.id);
      await audit(store, request, 'record.receipt', { type: 'case', id: stored.id });
      const { record } = stored;
      const contact = config.officeContacts[record.office];
      return {
        caseNumber: stored.caseNumber,
        name: record.person.fullName,
        ...(record.person.latinName ? { latinName: record.person.latinName } : {}),
        office: record.office,
        ...(contact ? { officeContact: contact } : {}),
        registrationDate: record.registrationDate,
        nextSteps: nextSteps(record),
      };
    },
  );
}

/** Next-step keys the receipt prints (localised by the widget), from what the person needs; no sensitive detail. */
function nextSteps(record: IntakeRecord): string[] {
  const steps = ['keep_this_receipt', 'bring_case_number'];
  if (record.needs?.emergencyTravelDocument === true) steps.push('travel_document_appointment');
  if (record.needs?.returnHome === true) steps.push('repatriation_contact');
  return steps;
}
