import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import FindMyWay, { type HTTPMethod } from 'find-my-way';
import { issue, issuesSchema, type ServerIssue, sendIssues } from '../http/issues.js';
import { isStorageUnavailable } from '../store/unavailable.js';
import { BodyError } from './json-body.js';

/** Thrown by handlers for a refusal with reasons; the error handler answers with it. */
export class HttpProblem extends Error {
  constructor(
    readonly statusCode: number,
    readonly issues: ServerIssue[],
    readonly headers: Record<string, string> = {},
  ) {
    super(issues[0]?.message ?? 'Refused');
    this.name = 'HttpProblem';
  }
}

export function problem(status: number, code: string, message: string, path: (string | number)[] = []) {
  return new HttpProblem(status, [issue(code, message, path)]);
}

/** Seconds a client is asked to wait when the database is unavailable. */
export const RETRY_AFTER_SECONDS = 5;

/** Fastify's own refusals, as the reasons we give. */
const FASTIFY_CODES: Record<string, { code: string; message: (e: FastifyError) => string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'too_large', message: () => 'The request body is too large.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported_media_type',
    message: () => 'Send JSON (Content-Type: application/json).',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'invalid_content_length',
    message: () => 'Content-Length does not match the body.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'invalid_json', message: () => 'The body is empty.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'invalid_json', message: () => 'The body is not valid JSON.' },
  FST_ERR_RATE_LIMIT: { code: 'rate_limited', message: (e) => e.message },
};

/** Ajv's errors as issues: the path of the offending value and what was wrong. */
function validationIssues(error: FastifyError): ServerIssue[] {
  const context = error.validationContext ?? 'body';
  return (error.validation ?? []).map((v) => {
    const path: (string | number)[] = [context];
    for (const part of v.instancePath.split('/').slice(1)) {
      path.push(/^\d+$/.test(part) ? Number(part) : part.replaceAll('~1', '/').replaceAll('~0', '~'));
    }
    const params = v.params as Record<string, unknown>;
    if (v.keyword === 'additionalProperties') {
      path.push(String(params.additionalProperty));
      return issue('unknown_field', `Unknown field ${String(params.additionalProperty)}.`, path);
    }
    if (v.keyword === 'required') {
      path.push(String(params.missingProperty));
      return issue('required', `${String(params.missingProperty)} is required.`, path);
    }
    return issue(`invalid_${v.keyword}`, v.message ?? 'Invalid value.', path);
  });
}

/**
 * The methods each route path answers, matched like Fastify matches: a request that misses only by its method gets
 * 405 with `Allow` (RFC 9110), not 404. The static site's catch-all is left out, so it does not turn every unknown
 * path into a 405.
 */
function methodTable() {
  const router = FindMyWay({ ignoreTrailingSlash: false });
  const methods = new Set<HTTPMethod>();
  const noop = () => undefined;
  return {
    add(method: string | string[], url: string) {
      if (url.includes('*')) return;
      for (const m of Array.isArray(method) ? method : [method]) {
        const verb = m.toUpperCase() as HTTPMethod;
        if (router.findRoute(verb, url)) continue;
        router.on(verb, url, noop);
        methods.add(verb);
      }
    },
    allowed(path: string): string[] {
      return [...methods].filter((m) => router.find(m, path) !== null).sort();
    },
  };
}

/**
 * Every refusal is a 4xx with reasons; only a fault of ours is a 500, and it is logged for the operator without
 * leaking its details to the client. Unknown API paths answer 404 with a reason; a known path asked with a method it
 * does not answer gets 405 with the methods it does.
 */
export const errors = fp(
  async (app: FastifyInstance) => {
    const table = methodTable();
    app.addHook('onRoute', (route) => {
      table.add(route.method, route.url);
      // Every API route may answer 503 when the database is unavailable: say so in its schema (and OpenAPI).
      const response = route.schema?.response as Record<string, unknown> | undefined;
      if (route.url.startsWith('/api/') && response && !('503' in response)) {
        response['503'] = issuesSchema;
      }
    });

    app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      if (error instanceof HttpProblem) {
        reply.headers(error.headers);
        return sendIssues(reply, error.statusCode, error.issues);
      }
      if (error instanceof BodyError) return sendIssues(reply, error.statusCode, [error.issue]);
      if (error.validation) return sendIssues(reply, 400, validationIssues(error));
      const known = error.code ? FASTIFY_CODES[error.code] : undefined;
      const status = error.statusCode ?? 500;
      if (status >= 400 && status < 500) {
        if (status === 413) reply.header('connection', 'close');
        const code = known?.code ?? 'bad_request';
        return sendIssues(reply, status, [issue(code, known?.message(error) ?? error.message)]);
      }
      if (isStorageUnavailable(error)) {
        // Not the client's fault nor a bug: the database is down, unreachable or refuses writes. The operator must
        // hear of it; the client learns to come back (the server itself keeps running and answers once it is back).
        request.log.error(
          { err: error, route: request.routeOptions.url },
          'database unavailable: the request was answered 503 and the client told to retry',
        );
        reply.header('retry-after', String(RETRY_AFTER_SECONDS));
        return sendIssues(reply, 503, [
          issue(
            'storage_unavailable',
            'The database is unavailable at the moment, so this could not be done. Please try again shortly.',
          ),
        ]);
      }
      request.log.error({ err: error }, 'request failed');
      return sendIssues(reply, 500, [issue('internal_error', 'Something went wrong on our side.')]);
    });

    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0] ?? '/';
      const allowed = table.allowed(path);
      if (allowed.length && !allowed.includes(request.method)) {
        reply.header('allow', allowed.join(', '));
        return sendIssues(reply, 405, [
          issue(
            'method_not_allowed',
            `${path} does not answer ${request.method}; it answers ${allowed.join(', ')}.`,
          ),
        ]);
      }
      return sendIssues(reply, 404, [issue('not_found', `No endpoint ${request.method} ${path}.`)]);
    });
  },
  { name: 'homeward-errors' },
);
