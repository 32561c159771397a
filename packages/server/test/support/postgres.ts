/**
 * A real PostgreSQL for a test run or a benchmark: initdb into a temporary folder (as the `postgres` user when we
 * are root: the server refuses to run as root), listening on 127.0.0.1 only, on a free port; torn down after.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const POSTGRES_BIN = process.env.POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';

export interface RunningPostgres {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  dir: string;
  /** URL of another database on the same server. */
  urlFor(database: string): string;
  stop(): void;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function asPostgres(command: string, args: string[]): { ok: boolean; output: string } {
  const isRoot = process.getuid?.() === 0;
  const [file, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  const run = spawnSync(file, argv, { encoding: 'utf8', timeout: 120_000 });
  return {
    ok: run.status === 0,
    output: `${run.stdout ?? ''}${run.stderr ?? ''}${run.error?.message ?? ''}`,
  };
}

export interface StartOptions {
  /** fsync off: faster, fine for tests; benchmarks keep it on to measure a real server. */
  fsync?: boolean;
}

export async function startPostgres(options: StartOptions = {}): Promise<RunningPostgres> {
  const initdb = join(POSTGRES_BIN, 'initdb');
  if (!existsSync(initdb))
    throw new Error(`PostgreSQL binaries not found in ${POSTGRES_BIN} (set POSTGRES_BIN).`);
  const dir = mkdtempSync(join(tmpdir(), 'homeward-pg-'));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const init = asPostgres(initdb, [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
  ]);
  if (!init.ok) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed: ${init.output.trim()}`);
  }
  const port = await freePort();
  const settings = [
    '-c listen_addresses=127.0.0.1',
    `-c port=${port}`,
    `-c unix_socket_directories=${dir}`,
    '-c max_connections=200',
    options.fsync === true ? '' : '-c fsync=off -c synchronous_commit=off -c full_page_writes=off',
  ].join(' ');
  const start = asPostgres(join(POSTGRES_BIN, 'pg_ctl'), [
    '-D',
    data,
    '-o',
    settings,
    '-l',
    join(dir, 'log'),
    '-w',
    'start',
  ]);
  if (!start.ok) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start: ${start.output.trim()}`);
  }
  const urlFor = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  let stopped = false;
  return {
    url: urlFor('postgres'),
    port,
    dir,
    urlFor,
    stop() {
      if (stopped) return;
      stopped = true;
      asPostgres(join(POSTGRES_BIN, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** pg_dump of one database as plain SQL text (run as the current user over TCP; trust authentication). */
export function pgDump(url: string): string {
  return execFileSync(join(POSTGRES_BIN, 'pg_dump'), ['--dbname', url, '--no-owner'], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
}
