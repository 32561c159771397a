// better-sqlite3 12 has no prebuilt binary reachable from this network, and pnpm's own node-gyp would download Node's
// headers: so pnpm skips its install script (pnpm-workspace.yaml) and this postinstall compiles it with the headers
// installed beside Node when they are there (Debian's nodejs and the official tarballs both ship them).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(new URL('../packages/server/package.json', import.meta.url));
const dir = dirname(require.resolve('better-sqlite3/package.json'));
if (existsSync(join(dir, 'build/Release/better_sqlite3.node'))) process.exit(0);

const env = { ...process.env };
const prefix = dirname(dirname(process.execPath));
if (!env.npm_config_nodedir && existsSync(join(prefix, 'include/node/node_version.h'))) {
  env.npm_config_nodedir = prefix;
}
console.log('Compiling better-sqlite3 (about a minute, once)…');
const gyp = createRequire(import.meta.url).resolve('node-gyp/bin/node-gyp.js');
execFileSync(process.execPath, [gyp, 'rebuild', '--release'], {
  cwd: dir,
  env,
  stdio: ['ignore', 'ignore', 'inherit'],
});
