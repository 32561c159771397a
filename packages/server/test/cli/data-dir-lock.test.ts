/** rotate-key (and any command that rewrites the store) refuses while a server uses the same data folder. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../src/cli/data-dir-lock.js';
import { main } from '../../src/cli/main.js';
import { freePort } from '../support/postgres.js';
import { startServerProcess, stopServerProcess } from '../support/server-process.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe('the data folder lock', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hw-lock-'));
    env = { HOMEWARD_DATA_DIR: dir, HOME: dir };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('rotate-key refuses while serve runs on the folder, and runs once the server stopped gracefully', async () => {
    const server = await startServerProcess({ ...env, PORT: String(await freePort()) });
    try {
      const lock = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'));
      expect(lock).toMatchObject({ pid: server.child.pid, host: hostname(), command: 'serve' });
      const key = readFileSync(join(dir, 'homeward.key'));
      const refused = capture();
      expect(await main(['rotate-key'], env, refused.io)).toBe(1);
      const message = refused.err.join('\n');
      expect(message).toContain(`process ${server.child.pid}`);
      expect(message).toContain(`is using ${dir}`);
      expect(message).toMatch(/Stop it before you/);
      expect(readFileSync(join(dir, 'homeward.key'))).toEqual(key);
      // A second server on the same folder is refused the same way.
      const second = capture();
      await expect(main(['serve'], { ...env, PORT: String(await freePort()) }, second.io)).resolves.toBe(1);
      expect(second.err.join('\n')).toContain(`process ${server.child.pid}`);
    } finally {
      expect(await stopServerProcess(server, 'SIGTERM')).toBe(0);
    }
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    const rotated = capture();
    expect(await main(['rotate-key'], env, rotated.io)).toBe(0);
    expect(rotated.out.join('\n')).toMatch(/New key written/);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  }, 90_000);

  it('takes over a stale lock left by a server killed with SIGKILL', async () => {
    const server = await startServerProcess({ ...env, PORT: String(await freePort()) });
    await stopServerProcess(server, 'SIGKILL');
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    const rotated = capture();
    expect(await main(['rotate-key'], env, rotated.io)).toBe(0);
    expect(rotated.err).toEqual([]);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  }, 90_000);

  it('counts a lock of a pid that no longer runs as stale, and a garbled lock file as none', async () => {
    const gone = spawnSync(process.execPath, ['-e', ''], { encoding: 'utf8' }).pid;
    writeFileSync(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: gone, host: hostname(), command: 'serve', since: '2026-01-01T00:00:00Z' }),
    );
    expect(await main(['migrate'], env, capture().io)).toBe(0);
    expect(await main(['rotate-key'], env, capture().io)).toBe(0);
    writeFileSync(join(dir, LOCK_FILE), 'not json');
    expect(await main(['rotate-key'], env, capture().io)).toBe(0);
  });

  it('counts a lock written on another host as live: a shared folder cannot be checked by pid', async () => {
    writeFileSync(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: 1, host: 'other-host', command: 'serve', since: '2026-01-01T00:00:00Z' }),
    );
    const refused = capture();
    expect(await main(['rotate-key'], env, refused.io)).toBe(1);
    expect(refused.err.join('\n')).toContain('process 1 on other-host');
    expect(refused.err.join('\n')).toContain(`remove ${join(dir, LOCK_FILE)}`);
  });
});
