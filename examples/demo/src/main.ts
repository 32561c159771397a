// `pnpm demo`: serves examples/demo on a port printed to the console, with records kept in a temporary folder.
import { mkdtemp } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { RecordStore } from './record-store.js';
import { seedStore } from './seed.js';
import { createDemoServer } from './server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8080' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    data: { type: 'string', default: process.env.HOMEWARD_DATA_DIR },
    // Fictional records for an empty store, so the charts have figures to show; --seed-intake 0 for none.
    'seed-intake': { type: 'string', default: '440' },
    'seed-incident': { type: 'string', default: '40' },
  },
});

const here = dirname(fileURLToPath(import.meta.url));
const widgetsDir = dirname(fileURLToPath(import.meta.resolve('@homeward/widgets/package.json')));
const dataDir = values.data ?? (await mkdtemp(join(tmpdir(), 'homeward-demo-')));
const store = await RecordStore.open(dataDir);
await seedStore(store, { intake: Number(values['seed-intake']), incident: Number(values['seed-incident']) });
const server = createDemoServer({
  store,
  mounts: [
    { prefix: '/', dir: join(here, '..', 'public') },
    { prefix: '/vendor/homeward/', dir: join(widgetsDir, 'dist', 'cdn') },
  ],
  onError: (error) => console.error('request failed:', error),
});

function listen(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, values.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

try {
  await listen(Number(values.port));
} catch (error) {
  // Another process has the port (a shared machine): take any free one rather than fail.
  if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
  await listen(0);
}
const { port } = server.address() as AddressInfo;
console.log(`Homeward demo: http://${values.host}:${port}/`);
console.log(
  `Records are kept in ${dataDir} (${store.count('intake')} intake, ${store.count('incident')} incident).`,
);
