/**
 * The config side of the staff end-to-end tests (loaded with vitest's config, so it must not import the server):
 * the test page's origin passes `/api/*` to the real server that real-server.global-setup.ts starts, so session
 * cookies and the CSRF header work exactly as on a deployed page; and browser commands for what another officer
 * does meanwhile. Both find the server through environment variables the global setup sets (same process).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { request as httpRequest } from 'node:http';
import type { Plugin } from 'vite';

/** Where the running server listens and the admin's password: set by the global setup, read by the proxy and the
 * commands (all in vitest's main process, but loaded as different module instances). */
export const ADDRESS_VARIABLE = 'HOMEWARD_E2E_SERVER';
export const ADMIN_VARIABLE = 'HOMEWARD_E2E_ADMIN';
export const ADMIN_EMAIL = 'admin@e2e.example.org';

/** An admin's session on the running server, from node: another officer at another desk. */
async function adminRequest(path: string, init: { method?: string; headers?: object; body?: object } = {}) {
  const address = process.env[ADDRESS_VARIABLE];
  if (!address) throw new Error('the e2e server is not running');
  const login = await fetch(`${address}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN_EMAIL, password: process.env[ADMIN_VARIABLE] }),
  });
  if (!login.ok) throw new Error(`admin sign-in: ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .find((c) => c.startsWith('hw_session='))!
    .split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const response = await fetch(`${address}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      cookie,
      'x-csrf-token': csrfToken,
      ...(init.body ? { 'content-type': 'application/json' } : {}),
      ...init.headers,
    },
    ...(init.body ? { body: JSON.stringify(init.body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/**
 * Browser commands (run in node, called from the tests through `commands` of 'vitest/browser'): what another
 * officer does meanwhile, on the same real server.
 */
export const e2eCommands = {
  /** An admin records that the person agreed to share with the named partners only (a new version of the case). */
  async otherOfficerNamesPartners(_context: unknown, caseId: string, partners: string[]): Promise<number> {
    const found = await adminRequest(`/api/cases/${encodeURIComponent(caseId)}`);
    const record = found.body.record as { consent: { shareWithPartners: Record<string, unknown> } };
    record.consent.shareWithPartners = { ...record.consent.shareWithPartners, partners };
    const saved = await adminRequest(`/api/cases/${encodeURIComponent(caseId)}`, {
      method: 'PUT',
      headers: { 'if-match': `"${found.body.version}"` },
      body: { record },
    });
    if (saved.status !== 200) throw new Error(`edit: ${saved.status} ${JSON.stringify(saved.body)}`);
    return saved.body.version as number;
  },
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    otherOfficerNamesPartners(caseId: string, partners: string[]): Promise<number>;
  }
}

/**
 * A Vite plugin for the browser project: `/api/*` on the test page's origin is passed to the real server. The
 * address is read per request, because the server starts in the global setup, after Vite's config is resolved.
 */
export function sameOriginApi(): Plugin {
  return {
    name: 'homeward-e2e-same-origin-api',
    configureServer(server) {
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        const target = process.env[ADDRESS_VARIABLE];
        if (!req.url?.startsWith('/api/') || !target) return next();
        const upstream = httpRequest(
          `${target}${req.url}`,
          // Headers unchanged, Host included: the server checks Origin against the host the browser used.
          { method: req.method, headers: req.headers },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        upstream.on('error', () => {
          if (!res.headersSent) res.writeHead(502);
          res.end();
        });
        req.pipe(upstream);
      });
    },
  };
}
