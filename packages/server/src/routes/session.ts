import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiConfig } from '../app-config.js';
import { principalOf } from '../auth/guard.js';
import { verifyNobody, verifyPassword } from '../auth/passwords.js';
import { createSession, hashSessionId, SESSION_COOKIE, sessionEnds } from '../auth/sessions.js';
import { issue, issuesSchema, sendIssues } from '../http/issues.js';
import { audit } from '../services/audit.js';
import type { Session, Store, User } from '../store/types.js';

export const sessionSchema = {
  type: 'object',
  required: ['user', 'csrfToken', 'expiresAt'],
  properties: {
    user: {
      type: 'object',
      required: ['id', 'name', 'email', 'role', 'office'],
      properties: {
        id: { type: 'string' },
        name: { type: 'string' },
        email: { type: 'string' },
        role: { type: 'string', enum: ['admin', 'registrar', 'caseworker', 'analyst', 'partner'] },
        office: { type: ['string', 'null'] },
        partner: { type: 'string' },
      },
    },
    csrfToken: { type: 'string', description: 'Send as x-csrf-token on every state-changing request' },
    expiresAt: { type: 'string', format: 'date-time', description: 'When the session ends if left idle' },
  },
} as const;

function sessionBody(user: User, session: Session, config: ApiConfig) {
  return {
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      office: user.office,
      ...(user.partnerId ? { partner: user.partnerId } : {}),
    },
    csrfToken: session.csrfToken,
    expiresAt: sessionEnds(session, config).toISOString(),
  };
}

/** POST/GET/DELETE /api/session: sign in (argon2id, lockout, rate limit), who am I, sign out (revocation). */
export async function sessionRoutes(app: FastifyInstance, opts: { store: Store; config: ApiConfig }) {
  const { store, config } = opts;
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: config.secureCookies,
  };

  app.post(
    '/api/session',
    {
      config: { rateLimit: { max: config.loginRatePerMinute, timeWindow: 60_000 } },
      schema: {
        tags: ['session'],
        summary: 'Sign in',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['email', 'password'],
          properties: {
            email: { type: 'string', minLength: 3, maxLength: 254 },
            password: { type: 'string', minLength: 1, maxLength: 1024 },
          },
        },
        response: {
          200: sessionSchema,
          400: issuesSchema,
          401: issuesSchema,
          423: issuesSchema,
          429: issuesSchema,
        },
      },
    },
    async (request: FastifyRequest<{ Body: { email: string; password: string } }>, reply: FastifyReply) => {
      const { email, password } = request.body;
      const user = await store.users.getByEmail(email);
      const now = new Date();
      if (!user || user.disabled) {
        await verifyNobody(password);
        await audit(store, request, 'login.failure', null, { reason: 'unknown_user' }, undefined);
        return sendIssues(reply, 401, [issue('bad_credentials', 'Wrong e-mail or password.')]);
      }
      const locked = (until: string) => {
        const seconds = Math.max(1, Math.ceil((Date.parse(until) - now.getTime()) / 1000));
        reply.header('retry-after', String(seconds));
        return sendIssues(reply, 423, [
          issue('locked', `Too many failed sign-ins: try again after ${until} (in ${seconds} s).`),
        ]);
      };
      if (user.lockedUntil && Date.parse(user.lockedUntil) > now.getTime()) {
        await audit(store, request, 'login.locked', { type: 'user', id: user.id }, null, user);
        return locked(user.lockedUntil);
      }
      if (!(await verifyPassword(user.passwordHash, password))) {
        const lockUntil =
          user.failedLogins + 1 >= config.lockoutThreshold
            ? new Date(now.getTime() + config.lockoutMinutes * 60_000).toISOString()
            : null;
        await store.users.recordFailedLogin(user.id, lockUntil);
        await audit(store, request, 'login.failure', { type: 'user', id: user.id }, null, user);
        if (lockUntil) return locked(lockUntil);
        return sendIssues(reply, 401, [issue('bad_credentials', 'Wrong e-mail or password.')]);
      }
      await store.users.resetFailedLogins(user.id);
      const { id, session } = await createSession(store, user, request.ip, config, now);
      await audit(store, request, 'login.success', { type: 'user', id: user.id }, null, user);
      reply.setCookie(SESSION_COOKIE, id, {
        ...cookieOptions,
        maxAge: config.sessionAbsoluteHours * 3600,
      });
      return sessionBody(user, session, config);
    },
  );

  app.get(
    '/api/session',
    {
      schema: {
        tags: ['session'],
        summary: 'The signed-in user and CSRF token',
        response: { 200: sessionSchema, 401: issuesSchema },
      },
    },
    async (request) => {
      const { user, session } = principalOf(request);
      return sessionBody(user, session, config);
    },
  );

  app.delete(
    '/api/session',
    {
      schema: {
        tags: ['session'],
        summary: 'Sign out (the session is revoked)',
        response: { 204: { type: 'null' }, 401: issuesSchema },
      },
    },
    async (request, reply) => {
      const { session } = principalOf(request);
      await store.sessions.revoke(session.idHash);
      await audit(store, request, 'logout');
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return reply.code(204).send();
    },
  );
}

export { hashSessionId };
