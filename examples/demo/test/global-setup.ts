// The site's generated, gitignored files (the service worker and the self-hosted fonts) made once before the page
// tests, as `pnpm start` makes them: a fresh checkout has none, and a page whose service worker is missing logs a 404.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCdn } from '../../../packages/widgets/scripts/build-cdn.js';
import { buildOffline } from '../../../packages/widgets/scripts/build-offline.js';

export default async function setup(): Promise<() => Promise<void>> {
  const bundleDir = await mkdtemp(join(tmpdir(), 'homeward-site-bundle-'));
  await buildCdn({ outdir: bundleDir });
  await buildOffline({ bundleDir });
  return () => rm(bundleDir, { recursive: true, force: true });
}
