import type { IntakeRecord } from '@homeward/core';
import { compileValidators } from '@homeward/core/validate';
import type { FastifyInstance } from 'fastify';
import { type Principal, principalOf } from '../auth/guard.js';
import { issuesSchema, preferredLocale } from '../http/issues.js';
import { pageQueryProperties, pageSchema } from '../http/page-schema.js';
import { HttpProblem, problem } from '../plugins/errors.js';
import { audit } from '../services/audit.js';
import { intakeClearColumns } from '../services/clear-columns.js';
import type { DuplicatePair, Store, StoredRecord } from '../store/types.js';
import { caseSummary, caseSummarySchema } from './case-views.js';

const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', maxLength: 64 } },
} as const;
const pairSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    status: { type: 'string' },
    probability: { type: 'number' },
    explanation: { type: 'object', additionalProperties: true },
    a: caseSummarySchema,
    b: caseSummarySchema,
    createdAt: { type: 'string' },
    resolvedAt: { type: ['string', 'null'] },
  },
} as const;

/** Takes the value at a dotted path (top-level groups or fields only: `person`, `documents`, `needs.shelter`). */
function pick(target: Record<string, unknown>, source: Record<string, unknown>, path: string): void {
  const parts = path.split('.');
  let t = target;
  let s: unknown = source;
  for (const part of parts.slice(0, -1)) {
    s = (s as Record<string, unknown> | undefined)?.[part];
    t[part] ??= {};
    t = t[part] as Record<string, unknown>;
  }
  const last = parts.at(-1)!;
  const value = (s as Record<string, unknown> | undefined)?.[last];
  if (value === undefined) delete t[last];
  else t[last] = structuredClone(value);
}

/** The review queue of likely duplicates: list with both cases, merge (history kept) or dismiss with a reason. */
export async function duplicateRoutes(app: FastifyInstance, opts: { store: Store }) {
  const { store } = opts;
  const validators = compileValidators();

  async function pairFor(principal: Principal, id: string) {
    const pair = await store.duplicatePairs.get(id);
    if (!pair) throw problem(404, 'not_found', 'No such pair.');
    const [a, b] = await Promise.all([
      store.records.get<IntakeRecord>(pair.aId),
      store.records.get<IntakeRecord>(pair.bId),
    ]);
    if (!a || !b) throw problem(404, 'not_found', 'No such pair.');
    if (
      principal.scope === 'office' &&
      a.clear.office !== principal.user.office &&
      b.clear.office !== principal.user.office
    ) {
      throw problem(404, 'not_found', 'No such pair.');
    }
    return { pair, a, b };
  }

  const view = (pair: DuplicatePair, a: StoredRecord<IntakeRecord>, b: StoredRecord<IntakeRecord>) => ({
    id: pair.id,
    status: pair.status,
    probability: pair.probability,
    explanation: pair.explanation as Record<string, unknown>,
    a: caseSummary(a),
    b: caseSummary(b),
    createdAt: pair.createdAt,
    resolvedAt: pair.resolvedAt,
  });

  app.get<{ Querystring: { status?: 'open' | 'merged' | 'dismissed'; cursor?: string; limit?: number } }>(
    '/api/duplicates',
    {
      schema: {
        tags: ['duplicates'],
        summary: 'Likely duplicate registrations with both cases, probability and the evidence',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            status: { type: 'string', enum: ['open', 'merged', 'dismissed'] },
            ...pageQueryProperties(),
          },
        },
        response: {
          200: pageSchema(pairSchema),
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const page = await store.duplicatePairs.list(
        { status: request.query.status ?? 'open' },
        {
          limit: request.query.limit ?? 50,
          ...(request.query.cursor ? { cursor: request.query.cursor } : {}),
        },
      );
      const records = new Map(
        (await store.records.getMany<IntakeRecord>(page.items.flatMap((p) => [p.aId, p.bId]))).map((r) => [
          r.id,
          r,
        ]),
      );
      const items = page.items.flatMap((pair) => {
        const a = records.get(pair.aId);
        const b = records.get(pair.bId);
        if (!a || !b) return [];
        if (
          principal.scope === 'office' &&
          a.clear.office !== principal.user.office &&
          b.clear.office !== principal.user.office
        )
          return [];
        return [view(pair, a, b)];
      });
      await audit(store, request, 'duplicates.list', null, { results: items.length });
      return {
        items,
        total: principal.scope === 'office' ? items.length : page.total,
        ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
      };
    },
  );

  app.post<{
    Params: { id: string };
    Body: { keep: 'a' | 'b'; fields?: Record<string, 'a' | 'b'>; reason: string };
  }>(
    '/api/duplicates/:id/merge',
    {
      schema: {
        tags: ['duplicates'],
        summary:
          'Merge: keep one case, take chosen fields from the other; the other is marked merged, history kept',
        params: idParams,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['keep', 'reason'],
          properties: {
            keep: { type: 'string', enum: ['a', 'b'] },
            fields: {
              type: 'object',
              maxProperties: 100,
              propertyNames: { pattern: '^[A-Za-z]+(\\.[A-Za-z]+)?$' },
              additionalProperties: { type: 'string', enum: ['a', 'b'] },
            },
            reason: { type: 'string', minLength: 1, maxLength: 1000 },
          },
        },
        response: { 200: pairSchema, 400: issuesSchema, 404: issuesSchema, 409: issuesSchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { pair, a, b } = await pairFor(principal, request.params.id);
      if (pair.status !== 'open') throw problem(409, 'resolved', `This pair was already ${pair.status}.`);
      const [kept, other] = request.body.keep === 'a' ? [a, b] : [b, a];
      const merged = structuredClone(kept.record) as unknown as Record<string, unknown>;
      for (const [path, side] of Object.entries(request.body.fields ?? {})) {
        if (['id', 'schemaVersion', 'status'].includes(path))
          throw problem(400, 'not_mergeable', `${path} cannot be taken.`, ['fields', path]);
        pick(merged, (side === 'a' ? a : b).record as unknown as Record<string, unknown>, path);
      }
      const result = validators.validateIntake(merged, {
        locale: preferredLocale(request.headers['accept-language']),
      });
      if (!result.ok) throw new HttpProblem(400, result.issues);
      const update = await store.records.update({
        id: kept.id,
        expectedVersion: kept.version,
        record: result.value,
        clear: intakeClearColumns(result.value, { ...kept.clear, possibleDuplicate: false }),
        actorId: principal.user.id,
        reason: 'merge',
      });
      if (update.status !== 'updated')
        throw problem(409, 'version_conflict', 'The case changed meanwhile: reload and merge again.');
      await store.records.markMerged(other.id, kept.id);
      await store.cases.addEvent({
        caseId: kept.id,
        type: 'merge',
        from: other.id,
        to: kept.id,
        note: request.body.reason,
        actorId: principal.user.id,
      });
      await store.cases.addEvent({
        caseId: other.id,
        type: 'merge',
        from: other.id,
        to: kept.id,
        note: request.body.reason,
        actorId: principal.user.id,
      });
      const resolved = await store.duplicatePairs.resolve(pair.id, {
        status: 'merged',
        reason: request.body.reason,
        actorId: principal.user.id,
      });
      await audit(store, request, 'duplicates.merge', { type: 'case', id: kept.id }, { merged: other.id });
      return view(
        resolved ?? pair,
        update.record as StoredRecord<IntakeRecord>,
        (await store.records.get<IntakeRecord>(other.id)) ?? other,
      );
    },
  );

  app.post<{ Params: { id: string }; Body: { reason: string } }>(
    '/api/duplicates/:id/dismiss',
    {
      schema: {
        tags: ['duplicates'],
        summary: 'Dismiss: two different people (reason kept)',
        params: idParams,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['reason'],
          properties: { reason: { type: 'string', minLength: 1, maxLength: 1000 } },
        },
        response: { 200: pairSchema, 404: issuesSchema, 409: issuesSchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { pair, a, b } = await pairFor(principal, request.params.id);
      if (pair.status !== 'open') throw problem(409, 'resolved', `This pair was already ${pair.status}.`);
      const resolved = await store.duplicatePairs.resolve(pair.id, {
        status: 'dismissed',
        reason: request.body.reason,
        actorId: principal.user.id,
      });
      await audit(store, request, 'duplicates.dismiss', { type: 'duplicate', id: pair.id });
      return view(resolved ?? pair, a, b);
    },
  );
}
