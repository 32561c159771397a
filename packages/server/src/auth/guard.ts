import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { ApiConfig } from '../app-config.js';
import { problem } from '../plugins/errors.js';
import type { Role, Session, Store, User } from '../store/types.js';
import { accessFor, type Scope, scopeOf } from './permissions.js';
import { loadSession, SESSION_COOKIE, sameToken } from './sessions.js';

export interface Principal {
  user: User;
  session: Session;
  role: Role;
  scope: Scope;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The request's own origin, as a browser would write it in `Origin`. */
function ownOrigin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/** A state-changing request from another site's page is refused; a request without Origin (not a browser) passes. */
export function checkOrigin(request: FastifyRequest, config: ApiConfig): void {
  const origin = request.headers.origin;
  if (origin === undefined) return;
  if (origin === ownOrigin(request) || config.allowedOrigins.includes(origin)) return;
  throw problem(403, 'bad_origin', 'Requests from another site are not accepted.');
}

/**
 * The one preHandler (run at onRequest, before any body is read) that enforces the route permission table: public
 * routes pass; every other route needs a live session whose role the table allows, and for state-changing methods a
 * same-site Origin and the session's CSRF token in `x-csrf-token`.
 */
export const guard = fp(
  async (app: FastifyInstance, options: { store: Store; config: ApiConfig }) => {
    const { store, config } = options;
    app.decorateRequest('principal', null);
    app.addHook('onRequest', async (request) => {
      const url = request.routeOptions.url;
      if (url === undefined || !url.startsWith('/api/')) return;
      const access = accessFor(request.method === 'HEAD' ? 'GET' : request.method, url);
      if (!access) throw problem(403, 'forbidden', 'This route is open to no one.');
      if (!SAFE_METHODS.has(request.method)) checkOrigin(request, config);
      if (access.public) return;
      const live = await loadSession(store, request.cookies[SESSION_COOKIE], config);
      if (!live) throw problem(401, 'unauthenticated', 'Sign in first (or again: the session ended).');
      const scope = scopeOf(access, live.user.role);
      if (!scope) throw problem(403, 'forbidden', `The ${live.user.role} role may not do this.`);
      if (!SAFE_METHODS.has(request.method)) {
        const token = request.headers['x-csrf-token'];
        if (typeof token !== 'string' || !sameToken(token, live.session.csrfToken)) {
          throw problem(403, 'csrf', 'The x-csrf-token header is missing or wrong.');
        }
      }
      request.principal = { ...live, role: live.user.role, scope };
    });
  },
  { name: 'homeward-guard', dependencies: ['@fastify/cookie'] },
);

/** The principal of a route behind the guard (never null there). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw problem(401, 'unauthenticated', 'Sign in first.');
  return request.principal;
}
