import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { type ApiConfig, apiConfig } from './app-config.js';
import { guard } from './auth/guard.js';
import { createLogger } from './logging.js';
import { bodyDeadline } from './plugins/body-deadline.js';
import { errors } from './plugins/errors.js';
import { jsonBody } from './plugins/json-body.js';
import { openapi } from './plugins/openapi.js';
import { securityHeaders } from './plugins/security-headers.js';
import { staticSite } from './plugins/static-site.js';
import { apiRoutes } from './routes/index.js';
import type { PublicStatistics } from './services/statistics.js';
import type { Store, StoreOptions } from './store/types.js';

export interface BuildAppOptions {
  config?: Partial<ApiConfig>;
  store: Store;
  logger?: Logger;
  /**
   * Where the public statistics endpoints get their tables. Default: live counts from the database, suppressed and
   * cached. The publication module (src/publication) replaces it with published snapshots.
   */
  publicStatistics?: PublicStatistics;
  /**
   * The options `store` was opened with: the duplicate queue worker then runs on a thread of its own with its own
   * connection to the same database, off the request thread. Without them it runs on this thread, in slices.
   */
  duplicateThread?: StoreOptions;
}

/**
 * The Homeward server as a Fastify instance (not listening): tests use it with inject, the serve command listens.
 * Composed of encapsulated plugins; every route has JSON schemas and answers bad input with 4xx and reasons.
 */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  return buildFastify(options) as unknown as Promise<FastifyInstance>;
}

async function buildFastify(options: BuildAppOptions) {
  const config = apiConfig(options.config);
  const { store } = options;
  const app = Fastify({
    loggerInstance: options.logger ?? createLogger(),
    bodyLimit: config.bodyLimit,
    connectionTimeout: config.connectionTimeoutMs,
    requestTimeout: config.requestTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    // Node checks request timeouts on this interval (30 s by default): slow clients are cut off close to the limit.
    http: { connectionsCheckingInterval: Math.min(1000, config.requestTimeoutMs) } as object,
    trustProxy: config.trustProxy,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    return503OnClosing: true,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: true } },
  });

  await app.register(errors);
  await app.register(bodyDeadline, { timeoutMs: config.requestTimeoutMs });
  await app.register(jsonBody, { maxDepth: config.maxJsonDepth });
  await app.register(securityHeaders, { hsts: config.secureCookies });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      code: 'FST_ERR_RATE_LIMIT',
      message: `Too many requests: try again in ${Math.ceil(context.ttl / 1000)} s.`,
    }),
  });
  await app.register(openapi);
  await app.register(guard, { store, config });
  await app.register(apiRoutes, {
    store,
    config,
    ...(options.publicStatistics ? { publicStatistics: options.publicStatistics } : {}),
    ...(options.duplicateThread ? { duplicateThread: options.duplicateThread } : {}),
  });
  if (config.siteDir) {
    await app.register(staticSite, {
      siteDir: config.siteDir,
      ...(config.vendorDir ? { vendorDir: config.vendorDir } : {}),
    });
  }
  return app;
}
