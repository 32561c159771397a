// `pnpm start`: the Homeward server with the demo site, a fictional caseload and a local admin, data kept in a
// persistent folder (printed). A few lines, ending with the address and how to sign in.
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import {
  buildApp,
  createLogger,
  defaultDataDir,
  ensureLocalAdmin,
  openStore,
  PublishedStatistics,
  publicStatsMinutes,
  seedCaseload,
} from '@homeward/server';
import { SITE_DIR, VENDOR_DIR } from './site.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8080' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    data: { type: 'string', default: process.env.HOMEWARD_DATA_DIR },
    // The fictional January 2026 wave for an empty store; --seed-intake 0 for none.
    'seed-intake': { type: 'string', default: '440' },
    'seed-incident': { type: 'string', default: '40' },
  },
});

const interval = publicStatsMinutes(process.env);
if (!interval.ok) {
  console.error(interval.error);
  process.exit(2);
}
const dataDir = values.data ?? defaultDataDir();
const local = ['127.0.0.1', 'localhost', '::1'].includes(values.host);
// Holds the data folder like `homeward-server serve` does: rotate-key and copy-to-postgres refuse while this runs.
const store = await openStore({ dataDir, lock: 'pnpm start' });
const seeded = await seedCaseload(store, {
  intake: Number(values['seed-intake']),
  incident: Number(values['seed-incident']),
});
const admin = await ensureLocalAdmin(store);
// Public statistics from a snapshot taken now and then daily (HOMEWARD_PUBLIC_STATS_MINUTES), perturbed.
const publicStatistics = new PublishedStatistics(store, { intervalMinutes: interval.value });
await publicStatistics.start((error) => console.error('Public statistics snapshot failed:', error));
const app = await buildApp({
  publicStatistics,
  store,
  logger: createLogger({ level: process.env.LOG_LEVEL ?? 'warn' }),
  config: { secureCookies: !local, siteDir: SITE_DIR, vendorDir: VENDOR_DIR },
});

try {
  await app.listen({ port: Number(values.port), host: values.host });
} catch (error) {
  // Another process has the port (a shared machine): take any free one rather than fail.
  if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
  await app.listen({ port: 0, host: values.host });
}
const { port } = app.server.address() as AddressInfo;
const address = `http://${values.host.includes(':') ? `[${values.host}]` : values.host}:${port}/`;

console.log(`Data: ${dataDir}${seeded ? ` (seeded ${seeded} fictional records)` : ''}`);
if (admin)
  console.log(`Local admin created: ${admin.email} / ${admin.password}  (shown once: write it down)`);
else
  console.log(
    'Sign in with the admin account created on the first start (homeward-server create-user adds more).',
  );
console.log(`Public statistics: snapshot of ${publicStatistics.snapshotDate}, perturbed (cell key method).`);
console.log(`Homeward: ${address}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    publicStatistics.stop();
    await app.close();
    await store.close();
    process.exit(0);
  });
}
