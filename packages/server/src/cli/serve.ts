import { buildApp } from '../app.js';
import { storeOptions } from '../config/index.js';
import { createLogger } from '../logging.js';
import { PublishedStatistics } from '../publication/index.js';
import { openStoreInternals } from '../store/open-store.js';
import { configOrExit, explain, type Io } from './common.js';

export interface RunningServer {
  address: string;
  /** Stops taking connections, lets in-flight requests finish (up to the shutdown timeout), closes the store. */
  close(): Promise<void>;
}

/** `homeward-server serve`: checks the configuration, opens (and migrates) the store, listens. */
export async function serveCommand(env: NodeJS.ProcessEnv, io: Io): Promise<RunningServer> {
  const config = configOrExit(env);
  const logger = createLogger({ level: config.logLevel });
  // The store holds the data folder (and, on PostgreSQL, a shared lock on the database) until it closes.
  const opened = await openStoreInternals({ ...storeOptions(config), lock: 'serve' }).catch(explain);
  const { store } = opened;
  if (opened.keyCreated) {
    io.err(
      `A new data key was created in ${config.keyFile ?? `${config.dataDir}/homeward.key`} (mode 0600).`,
    );
    io.err('Back it up apart from the data: without it no record can be read.');
  }
  if (opened.migrationsApplied.length) io.err(`Database migrated: ${opened.migrationsApplied.join(', ')}`);
  io.err(
    `Data: ${opened.connection.location}${config.dataDirIsDefault && !config.databaseUrl ? ' (default folder; set HOMEWARD_DATA_DIR to move it)' : ''}`,
  );

  // Public statistics come from snapshots (daily by default), never from live records: docs/disclosure-control.md.
  const publicStatistics = new PublishedStatistics(store, {
    intervalMinutes: config.publicStatsIntervalMinutes,
  });
  // SQLite: the duplicate thread checkpoints the write-ahead log every second (duplicate-thread.ts), so this
  // connection's own checkpoint (and its fsync, inside a request's COMMIT) only comes as a safety net at ~40 MB.
  if (config.api.duplicateWorkerIntervalMs > 0)
    opened.connection.sqlite?.pragma('wal_autocheckpoint = 10000');
  const app = await buildApp({
    config: config.api,
    store,
    logger,
    publicStatistics,
    // The duplicate queue on its own thread and connection: never on the request path.
    duplicateThread: storeOptions(config),
  });
  try {
    await publicStatistics.start((error) =>
      logger.error({ err: error }, 'public statistics snapshot failed; the previous one stays published'),
    );
    io.err(`Public statistics published from the snapshot of ${publicStatistics.snapshotDate}.`);
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    publicStatistics.stop();
    await app.close().catch(() => undefined);
    await store.close();
    throw error;
  }
  const bound = app.server.address();
  const port = typeof bound === 'object' && bound ? bound.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const address = `http://${host}:${port}`;
  io.out(`Homeward server listening on ${address}`);

  let closing: Promise<void> | undefined;
  return {
    address,
    close() {
      closing ??= (async () => {
        const timer = setTimeout(() => {
          io.err(`In-flight requests did not finish within ${config.shutdownTimeoutMs} ms: exiting.`);
          process.exit(1);
        }, config.shutdownTimeoutMs);
        timer.unref();
        publicStatistics.stop();
        try {
          // Fastify stops accepting, answers 503 to new requests on kept-alive sockets, waits for in-flight ones.
          await app.close();
        } finally {
          await store.close();
          clearTimeout(timer);
        }
      })();
      return closing;
    },
  };
}
