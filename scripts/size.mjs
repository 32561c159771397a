// Size budgets: bundles each entry as a user's bundler would (esbuild, minified, all dependencies included),
// or takes a file the build wrote (`file`, or the largest .js in `largestIn`), gzips it at level 9, prints the
// figures, and fails when one is over its budget.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { budgets } from './size-budgets.mjs';

/** A file that the build wrote (the script-tag bundle), or the largest `.js` file in a folder (its lazy chunks). */
function builtCode({ file, largestIn }) {
  if (file) return { code: readFileSync(file), label: '' };
  const files = readdirSync(largestIn).filter((f) => f.endsWith('.js'));
  if (files.length === 0) throw new Error(`no .js files in ${largestIn}`);
  const sizes = files.map((f) => ({ f, code: readFileSync(join(largestIn, f)) }));
  const largest = sizes.reduce((a, b) =>
    gzipSync(b.code, { level: 9 }).length > gzipSync(a.code, { level: 9 }).length ? b : a,
  );
  return { code: largest.code, label: ` (${largest.f})` };
}

let failed = false;
const rows = [];
for (const { name, contents, file, largestIn, budgetKB } of budgets) {
  if (file || largestIn) {
    let built;
    try {
      built = builtCode({ file, largestIn });
    } catch (error) {
      console.error(`size: ${name}: ${error.message} (run \`pnpm build\` first)`);
      process.exit(1);
    }
    const gz = gzipSync(built.code, { level: 9 }).length / 1024;
    const ok = gz <= budgetKB;
    failed ||= !ok;
    rows.push({
      entry: name + built.label,
      'min KB': (built.code.length / 1024).toFixed(1),
      'min+gz KB': gz.toFixed(1),
      'budget KB': budgetKB,
      status: ok ? 'ok' : 'OVER',
    });
    continue;
  }
  const result = await build({
    stdin: { contents, resolveDir: 'packages/widgets', loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    conditions: ['source'],
    tsconfig: 'tsconfig.base.json',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const gz = gzipSync(code, { level: 9 }).length / 1024;
  const ok = gz <= budgetKB;
  failed ||= !ok;
  rows.push({
    entry: name,
    'min KB': (code.length / 1024).toFixed(1),
    'min+gz KB': gz.toFixed(1),
    'budget KB': budgetKB,
    status: ok ? 'ok' : 'OVER',
  });
}
console.table(rows);
if (failed) {
  console.error('size: an entry is over its budget');
  process.exit(1);
}
