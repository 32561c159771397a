import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { accessFor, rolesAllowed } from '../auth/permissions.js';

/**
 * OpenAPI 3.1 from the route schemas. Each operation states, from the route permission table, whether it needs a
 * session (`security`), and which roles may call it (`x-roles`, also in the description).
 */
export const openapi = fp(
  async (app: FastifyInstance) => {
    app.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      const method = methods.find((m) => m !== 'HEAD') ?? 'GET';
      const access = accessFor(method, route.url);
      if (!access || !route.url.startsWith('/api/')) return;
      route.schema ??= {};
      const schema = route.schema as Record<string, unknown>;
      if (access.public) {
        schema.security = [];
        schema['x-roles'] = [];
        return;
      }
      const roles = rolesAllowed(access);
      const scoped = Object.entries(access.roles)
        .filter(([, scope]) => scope !== 'all')
        .map(([role, scope]) => `${role}: ${scope}`);
      schema.security = ['GET', 'HEAD'].includes(method) ? [{ session: [] }] : [{ session: [], csrf: [] }];
      schema['x-roles'] = roles;
      if (scoped.length > 0) schema['x-scopes'] = Object.fromEntries(Object.entries(access.roles));
      schema.description = `${schema.description ? `${String(schema.description)}\n\n` : ''}Roles: ${roles.join(', ')}${scoped.length ? ` (scoped: ${scoped.join('; ')})` : ''}. State-changing requests also need x-csrf-token.`;
    });
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Homeward server API',
          version: '0.1.0',
          description:
            'Public intake and incident submission, staff case work (session cookie + x-csrf-token), suppressed statistics.',
        },
        components: {
          securitySchemes: {
            session: {
              type: 'apiKey',
              in: 'cookie',
              name: 'hw_session',
              description: 'Set by POST /api/session',
            },
            csrf: {
              type: 'apiKey',
              in: 'header',
              name: 'x-csrf-token',
              description: 'The csrfToken of the session; required on POST, PUT and DELETE',
            },
          },
        },
      },
      hideUntagged: false,
    });
  },
  { name: 'homeward-openapi' },
);
