/**
 * Makes the demo site work offline after one visit, generated at build time (never hand-written caching):
 *
 * - `public/fonts/`: the Khmer woff2 subsets the site offers when a device has no Khmer font (Noto Sans Khmer from
 *   @fontsource, with its SIL Open Font Licence as `OFL.txt`);
 * - `public/qr/`: uqr's QR encoder (MIT, with its licence), for the queue poster (poster.html) to draw the code of the
 *   site's own address in the browser;
 * - `public/sw.js`: a Workbox service worker that precaches the page, its CSS and scripts, the fonts, and the
 *   script-tag bundle with every locale chunk (served at `vendor/homeward/`). No `skipWaiting`: a new version waits
 *   until every tab of the old one is closed, so it is taken on the next visit, never under an open form.
 *   Nothing under /api is cached: submissions go through the form's encrypted outbox.
 *
 * Run after the script-tag bundle is built (`pnpm --filter @homeward/widgets build`):
 *   tsx packages/widgets/scripts/build-offline.ts [--bundle-dir packages/widgets/dist/cdn] [--public-dir examples/demo/public]
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateSW, getManifest } from 'workbox-build';

const widgetsDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const demoDir = join(widgetsDir, '..', '..', 'examples', 'demo');

/** The subsets the site needs: Khmer letters, regular and bold (the form's headings). */
export const KHMER_FONT_FILES = [
  'noto-sans-khmer-khmer-400-normal.woff2',
  'noto-sans-khmer-khmer-700-normal.woff2',
];

export async function copyFonts(publicDir: string): Promise<string[]> {
  // Resolved from the widgets package, which lists @fontsource/noto-sans-khmer in its devDependencies.
  const require = createRequire(join(widgetsDir, 'package.json'));
  const fontDir = dirname(require.resolve('@fontsource/noto-sans-khmer/package.json'));
  const out = join(publicDir, 'fonts');
  await mkdir(out, { recursive: true });
  for (const file of KHMER_FONT_FILES) await copyFile(join(fontDir, 'files', file), join(out, file));
  await copyFile(join(fontDir, 'LICENSE'), join(out, 'OFL.txt'));
  return KHMER_FONT_FILES.map((file) => `fonts/${file}`);
}

/** uqr's ES module and licence, served at qr/ for the poster page (a site's address is only known in the browser). */
export async function copyQrEncoder(publicDir: string): Promise<string[]> {
  const require = createRequire(join(widgetsDir, 'package.json'));
  const distDir = dirname(require.resolve('uqr'));
  const out = join(publicDir, 'qr');
  await mkdir(out, { recursive: true });
  await copyFile(join(distDir, 'index.mjs'), join(out, 'uqr.mjs'));
  await copyFile(join(distDir, '..', 'LICENSE'), join(out, 'LICENSE.txt'));
  return ['qr/uqr.mjs', 'qr/LICENSE.txt'];
}

export interface OfflineBuild {
  swFile: string;
  /** Precached files and their total size in bytes. */
  count: number;
  size: number;
}

export async function buildOffline({
  publicDir = join(demoDir, 'public'),
  bundleDir = join(widgetsDir, 'dist', 'cdn'),
}: {
  publicDir?: string;
  bundleDir?: string;
} = {}): Promise<OfflineBuild> {
  await copyFonts(publicDir);
  await copyQrEncoder(publicDir);
  // The bundle lives outside public/ and is served at vendor/homeward/: its entries are listed with that prefix.
  const bundle = await getManifest({
    globDirectory: bundleDir,
    globPatterns: ['homeward.js', 'chunks/*.js'],
    modifyURLPrefix: { '': 'vendor/homeward/' },
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  });
  if (bundle.count === 0)
    throw new Error(`no script-tag bundle in ${bundleDir}: build @homeward/widgets first`);
  const swFile = join(publicDir, 'sw.js');
  const result = await generateSW({
    swDest: swFile,
    globDirectory: publicDir,
    globPatterns: ['**/*.{html,css,js,mjs,svg,webmanifest,woff2,txt}'],
    globIgnores: ['sw.js', 'staff/**', 'staff.html', 'staff.js'],
    additionalManifestEntries: bundle.manifestEntries ?? [],
    // One file: nothing else to serve, and the worker is same-origin script under the site's CSP.
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    skipWaiting: false,
    clientsClaim: false,
    cleanupOutdatedCaches: true,
    // `/` is `index.html`; a query string (a poster's `?office=`) opens the same precached page.
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
  });
  return {
    swFile,
    count: result.count + bundle.count,
    size: result.size + bundle.size,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const { values } = parseArgs({
    options: { 'bundle-dir': { type: 'string' }, 'public-dir': { type: 'string' } },
  });
  const built = await buildOffline({
    ...(values['bundle-dir'] ? { bundleDir: resolve(values['bundle-dir']) } : {}),
    ...(values['public-dir'] ? { publicDir: resolve(values['public-dir']) } : {}),
  });
  console.log(
    `service worker: ${built.swFile}, ${built.count} files precached (${(built.size / 1024).toFixed(1)} KB before compression)`,
  );
}
