import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordStore } from '../src/record-store.js';
import { createDemoServer, type DemoServerOptions } from '../src/server.js';

export const PUBLIC_DIR = join(import.meta.dirname, '..', 'public');

export interface RunningServer {
  url: string;
  server: Server;
  store: RecordStore;
  dataDir: string;
  errors: unknown[];
  /** Stops the server; removes the records folder unless it was given or `keepData` is set. */
  close(keepData?: boolean): Promise<void>;
}

/** Starts the demo server on a free port with its records in a fresh temporary folder (or `dataDir`). */
export async function startServer(
  options: Partial<DemoServerOptions> & { dataDir?: string; bundleDir?: string } = {},
): Promise<RunningServer> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'homeward-demo-test-')));
  const store = options.store ?? (await RecordStore.open(dataDir));
  const errors: unknown[] = [];
  const server = createDemoServer({
    mounts: [
      { prefix: '/', dir: PUBLIC_DIR },
      ...(options.bundleDir ? [{ prefix: '/vendor/homeward/', dir: options.bundleDir }] : []),
    ],
    onError: (error) => errors.push(error),
    ...options,
    store,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    store,
    dataDir,
    errors,
    async close(keepData = false) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (!options.dataDir && !keepData) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
