// Size budgets: bundles each entry as a user's bundler would (esbuild, minified, all dependencies included),
// gzips it at level 9, prints the figures, and fails when one is over its budget.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { budgets } from './size-budgets.mjs';

let failed = false;
const rows = [];
for (const { name, contents, budgetKB } of budgets) {
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
