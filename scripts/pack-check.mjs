#!/usr/bin/env node
// Packaging test: packs core, widgets and server, installs the TARBALLS (not the workspace) into a fresh temporary
// project under a strict pnpm layout (node-linker isolated, no hoisting), then: a Node ESM import of core and server,
// TypeScript strict with node16 and bundler resolution (incl. the React JSX and Vue GlobalComponents typings),
// React 19 and Vue 3 pages built with Vite and opened in Chromium (element rendered, no console errors), publint
// --strict and attw --pack on the tarballs, and each tarball's file list (no tests, testing/, fixtures, vitest).
// Expects `pnpm build` to have run (the root `test` script builds first). Exits non-zero on any failure.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const started = Date.now();
const failures = [];
const timings = [];
const sizes = {};
const keep = process.argv.includes('--keep'); // keep the temp dir; --lists-only: pack and file lists only

function step(name, fn) {
  const t = Date.now();
  return Promise.resolve()
    .then(fn)
    .catch((error) =>
      failures.push(`${name}: ${error.stderr?.toString() || error.stdout?.toString() || error.message}`),
    )
    .finally(() => {
      timings.push([name, Date.now() - t]);
      console.log(`pack-check: ${name} ${((Date.now() - t) / 1000).toFixed(1)} s`);
    });
}

function run(cmd, args, cwd) {
  return execFileSync(cmd, args, { cwd, stdio: 'pipe', encoding: 'utf8', env: { ...process.env, CI: '1' } });
}

const work = mkdtempSync(join(tmpdir(), 'hw-pack-'));
const packs = join(work, 'packs');
mkdirSync(packs);
const packages = ['core', 'widgets', 'server'];
const tarballs = {};

await step('pack', () => {
  for (const name of packages) {
    const out = run('pnpm', ['pack', '--pack-destination', packs], join(root, 'packages', name));
    const file = out.trim().split('\n').pop().trim();
    tarballs[name] = file.startsWith('/') ? file : join(packs, file);
  }
});
if (failures.length) finish();

// ---- tarball file lists ----
await step('file lists', () => {
  for (const name of packages) {
    const dir = join(work, 'extract', name);
    mkdirSync(dir, { recursive: true });
    run('tar', ['xzf', tarballs[name], '-C', dir]);
    const files = run('tar', ['tzf', tarballs[name]]).trim().split('\n');
    const bad = files.filter((f) => /\.(test|spec)\.|(^|\/)(testing|test|fixtures?|__tests__)\//.test(f));
    if (bad.length) throw new Error(`${name} ships test files: ${bad.join(', ')}`);
    for (const required of [
      'package/package.json',
      'package/README.md',
      'package/LICENSE',
      'package/dist/index.js',
    ])
      if (!files.includes(required)) throw new Error(`${name} lacks ${required}`);
    const pkg = JSON.parse(readFileSync(join(dir, 'package/package.json'), 'utf8'));
    // every export target (and the manifest) is in the tarball: dropping an entry from `files` fails here
    const targets = [];
    const walk = (v) =>
      typeof v === 'string' ? targets.push(v) : v && typeof v === 'object' && Object.values(v).forEach(walk);
    walk(pkg.exports);
    if (pkg.customElements) targets.push(`./${pkg.customElements}`);
    for (const t of targets) {
      const path = `package/${t.replace(/^\.\//, '')}`;
      const ok = t.includes('*') ? files.some((f) => f.startsWith(path.split('*')[0])) : files.includes(path);
      if (!ok) throw new Error(`${name}: export target ${t} is not in the tarball`);
    }
    for (const spec of Object.values(pkg.dependencies ?? {}))
      if (String(spec).startsWith('workspace:')) throw new Error(`${name} publishes a workspace: range`);
    for (const f of files.filter((f) => /\.(m?js|d\.m?ts|ts)$/.test(f))) {
      const text = readFileSync(join(dir, f), 'utf8');
      if (
        /(from\s*|import\s*\(\s*|require\s*\(\s*|import\s+)['"](vitest|@vitest\/|fast-check|playwright)/.test(
          text,
        )
      )
        throw new Error(`${name}: ${f} imports a test-only package`);
    }
  }
});

if (process.argv.includes('--lists-only')) finish();

// ---- publint --strict and attw --pack on the tarballs ----
await step('publint+attw', () => {
  const bin = (b) => join(root, 'node_modules/.bin', b);
  for (const name of packages) {
    run(bin('publint'), ['--strict', '--pack', 'false', join(work, 'extract', name, 'package')], root);
    // ESM-only profile: the READMEs say why (ESM-only; require(esm) works on the Node versions in engines).
    run(bin('attw'), [tarballs[name], '--profile', 'esm-only', '--format', 'ascii'], root);
  }
});

// ---- one consumer project installing the tarballs under a strict layout ----
const app = join(work, 'app');
mkdirSync(join(app, 'src'), { recursive: true });
const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const reactPkg = JSON.parse(readFileSync(join(root, 'examples/react/package.json'), 'utf8'));
const vuePkg = JSON.parse(readFileSync(join(root, 'examples/vue/package.json'), 'utf8'));
const file = (name) => `file:${tarballs[name]}`;
writeFileSync(
  join(app, 'package.json'),
  JSON.stringify(
    {
      name: 'hw-pack-consumer',
      private: true,
      type: 'module',
      dependencies: {
        '@homeward/core': file('core'),
        '@homeward/widgets': file('widgets'),
        '@homeward/server': file('server'),
        react: reactPkg.dependencies.react,
        'react-dom': reactPkg.dependencies['react-dom'],
        vue: vuePkg.dependencies.vue,
      },
      devDependencies: {
        '@types/react': reactPkg.devDependencies['@types/react'],
        '@types/react-dom': reactPkg.devDependencies['@types/react-dom'],
        '@types/node': rootPkg.devDependencies['@types/node'],
        '@vitejs/plugin-react': reactPkg.devDependencies['@vitejs/plugin-react'],
        '@vitejs/plugin-vue': vuePkg.devDependencies['@vitejs/plugin-vue'],
        typescript: rootPkg.devDependencies.typescript,
        vite: rootPkg.devDependencies.vite,
        'vue-tsc': vuePkg.devDependencies['vue-tsc'],
        // Vue's own compiler-core/-sfc .d.ts import @babel/types without declaring it: under a strict layout with
        // skipLibCheck off, a Vue app needs it too (not a Homeward issue; our .d.ts are checked without it)
        '@babel/types': '^7.28.0',
      },
    },
    null,
    2,
  ),
);
// strict layout; the packed widgets and server name @homeward/core by version, so point that at the tarball too
writeFileSync(
  join(app, 'pnpm-workspace.yaml'),
  [
    'nodeLinker: isolated',
    'hoist: false',
    'shamefullyHoist: false',
    'publicHoistPattern: []',
    'autoInstallPeers: true',
    'overrides:',
    `  '@homeward/core': '${file('core')}'`,
    '',
  ].join('\n'),
);

await step('install tarballs', () => {
  run('pnpm', ['install', '--prefer-offline', '--ignore-scripts', '--no-frozen-lockfile'], app);
});
if (failures.length) finish();

// (a) Node ESM
await step('node esm', () => {
  writeFileSync(
    join(app, 'node-check.mjs'),
    [
      "import * as core from '@homeward/core';",
      "import { validateIntake } from '@homeward/core/validate';",
      "import * as server from '@homeward/server';",
      "if (typeof server.buildApp !== 'function') throw new Error('server.buildApp missing');",
      "if (Object.keys(core).length === 0) throw new Error('core exports nothing');",
      'const result = validateIntake({});',
      "if (!result || result.success === true || result.ok === true) throw new Error('empty intake accepted: ' + JSON.stringify(result));",
      "console.log('node esm ok');",
    ].join('\n'),
  );
  run('node', ['node-check.mjs'], app);
});

// (b) TypeScript strict, node16 and bundler resolution
await step('typescript node16+bundler', () => {
  writeFileSync(
    join(app, 'src/types-check.ts'),
    [
      "import { validateIntake } from '@homeward/core/validate';",
      "import type {} from '@homeward/widgets';",
      "import type {} from '@homeward/widgets/vue';",
      "import type { GlobalComponents } from 'vue';",
      'const r = validateIntake({});',
      'export const ok: unknown = r;',
      "type Chart = GlobalComponents['hw-bar-chart'];",
      'export type { Chart };',
    ].join('\n'),
  );
  writeFileSync(
    join(app, 'src/jsx-check.tsx'),
    [
      "import type {} from '@homeward/widgets/react';",
      'export const el = <hw-bar-chart heading="x" field="citizenship" onhw-export={(e) => e.detail.format} />;',
      'export const form = <hw-intake-form endpoint="/api" onhw-submit={(e) => e.detail} />;',
    ].join('\n'),
  );
  const base = {
    target: 'ES2022',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    jsx: 'react-jsx',
    types: ['node'],
  };
  for (const [name, opts] of [
    ['node16', { module: 'Node16', moduleResolution: 'Node16' }],
    ['bundler', { module: 'ESNext', moduleResolution: 'Bundler' }],
  ]) {
    writeFileSync(
      join(app, `tsconfig.${name}.json`),
      JSON.stringify({ compilerOptions: { ...base, ...opts }, include: ['src/*.ts', 'src/*.tsx'] }),
    );
    run(join(app, 'node_modules/.bin/tsc'), ['-p', `tsconfig.${name}.json`], app);
  }
});

// (c) React and Vue pages from the examples, built with Vite against the tarballs
await step('vite builds', () => {
  for (const fw of ['react', 'vue']) {
    const dir = join(app, fw);
    cpSync(join(root, 'examples', fw), dir, { recursive: true, filter: (s) => !/node_modules|dist/.test(s) });
    rmSync(join(dir, 'package.json'));
    run(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], dir);
    const assets = join(dir, 'dist/assets');
    sizes[fw] = readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .reduce((n, f) => n + readFileSync(join(assets, f)).length, 0);
  }
  run(join(app, 'node_modules/.bin/vue-tsc'), ['-p', 'tsconfig.json'], join(app, 'vue'));
});

await step('chromium', async () => {
  // same Debian chromium and flags as scripts/chromium.ts (Playwright cannot download browsers here)
  const { chromium } = await import('playwright');
  const browser = await chromium.launch({
    headless: true,
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
    for (const fw of ['react', 'vue']) {
      const dist = join(app, fw, 'dist');
      const types = {
        '.js': 'text/javascript',
        '.html': 'text/html',
        '.css': 'text/css',
        '.json': 'application/json',
      };
      const server = createServer((req, res) => {
        const path = join(dist, decodeURIComponent(new URL(req.url, 'http://x').pathname));
        if (req.url === '/favicon.ico') return res.writeHead(204).end();
        try {
          const body = readFileSync(path.endsWith('/') ? join(path, 'index.html') : path);
          res.writeHead(200, { 'content-type': types[extname(path)] ?? 'text/html' }).end(body);
        } catch {
          res.writeHead(404).end();
        }
      });
      await new Promise((r) => server.listen(0, '127.0.0.1', r));
      const page = await browser.newPage();
      const errors = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
      await page.goto(`http://127.0.0.1:${server.address().port}/`);
      for (const tag of ['hw-intake-form', 'hw-bar-chart']) {
        await page.waitForFunction(
          (t) => {
            const el = document.querySelector(t);
            return el && customElements.get(t) && el.shadowRoot && el.shadowRoot.childElementCount > 0;
          },
          tag,
          { timeout: 10_000 },
        );
      }
      await page.close();
      server.close();
      if (errors.length) throw new Error(`${fw} page console errors: ${errors.join(' | ')}`);
    }
  } finally {
    await browser.close();
  }
});

finish();

function finish() {
  for (const [fw, n] of Object.entries(sizes))
    console.log(`pack-check: ${fw} example JS ${(n / 1024).toFixed(1)} KB`);
  console.log(`pack-check: total ${((Date.now() - started) / 1000).toFixed(1)} s (work dir ${work})`);
  if (!keep) rmSync(work, { recursive: true, force: true });
  if (failures.length) {
    for (const f of failures) console.error(`pack-check FAILED: ${f}`);
    process.exit(1);
  }
  console.log('pack-check: ok');
  process.exit(0);
}
