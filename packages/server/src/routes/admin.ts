import type { FastifyInstance } from 'fastify';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/passwords.js';
import { ROLES } from '../auth/permissions.js';
import { issuesSchema } from '../http/issues.js';
import { pageQueryProperties, pageSchema } from '../http/page-schema.js';
import { problem } from '../plugins/errors.js';
import { audit } from '../services/audit.js';
import type { Role, Store, User } from '../store/types.js';

const userSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    office: { type: ['string', 'null'] },
    partnerId: { type: ['string', 'null'] },
    disabled: { type: 'boolean' },
    lockedUntil: { type: ['string', 'null'] },
    createdAt: { type: 'string' },
  },
} as const;

/** What of a user leaves the server: never the password hash. */
const publicUser = ({ passwordHash: _, failedLogins: __, ...user }: User) => user;

/** The audit log (admins) and staff accounts (admins). */
export async function adminRoutes(app: FastifyInstance, opts: { store: Store }) {
  const { store } = opts;

  app.get<{
    Querystring: {
      actor?: string;
      action?: string;
      target?: string;
      from?: string;
      to?: string;
      cursor?: string;
      limit?: number;
    };
  }>(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary:
          'The audit log, newest first: who did what to which record, when, from where (never contents)',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            actor: { type: 'string', maxLength: 64 },
            action: { type: 'string', maxLength: 64 },
            target: { type: 'string', maxLength: 64 },
            from: { type: 'string', maxLength: 30 },
            to: { type: 'string', maxLength: 30 },
            ...pageQueryProperties(500),
          },
        },
        response: {
          200: pageSchema({ type: 'object', additionalProperties: true }),
        },
      },
    },
    async (request) => {
      const q = request.query;
      return store.audit.list(
        {
          ...(q.actor ? { actorId: q.actor } : {}),
          ...(q.action ? { action: q.action } : {}),
          ...(q.target ? { targetId: q.target } : {}),
          ...(q.from ? { from: q.from } : {}),
          ...(q.to ? { to: q.to } : {}),
        },
        { limit: q.limit ?? 100, ...(q.cursor ? { cursor: q.cursor } : {}) },
      );
    },
  );

  app.get(
    '/api/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Staff accounts',
        response: { 200: { type: 'object', properties: { items: { type: 'array', items: userSchema } } } },
      },
    },
    async () => ({
      items: (await store.users.list()).map(publicUser),
    }),
  );

  app.post<{
    Body: { email: string; name: string; role: Role; office?: string; partnerId?: string; password: string };
  }>(
    '/api/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Create a staff account (argon2id; no default passwords)',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['email', 'name', 'role', 'password'],
          properties: {
            email: { type: 'string', pattern: '^[^@\\s]+@[^@\\s]+$', maxLength: 254 },
            name: { type: 'string', minLength: 1, maxLength: 200 },
            role: { type: 'string', enum: [...ROLES] },
            office: { type: 'string', minLength: 1, maxLength: 100 },
            partnerId: { type: 'string', maxLength: 64 },
            password: { type: 'string', minLength: MIN_PASSWORD_LENGTH, maxLength: 1024 },
          },
        },
        response: { 201: userSchema, 400: issuesSchema, 409: issuesSchema },
      },
    },
    async (request, reply) => {
      const b = request.body;
      if (b.role === 'caseworker' && !b.office)
        throw problem(400, 'required', 'A caseworker belongs to an office.', ['body', 'office']);
      if (b.role === 'partner' && !(b.partnerId && (await store.partners.get(b.partnerId)))) {
        throw problem(400, 'unknown_partner', 'A partner account needs an existing partner id.', [
          'body',
          'partnerId',
        ]);
      }
      if (await store.users.getByEmail(b.email))
        throw problem(409, 'exists', 'An account with this e-mail exists.', ['body', 'email']);
      const user = await store.users.create({
        email: b.email,
        name: b.name,
        role: b.role,
        office: b.office ?? null,
        partnerId: b.partnerId ?? null,
        passwordHash: await hashPassword(b.password),
      });
      await audit(store, request, 'user.create', { type: 'user', id: user.id }, { role: user.role });
      return reply.code(201).send(publicUser(user));
    },
  );
}
