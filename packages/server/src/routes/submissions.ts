import { createHash } from 'node:crypto';
import { compileValidators, type ValidationResult } from '@homeward/core/validate';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiConfig } from '../app-config.js';
import { issue, issuesSchema, preferredLocale, sendIssues } from '../http/issues.js';
import { caseNumberRequest } from '../services/case-numbers.js';
import { incidentClearColumns, intakeClearColumns } from '../services/clear-columns.js';
import type { ClearColumns, InsertRecordInput, RecordKind, Store, StoredRecord } from '../store/types.js';

/** RFC 9110 visible ASCII, bounded: the key is kept and logged, so nothing else is accepted. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

export function fingerprintOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

const accepted = {
  type: 'object',
  required: ['id', 'receivedAt'],
  properties: {
    id: { type: 'string' },
    receivedAt: { type: 'string', format: 'date-time' },
    caseNumber: { type: 'string', description: 'Intake only: the case number to write on the receipt.' },
  },
} as const;

function answer(record: StoredRecord) {
  return {
    id: record.id,
    receivedAt: record.createdAt,
    ...(record.caseNumber ? { caseNumber: record.caseNumber } : {}),
  };
}

function schemaFor(kind: RecordKind) {
  return {
    tags: ['public'],
    summary:
      kind === 'intake'
        ? 'Register a person (public form, also queued offline for days): validated again, stored once, case number issued'
        : 'Log an incident (release, raid, transfer) with its sources',
    headers: {
      type: 'object',
      properties: { 'idempotency-key': { type: 'string', description: '1-255 visible ASCII characters' } },
    },
    body: {
      description: `A ${kind} record (core's ${kind}.schema.json); validated by @homeward/core with reasons in Accept-Language.`,
    },
    response: {
      200: { ...accepted, description: 'Already stored (a retry): the first answer again' },
      201: { ...accepted, description: 'Stored' },
      400: issuesSchema,
      409: issuesSchema,
      413: issuesSchema,
      415: issuesSchema,
      422: issuesSchema,
      429: issuesSchema,
      503: issuesSchema,
    },
  };
}

/**
 * POST /api/intake and /api/incident: the demo server's contract on the store. The record is validated again with
 * core (a browser can be bypassed) and stored once: 201 with its id (and an intake's case number); 200 with the same
 * answer for a retry; 409 for a different record under a stored id; 422 for a key reused for another record.
 * A duplicate check is queued in the same transaction (the worker runs it off the request path).
 */
export async function submissionRoutes(app: FastifyInstance, opts: { store: Store; config: ApiConfig }) {
  const { store, config } = opts;
  const validators = compileValidators();

  async function submit(kind: RecordKind, request: FastifyRequest, reply: FastifyReply) {
    const keyHeader = request.headers['idempotency-key'];
    const key = Array.isArray(keyHeader) ? keyHeader[0] : keyHeader;
    if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
      return sendIssues(reply, 400, [
        issue(
          'invalid_idempotency_key',
          'The Idempotency-Key header must be 1 to 255 visible ASCII characters.',
        ),
      ]);
    }
    const locale = preferredLocale(request.headers['accept-language']);
    const result: ValidationResult<{ id: string }> =
      kind === 'intake'
        ? validators.validateIntake(request.body, { locale })
        : validators.validateIncident(request.body, { locale });
    if (!result.ok) return sendIssues(reply, 400, result.issues);

    const record = result.value;
    const clear: ClearColumns =
      kind === 'intake'
        ? intakeClearColumns(record as Parameters<typeof intakeClearColumns>[0])
        : incidentClearColumns(record as Parameters<typeof incidentClearColumns>[0]);
    const input: InsertRecordInput = {
      kind,
      id: record.id,
      record,
      clear,
      fingerprint: fingerprintOf(request.body),
      ...(key === undefined ? {} : { idempotencyKey: key }),
      ...(kind === 'intake'
        ? {
            caseNumber: caseNumberRequest(clear.office, clear.registrationDate, config),
            enqueueDuplicateCheck: true,
          }
        : {}),
      actorId: request.principal?.user.id ?? null,
    };
    let outcome: Awaited<ReturnType<Store['records']['insert']>>;
    try {
      outcome = await store.records.insert(input);
    } catch (error) {
      // The operator must hear of it: the client only learns to retry.
      request.log.error(
        { err: error, kind },
        `could not store a ${kind} submission: the client was told 503 and to retry`,
      );
      reply.header('retry-after', '5');
      return sendIssues(reply, 503, [
        issue('storage_failed', 'The record could not be saved. Please try again.'),
      ]);
    }
    switch (outcome.status) {
      case 'created':
        return reply.code(201).send(answer(outcome.record));
      case 'replayed':
        return reply.code(200).send(answer(outcome.record));
      case 'key_conflict':
        return sendIssues(reply, 422, [
          issue('idempotency_key_reused', 'This Idempotency-Key was already used for a different record.'),
        ]);
      case 'id_conflict':
        return sendIssues(reply, 409, [
          issue('duplicate_id', 'A different record with this id was already received.', ['id']),
        ]);
    }
  }

  const limits = { config: { rateLimit: { max: config.intakeRatePerMinute, timeWindow: 60_000 } } };
  app.post('/api/intake', { ...limits, schema: schemaFor('intake') }, (req, reply) =>
    submit('intake', req, reply),
  );
  app.post('/api/incident', { ...limits, schema: schemaFor('incident') }, (req, reply) =>
    submit('incident', req, reply),
  );
}
