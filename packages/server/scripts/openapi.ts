// Writes packages/server/openapi.json from the route schemas (the staff widgets generate their typed client from
// it); `--check` fails when the checked-in file differs from what the routes say.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildApp } from '../src/app.js';
import { unusedStore } from './unused-store.js';

const file = join(import.meta.dirname, '..', 'openapi.json');
const app = await buildApp({
  store: unusedStore(),
  config: { duplicateWorkerIntervalMs: 0 },
  logger: (await import('pino')).pino({ level: 'silent' }),
});
await app.ready();
const text = `${JSON.stringify(app.swagger(), null, 2)}\n`;
await app.close();

if (process.argv.includes('--check')) {
  const current = await readFile(file, 'utf8').catch(() => '');
  if (current !== text) {
    console.error(
      'packages/server/openapi.json is out of date: run `pnpm --filter @homeward/server run openapi`.',
    );
    process.exit(1);
  }
  console.log('packages/server/openapi.json matches the routes.');
} else {
  await writeFile(file, text);
  console.log(`wrote ${file}`);
}
