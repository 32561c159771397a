// Size budgets: bundles each entry as a user's bundler would (esbuild, minified, all dependencies included, Lit's
// templates minified as in the published build: scripts/minify-templates.mjs),
// or takes files the build wrote (`file`; or `dir` + `group`), gzips at level 9, prints the figures, and fails when
// one is over its budget.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { minifyTemplates } from './minify-templates.mjs';
import { budgets } from './size-budgets.mjs';

const gzipKB = (code) => gzipSync(code, { level: 9 }).length / 1024;

/** `onDemand: 'external'`: what the entry loads with `import()` (other locales) stays out, as a browser fetches it later. */
const onDemandExternal = {
  name: 'on-demand-external',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};

/**
 * Built files rather than a bundle made here: `file` (the script-tag bundle), or the files in `dir` whose names
 * match `group`, summed per captured group (one locale's lazy chunks), reporting the largest group. With `from`,
 * only the chunks that file can load (itself or through its chunks) count: not those only another entry loads.
 */
function builtFiles({ file, dir, group, from }) {
  if (file) return { files: [readFileSync(file)], label: '' };
  const loaded = from ? reachableChunks(from, dir) : undefined;
  const groups = new Map();
  for (const name of readdirSync(dir)) {
    if (loaded && !loaded.has(name)) continue;
    const key = group.exec(name)?.[1];
    if (key) groups.set(key, [...(groups.get(key) ?? []), readFileSync(join(dir, name))]);
  }
  if (groups.size === 0) throw new Error(`no file in ${dir} matches ${group}`);
  const total = (files) => files.reduce((sum, code) => sum + gzipKB(code), 0);
  const [key, files] = [...groups].reduce((a, b) => (total(b[1]) > total(a[1]) ? b : a));
  return { files, label: groups.size > 1 ? ` (${key}, the largest)` : '' };
}

/** The chunks an entry file loads lazily, directly or through other chunks (`./chunks/x.js` from the entry, `./x.js` in a chunk). */
function reachableChunks(entry, dir) {
  const found = new Set();
  const visit = (code) => {
    for (const [, name] of code.matchAll(/["']\.\/(?:chunks\/)?([\w.-]+\.js)["']/g)) {
      if (found.has(name)) continue;
      found.add(name);
      try {
        visit(readFileSync(join(dir, name), 'utf8'));
      } catch {
        // not a chunk (a name in a string)
      }
    }
  };
  visit(readFileSync(entry, 'utf8'));
  return found;
}

/** Bundles `contents` as a user's bundler would; returns the minified code. */
async function bundle(contents, { onDemand, published }) {
  // `published`: the packages as npm installs them (their built dist/, a bundler's default conditions), not sources.
  const result = await build({
    stdin: { contents, resolveDir: published ? '.' : 'packages/widgets', loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    conditions: published ? [] : ['source'],
    tsconfig: 'tsconfig.base.json',
    logLevel: 'silent',
    plugins: [
      ...(published ? [] : [minifyTemplates()]),
      ...(onDemand === 'external' ? [onDemandExternal] : []),
    ],
  });
  return result.outputFiles[0].contents;
}

/** `node scripts/size.mjs staff`: only the entries whose name contains the word (a quick look at one area). */
const only = process.argv[2];

let failed = false;
const rows = [];
for (const {
  name,
  contents: own,
  file,
  dir,
  group,
  from,
  budgetKB,
  onDemand,
  published,
  beyond,
} of budgets) {
  if (only && !name.includes(only)) continue;
  if (file || dir) {
    let built;
    try {
      built = builtFiles({ file, dir, group, from });
    } catch (error) {
      console.error(`size: ${name}: ${error.message} (run \`pnpm build\` first)`);
      process.exit(1);
    }
    // Each file is fetched (and compressed) on its own.
    const gz = built.files.reduce((sum, code) => sum + gzipKB(code), 0);
    const ok = gz <= budgetKB;
    failed ||= !ok;
    rows.push({
      entry: name + built.label,
      'min KB': (built.files.reduce((sum, code) => sum + code.length, 0) / 1024).toFixed(1),
      'min+gz KB': gz.toFixed(1),
      'budget KB': budgetKB,
      status: ok ? 'ok' : 'OVER',
    });
    continue;
  }
  const code = await bundle(own, { onDemand, published });
  let gz = gzipKB(code);
  // `beyond`: the marginal cost over another entry a page loads anyway: both bundled together (shared code counted
  // once) minus that entry alone, built the same way.
  if (beyond) {
    const base = budgets.find((b) => b.name === beyond);
    if (!base?.contents) throw new Error(`size: ${name}: no entry named "${beyond}"`);
    const together = await bundle(`${base.contents}\n${own}`, { onDemand, published });
    gz = gzipKB(together) - gzipKB(await bundle(base.contents, { onDemand, published }));
  }
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
