/**
 * Types the staff API client from the server's OpenAPI document: packages/server/openapi.json ->
 * src/staff/api/schema.d.ts (checked in). `--check` fails when the checked-in file is not what the document gives.
 *
 *   tsx scripts/generate-staff-api.ts [--check]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const spec = join(packageDir, '..', 'server', 'openapi.json');
const target = join(packageDir, 'src', 'staff', 'api', 'schema.d.ts');
const bin = join(packageDir, '..', 'server', 'node_modules', '.bin', 'openapi-typescript');
const check = process.argv.includes('--check');

const out = check ? join(mkdtempSync(join(tmpdir(), 'staff-api-')), 'schema.d.ts') : target;
execFileSync(bin, [spec, '--output', out], { stdio: 'inherit' });
if (check) {
  const same = readFileSync(out, 'utf8') === readFileSync(target, 'utf8');
  rmSync(dirname(out), { recursive: true, force: true });
  if (!same) {
    console.error(
      'src/staff/api/schema.d.ts is out of date: run `pnpm --filter @homeward/widgets run staff-api`',
    );
    process.exit(1);
  }
  console.log('staff API types match packages/server/openapi.json');
}
