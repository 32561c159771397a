import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The demo page's folder, and the widgets' script-tag bundle served at /vendor/homeward/. */
export const SITE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'public');
export const VENDOR_DIR = join(
  dirname(fileURLToPath(import.meta.resolve('@homeward/widgets/package.json'))),
  'dist',
  'cdn',
);
