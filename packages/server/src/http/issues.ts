import type { FastifyReply } from 'fastify';

/** A reason the server refused a request, in the same shape as core's validation issues. */
export interface ServerIssue {
  path: (string | number)[];
  code: string;
  message: string;
}

export function issue(code: string, message: string, path: (string | number)[] = []): ServerIssue {
  return { path, code, message };
}

/** A 4xx/5xx answer with its reasons: `{ issues: [{ path, code, message }] }`. */
export function sendIssues(reply: FastifyReply, status: number, issues: ServerIssue[]): FastifyReply {
  return reply.code(status).header('cache-control', 'no-store').send({ issues });
}

/** The JSON schema of an issues answer, for every route's 4xx responses. */
export const issuesSchema = {
  $id: 'Issues',
  type: 'object',
  required: ['issues'],
  properties: {
    issues: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'code', 'message'],
        properties: {
          path: { type: 'array', items: { type: ['string', 'integer'] } },
          code: { type: 'string' },
          message: { type: 'string' },
        },
      },
    },
  },
} as const;

/** The language of the reasons we give: the first tag of Accept-Language (core falls back to English). */
export function preferredLocale(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(',')[0]?.split(';')[0]?.trim() || undefined;
}
