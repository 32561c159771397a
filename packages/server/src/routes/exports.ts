import { Readable } from 'node:stream';
import {
  type ExportProfile,
  type IntakeRecord,
  partnerSharingAllowed,
  toCSVChunks,
  toHTCDS,
  toJSONL,
} from '@homeward/core';
import type { FastifyInstance } from 'fastify';
import { type Principal, principalOf } from '../auth/guard.js';
import { issuesSchema } from '../http/issues.js';
import { audit } from '../services/audit.js';
import type { RecordFilter, Store, StoredRecord } from '../store/types.js';

const FORMATS = {
  csv: { type: 'text/csv; charset=utf-8', ext: 'csv' },
  jsonl: { type: 'application/jsonl; charset=utf-8', ext: 'jsonl' },
  htcds: { type: 'application/jsonl; charset=utf-8', ext: 'htcds.jsonl' },
} as const;
type Format = keyof typeof FORMATS;
const PAGE = 500;

/** The export profile is the role's, never a parameter: admin and caseworker internal, partner partner, analyst public. */
export function exportProfile(principal: Principal): ExportProfile {
  if (principal.role === 'partner') return 'partner';
  if (principal.role === 'analyst') return 'public';
  return 'internal';
}

/** Every record the principal may export, page by page from the database (never all in memory). */
async function* recordsFor(
  store: Store,
  principal: Principal,
  filter: RecordFilter,
): AsyncGenerator<StoredRecord<IntakeRecord>[]> {
  if (principal.scope === 'partner') {
    // Only cases referred to this partner, and only where the person consented to share with it.
    const partner = principal.user.partnerId ? await store.partners.get(principal.user.partnerId) : undefined;
    if (!partner) return;
    let cursor: string | undefined;
    do {
      const page = await store.referrals.list(
        { partnerId: partner.id },
        { limit: PAGE, ...(cursor ? { cursor } : {}) },
      );
      const records = await store.records.getMany<IntakeRecord>([
        ...new Set(page.items.map((r) => r.caseId)),
      ]);
      yield records.filter((r) => partnerSharingAllowed(r.record, partner.name));
      cursor = page.nextCursor;
    } while (cursor);
    return;
  }
  let cursor: string | undefined;
  do {
    const page = await store.records.list<IntakeRecord>(filter, {
      limit: PAGE,
      ...(cursor ? { cursor } : {}),
    });
    yield page.items;
    cursor = page.nextCursor;
  } while (cursor);
}

/** GET /api/exports/{csv|jsonl|htcds}: streamed, the profile decided by the role, every export audited. */
export async function exportRoutes(app: FastifyInstance, opts: { store: Store }) {
  const { store } = opts;
  app.get<{ Params: { format: Format }; Querystring: { from?: string; to?: string; status?: string } }>(
    '/api/exports/:format',
    {
      schema: {
        tags: ['exports'],
        summary: 'Export cases: CSV with HXL tags, JSON Lines, or HTCDS (JSON Lines); profile by role',
        params: {
          type: 'object',
          required: ['format'],
          properties: { format: { type: 'string', enum: Object.keys(FORMATS) } },
        },
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            from: { type: 'string', format: 'date' },
            to: { type: 'string', format: 'date' },
            status: { type: 'string', maxLength: 40 },
          },
        },
        response: { 200: { description: 'The export, streamed', type: 'string' }, 400: issuesSchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const { format } = request.params;
      const profile = exportProfile(principal);
      const filter: RecordFilter = {
        kind: 'intake',
        ...(request.query.from ? { from: request.query.from } : {}),
        ...(request.query.to ? { to: request.query.to } : {}),
        ...(request.query.status ? { status: request.query.status } : {}),
        ...(principal.scope === 'office' ? { office: principal.user.office ?? '\u0000none' } : {}),
      };
      const partnerName = principal.user.partnerId
        ? (await store.partners.get(principal.user.partnerId))?.name
        : undefined;
      await audit(store, request, `export.${format}`, null, { profile });
      const options = { profile, ...(partnerName ? { partner: partnerName } : {}) };
      async function* text(): AsyncGenerator<string> {
        let first = true;
        for await (const page of recordsFor(store, principal, filter)) {
          const records = page.map((s) => s.record);
          if (format === 'csv') {
            let chunkIndex = 0;
            // Each page is written with the schema's full column set (not an array: fixed slots); the header and
            // HXL rows only once.
            for (const chunk of toCSVChunks(records.values(), { ...options, hxl: true })) {
              yield first || chunkIndex > 0 ? chunk : chunk.split('\r\n').slice(2).join('\r\n');
              chunkIndex++;
            }
          } else if (format === 'jsonl') {
            for await (const chunk of toJSONL(records, options)) yield chunk;
          } else {
            // HTCDS is the internal exchange with IOM-style systems: admins and caseworkers only (internal profile).
            if (profile !== 'internal') return;
            for (const record of records) yield `${JSON.stringify(toHTCDS(record))}\n`;
          }
          first = false;
        }
        if (format === 'csv' && first) {
          for (const chunk of toCSVChunks([].values(), { ...options, hxl: true })) yield chunk;
        }
      }
      const date = new Date().toISOString().slice(0, 10);
      reply
        .header('content-type', FORMATS[format].type)
        .header('content-disposition', `attachment; filename="homeward-cases-${date}.${FORMATS[format].ext}"`)
        .header('x-export-profile', profile);
      return reply.send(Readable.from(text()));
    },
  );
}
