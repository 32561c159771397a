import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { validateIncident, validateIntake } from '@homeward/core';
import type { RecordStore } from './record-store.js';
import { issue, sendIssues } from './respond.js';
import { type Mount, serveStatic } from './static-files.js';
import { handleStats } from './stats-endpoints.js';
import { handleSubmission } from './submissions.js';

export interface DemoServerOptions {
  store: RecordStore;
  /** URL prefixes and the folders they serve: the site at `/`, the script-tag bundle at `/vendor/homeward/`. */
  mounts: Mount[];
  /** Largest accepted request body, in bytes. */
  bodyLimit?: number;
  now?: () => Date;
  /** Called with every error a request handler did not expect (the server answers 500 and keeps running). */
  onError?: (error: unknown) => void;
}

/** Records are a few kilobytes; an incident with 50 sources and long summaries stays well under this. */
export const DEFAULT_BODY_LIMIT = 256 * 1024;

const SUBMISSIONS = {
  '/api/intake': { kind: 'intake', validate: validateIntake },
  '/api/incident': { kind: 'incident', validate: validateIncident },
} as const;

/**
 * The demo's HTTP server: the static site under a strict CSP, the two submission endpoints that validate again
 * with core, and suppressed statistics computed from what was stored. Every request, however malformed, gets an
 * answer; none can stop the server.
 */
export function createDemoServer(options: DemoServerOptions): Server {
  const { store, mounts, bodyLimit = DEFAULT_BODY_LIMIT, now = () => new Date(), onError } = options;

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');

    const submission = SUBMISSIONS[pathname as keyof typeof SUBMISSIONS];
    if (submission) {
      if (req.method !== 'POST') {
        req.resume();
        return sendIssues(res, 405, [issue('method_not_allowed', 'Use POST.')], { Allow: 'POST' });
      }
      return handleSubmission(req, res, submission.kind, submission.validate, { store, bodyLimit, now });
    }
    if (pathname.startsWith('/api/stats/')) return handleStats(req, res, store);
    if (pathname.startsWith('/api/')) {
      req.resume();
      return sendIssues(res, 404, [issue('not_found', `No endpoint ${pathname}.`)]);
    }
    return serveStatic(req, res, pathname, mounts);
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      onError?.(error);
      if (!res.headersSent)
        sendIssues(res, 500, [issue('internal_error', 'Something went wrong on our side.')]);
      else res.destroy();
    });
  });
  // A client that sends garbage instead of HTTP gets a 400 from Node; it must not become an 'error' that kills us.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  return server;
}
