import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ApiConfig } from '../app-config.js';
import { type DuplicateQueue, DuplicateWorkerThread } from '../services/duplicate-thread.js';
import { DuplicateWorker } from '../services/duplicate-worker.js';
import { LiveStatistics, type PublicStatistics } from '../services/statistics.js';
import type { Store, StoreOptions } from '../store/types.js';
import { adminRoutes } from './admin.js';
import { caseRoutes } from './cases.js';
import { duplicateRoutes } from './duplicates.js';
import { exportRoutes } from './exports.js';
import { healthRoutes } from './health.js';
import { partnerRoutes } from './partners.js';
import { sessionRoutes } from './session.js';
import { statisticsRoutes } from './statistics.js';
import { submissionRoutes } from './submissions.js';

declare module 'fastify' {
  interface FastifyInstance {
    duplicateWorker: DuplicateQueue;
  }
}

/** Every API route, each group an encapsulated plugin; the duplicate worker starts and stops with the app. */
async function allRoutes(
  app: FastifyInstance,
  opts: {
    store: Store;
    config: ApiConfig;
    publicStatistics?: PublicStatistics;
    duplicateThread?: StoreOptions;
  },
) {
  const { store, config } = opts;
  const live = new LiveStatistics(store, config.statsCacheSeconds);
  await app.register(healthRoutes, { store });
  await app.register(submissionRoutes, { store, config });
  await app.register(sessionRoutes, { store, config });
  await app.register(caseRoutes, { store, config });
  await app.register(partnerRoutes, { store });
  await app.register(duplicateRoutes, { store });
  await app.register(statisticsRoutes, { live, publicSource: opts.publicStatistics ?? live });
  await app.register(exportRoutes, { store });
  await app.register(adminRoutes, { store });

  // With the store's options the worker runs on a thread of its own with its own connection (serve); without them,
  // on this thread in slices (tests drain it directly).
  const worker: DuplicateQueue = opts.duplicateThread
    ? new DuplicateWorkerThread(opts.duplicateThread, app.log, config.duplicateWorkerIntervalMs, {
        checkpoint: store.dialect === 'sqlite',
      })
    : new DuplicateWorker(store, app.log, config.duplicateWorkerIntervalMs);
  app.decorate('duplicateWorker', worker);
  app.addHook('onReady', async () => worker.start());
  app.addHook('onClose', async () => worker.stop());
}

/** Not encapsulated itself, so the worker decoration reaches the app; each route group inside still is. */
export const apiRoutes = fp(allRoutes, { name: 'homeward-api-routes' });
