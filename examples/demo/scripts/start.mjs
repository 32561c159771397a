// `pnpm start` / `pnpm demo`: builds only what changed (the widgets' script-tag bundle, when a core or widgets source
// is newer than it), then runs the server from source with the demo site. Build output is kept quiet unless it fails.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const demo = join(root, 'examples', 'demo');

/** Newest modification time of any file under a folder (0 when it does not exist). */
function newest(dir) {
  let latest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

const bundle = join(root, 'packages', 'widgets', 'dist', 'cdn', 'homeward.js');
const sources = Math.max(
  newest(join(root, 'packages', 'core', 'src')),
  newest(join(root, 'packages', 'widgets', 'src')),
);
if (mtime(bundle) < sources) {
  console.log('Building the script-tag bundle (sources changed since the last build)…');
  const build = spawnSync('pnpm', ['--silent', '--filter', '@homeward/widgets', 'run', 'build:cdn'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    process.stderr.write(build.stdout + build.stderr);
    process.exit(build.status ?? 1);
  }
}

// The service worker and fonts (gitignored) are generated from the bundle: again whenever the bundle is newer.
const sw = join(demo, 'public', 'sw.js');
if (mtime(sw) < mtime(bundle)) {
  const offline = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'packages', 'widgets', 'scripts', 'build-offline.ts')],
    { cwd: root, encoding: 'utf8' },
  );
  if (offline.status !== 0) {
    process.stderr.write(offline.stdout + offline.stderr);
    process.exit(offline.status ?? 1);
  }
}

const server = spawn(
  process.execPath,
  ['--import', 'tsx', '--conditions', 'source', join(demo, 'src', 'main.ts'), ...process.argv.slice(2)],
  { cwd: demo, stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
