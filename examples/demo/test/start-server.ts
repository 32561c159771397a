import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import {
  type ApiConfig,
  buildApp,
  createLogger,
  openStore,
  PublishedStatistics,
  type Store,
} from '@homeward/server';
import type { FastifyInstance } from 'fastify';
import { SITE_DIR } from '../src/site.js';

export const PUBLIC_DIR = SITE_DIR;

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  store: Store;
  /** The published snapshots public statistics come from, when started with `published` (as `pnpm start` is). */
  published?: PublishedStatistics;
  dataDir: string;
  /** Every log line the server wrote. */
  logs: string[];
  /** Stops the server; removes the data folder unless it was given or `keepData` is set. */
  close(keepData?: boolean): Promise<void>;
}

/** Starts the Homeward server with the demo site on a free port, its data in a fresh temporary folder (or `dataDir`). */
export async function startServer(
  options: {
    dataDir?: string;
    bundleDir?: string;
    config?: Partial<ApiConfig>;
    /** Public statistics from snapshots taken when `published.snapshot()` is called, as `pnpm start` serves them. */
    published?: boolean;
  } = {},
): Promise<RunningServer> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'homeward-demo-test-')));
  const store = await openStore({ dataDir });
  const published = options.published ? new PublishedStatistics(store, { intervalMinutes: 0 }) : undefined;
  const logs: string[] = [];
  const logger = createLogger(
    { level: 'info' },
    new Writable({
      write(chunk, _encoding, done) {
        logs.push(String(chunk));
        done();
      },
    }),
  );
  const app = await buildApp({
    store,
    logger,
    ...(published ? { publicStatistics: published } : {}),
    config: {
      secureCookies: false,
      duplicateWorkerIntervalMs: 0,
      intakeRatePerMinute: 10_000,
      siteDir: PUBLIC_DIR,
      ...(options.bundleDir ? { vendorDir: options.bundleDir } : {}),
      ...options.config,
    },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    store,
    ...(published ? { published } : {}),
    dataDir,
    logs,
    async close(keepData = false) {
      published?.stop();
      await app.close();
      await store.close();
      if (!options.dataDir && !keepData) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
