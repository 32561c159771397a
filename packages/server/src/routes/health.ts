import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/types.js';

export async function healthRoutes(app: FastifyInstance, opts: { store: Store }) {
  const status = { type: 'object', properties: { status: { type: 'string' } } } as const;
  app.get(
    '/api/health',
    { schema: { tags: ['operations'], summary: 'The process is up', response: { 200: status } } },
    async () => ({ status: 'ok' }),
  );
  app.get(
    '/api/ready',
    {
      schema: {
        tags: ['operations'],
        summary: 'The database answers',
        response: { 200: status, 503: status },
      },
    },
    async (_request, reply) => {
      const ok = await opts.store.ping().catch(() => false);
      return reply.code(ok ? 200 : 503).send({ status: ok ? 'ready' : 'database unavailable' });
    },
  );
  app.get(
    '/api/openapi.json',
    { schema: { tags: ['operations'], summary: 'This OpenAPI 3.1 document', hide: true } },
    async () => app.swagger(),
  );
}
