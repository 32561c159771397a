import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { principalOf } from '../auth/guard.js';
import { issue, issuesSchema, type ServerIssue } from '../http/issues.js';
import { HttpProblem, problem } from '../plugins/errors.js';
import { COUNT_FIELDS, MAX_DAYS, type PublicStatistics, type StatQuery } from '../services/statistics.js';
import type { RecordKind } from '../store/types.js';

interface StatRequest {
  Params: { kind: RecordKind; stat: 'count' | 'series' };
  Querystring: {
    by?: string[];
    interval?: 'day' | 'week' | 'month';
    from?: string;
    to?: string;
    field?: string;
    cumulative?: boolean;
    sum?: StatQuery['sum'];
  };
}

const date = { type: 'string', format: 'date' } as const;
const STAFF_TABLE = "core's StatTable from live records, after suppress (k = 11): hidden cells are null";
/** What a public table is, stated in the OpenAPI text as on the table itself (`perturbation`, `source.date`). */
const PUBLIC_TABLE = [
  "core's StatTable from the latest published snapshot (taken daily by default), never from live records.",
  'Every count (cells, margins, total, exclusions, denominator) is perturbed by the cell key method',
  '(Australian Bureau of Statistics): the same records always give the same figure, no count from 1 to 10 is',
  'published (they become 0 or 11), and larger counts move by at most `perturbation.maxAbsoluteChange` (2 with',
  'ptable `ckm-t11-w1.4.6.4.1`). Cells do not add up exactly to margins or totals. `source.date` is the snapshot',
  'date every figure is for. Windows are snapped to whole bins (ending no later than the snapshot date) and each',
  'figure is the sum of bins perturbed on their own (`perturbation.bins`): calendar months for counts; for a series,',
  'its own interval (days, ISO weeks Monday to Sunday, or months). An office filter is not published (404).',
  'See docs/disclosure-control.md.',
].join(' ');
const schemaFor = (tag: string, summary: string, tableDescription: string, description?: string) => ({
  tags: [tag],
  summary,
  ...(description ? { description } : {}),
  params: {
    type: 'object',
    required: ['kind', 'stat'],
    properties: {
      kind: { type: 'string', enum: ['intake', 'incident'] },
      stat: { type: 'string', enum: ['count', 'series'] },
    },
  },
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: {
      by: { type: 'array', items: { type: 'string', maxLength: 60 }, maxItems: 2 },
      interval: { type: 'string', enum: ['day', 'week', 'month'] },
      from: date,
      to: date,
      field: {
        type: 'string',
        enum: ['registrationDate', 'dates.start'],
        description: 'The date a series is over',
      },
      cumulative: { type: 'boolean' },
      sum: { type: 'string', enum: ['peopleAffected.min', 'peopleAffected.best', 'peopleAffected.max'] },
    },
  },
  response: {
    200: {
      type: 'object',
      additionalProperties: true,
      description: tableDescription,
    },
    400: issuesSchema,
    404: issuesSchema,
  },
});

/** Checks a statistics request: known fields, one or two of them, a window in order and not too long a day series. */
export function statQuery(request: FastifyRequest<StatRequest>): StatQuery {
  const { kind, stat } = request.params;
  const q = request.query;
  const issues: ServerIssue[] = [];
  const by = q.by ?? [];
  if (stat === 'count') {
    if (by.length === 0)
      issues.push(issue('invalid_parameter', 'Give one or two fields to count by: by=…', ['by']));
    if (by.length === 2 && by[0] === by[1])
      issues.push(issue('invalid_parameter', 'Two different fields.', ['by']));
    for (const field of by) {
      if (!(field in COUNT_FIELDS[kind])) {
        issues.push(
          issue(
            'invalid_choice',
            `Cannot count ${kind} records by ${field}: one of ${Object.keys(COUNT_FIELDS[kind]).join(', ')}.`,
            ['by'],
          ),
        );
      }
    }
  } else if (by.length > 0) issues.push(issue('unknown_parameter', 'A series takes no by.', ['by']));
  if (q.from && q.to && q.from > q.to)
    issues.push(issue('date_order', 'from must not be after to.', ['from']));
  const interval = q.interval ?? 'day';
  if (
    stat === 'series' &&
    interval === 'day' &&
    q.from &&
    q.to &&
    (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 > MAX_DAYS
  ) {
    issues.push(issue('too_big', `A daily series may span at most ${MAX_DAYS} days.`, ['to']));
  }
  if (stat === 'series' && interval === 'day' && (!q.from || !q.to)) {
    issues.push(issue('invalid_parameter', 'A daily series needs from and to.', ['from']));
  }
  if (q.field && q.field !== (kind === 'intake' ? 'registrationDate' : 'dates.start')) {
    issues.push(
      issue(
        'invalid_choice',
        `A ${kind} series is over ${kind === 'intake' ? 'registrationDate' : 'dates.start'}.`,
        ['field'],
      ),
    );
  }
  if (q.sum && (kind !== 'incident' || stat !== 'series')) {
    issues.push(issue('invalid_choice', 'sum is for incident series.', ['sum']));
  }
  if (issues.length > 0) throw new HttpProblem(400, issues);
  return {
    kind,
    stat,
    by,
    interval,
    ...(q.cumulative ? { cumulative: true } : {}),
    ...(q.sum ? { sum: q.sum } : {}),
    ...(q.from ? { from: q.from } : {}),
    ...(q.to ? { to: q.to } : {}),
  };
}

/**
 * GET /api/stats/{intake|incident}/{count|series}: staff statistics, live, suppressed (office-scoped roles see their
 * office). GET /api/public/stats/...: tables without a login from the public source, the published snapshots of
 * src/publication (perturbed, dated); never a record.
 */
export async function statisticsRoutes(
  app: FastifyInstance,
  opts: { live: PublicStatistics; publicSource: PublicStatistics },
) {
  // A cached table is serialised once, not once per dashboard asking for it.
  const serialised = new WeakMap<object, string>();
  const send = (reply: FastifyReply, table: object) => {
    let text = serialised.get(table);
    if (text === undefined) {
      text = JSON.stringify(table);
      serialised.set(table, text);
    }
    return reply.type('application/json; charset=utf-8').send(text);
  };
  app.get<StatRequest>(
    '/api/stats/:kind/:stat',
    {
      schema: schemaFor(
        'statistics',
        'Suppressed statistics for staff (counts by up to two fields, or a series)',
        STAFF_TABLE,
      ),
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const query = statQuery(request);
      if (principal.scope === 'office' && principal.user.office) query.office = principal.user.office;
      const table = await opts.live.table(query);
      if (!table) throw problem(404, 'not_found', 'No such table.');
      return send(reply, table);
    },
  );
  app.get<StatRequest>(
    '/api/public/stats/:kind/:stat',
    {
      schema: schemaFor(
        'public',
        'Public statistics (no login): perturbed tables from a dated snapshot, never a record',
        PUBLIC_TABLE,
        PUBLIC_TABLE,
      ),
    },
    async (request, reply) => {
      const table = await opts.publicSource.table(statQuery(request));
      if (!table) throw problem(404, 'not_published', 'No published figures for this table yet.');
      reply.header('cache-control', 'public, max-age=60');
      return send(reply, table);
    },
  );
}
