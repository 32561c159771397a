/** Entry of the duplicate queue thread (see duplicate-thread.ts): its own store connection, the worker, the protocol. */
import { parentPort, workerData } from 'node:worker_threads';
import { openStoreInternals } from '../store/open-store.js';
import type { FromThread, ThreadData, ToThread } from './duplicate-thread.js';
import { DuplicateWorker } from './duplicate-worker.js';

const port = parentPort;
if (!port) throw new Error('duplicate-thread-main runs as a worker thread only.');
const { storeOptions, intervalMs, checkpointMs } = workerData as ThreadData;
const send = (message: FromThread) => port.postMessage(message);
const log = {
  error: (object: object, message: string) => send({ type: 'log', level: 'error', object, message }),
  warn: (object: object, message: string) => send({ type: 'log', level: 'warn', object, message }),
};

const opened = openStoreInternals(storeOptions).then(({ store, connection }) => {
  // SQLite: the server's connection leaves checkpointing to this thread (serve turns its autocheckpoint off), so the
  // copy of the write-ahead log into the database file, and its fsync, never stall a request.
  if (connection.sqlite && checkpointMs > 0) {
    const sqlite = connection.sqlite;
    const timer = setInterval(() => {
      try {
        sqlite.pragma('wal_checkpoint(PASSIVE)');
      } catch (error) {
        log.warn({ err: error }, 'write-ahead log checkpoint failed: retried');
      }
    }, checkpointMs);
    timer.unref();
  }
  // Its own thread: no slices needed, the server's requests never wait behind it.
  const worker = new DuplicateWorker(store, log, intervalMs, { sliceMs: Number.POSITIVE_INFINITY });
  worker.start();
  send({ type: 'ready' });
  return { store, worker };
});
opened.catch((error: unknown) => {
  log.error({ err: error }, 'duplicate queue thread could not open the store');
  process.exit(1);
});

port.on('message', (message: ToThread) => {
  void (async () => {
    const { store, worker } = await opened;
    if (message.type === 'drain') {
      try {
        send({ type: 'drained', id: message.id, done: await worker.drain(message.batch) });
      } catch (error) {
        send({ type: 'drained', id: message.id, error: String((error as Error).message ?? error) });
      }
    } else if (message.type === 'stop') {
      await worker.stop();
      await store.close();
      send({ type: 'stopped' });
      port.close();
    }
  })();
});
