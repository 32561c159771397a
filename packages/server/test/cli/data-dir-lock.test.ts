/** rotate-key (and any command that rewrites the store) refuses while a server uses the same data folder. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../src/cli/data-dir-lock.js';
import { main } from '../../src/cli/main.js';
import { openStore } from '../../src/store/open-store.js';
import { backends, createTestDatabase } from '../support/databases.js';
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

  it('rotate-key and copy-to-postgres refuse while a store opened to serve (pnpm start) holds the folder', async () => {
    // `pnpm start` (examples/demo) serves through openStore + buildApp, not the serve command: its store holds the lock.
    const store = await openStore({ dataDir: dir, lock: 'pnpm start' });
    try {
      expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({
        pid: process.pid,
        command: 'pnpm start',
      });
      const key = readFileSync(join(dir, 'homeward.key'));
      const refused = capture();
      expect(await main(['rotate-key'], env, refused.io)).toBe(1);
      expect(refused.err.join('\n')).toContain(`process ${process.pid}, pnpm start since`);
      expect(readFileSync(join(dir, 'homeward.key'))).toEqual(key);
      const copy = capture();
      expect(
        await main(['copy-to-postgres', '--to', 'postgres://nobody@127.0.0.1:1/none'], env, copy.io),
      ).toBe(1);
      expect(copy.err.join('\n')).toContain(`process ${process.pid}`);
      // A second store opened to serve on the same folder is refused as well.
      await expect(openStore({ dataDir: dir, lock: 'serve' })).rejects.toThrow(/is using/);
    } finally {
      await store.close();
    }
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    const rotated = capture();
    expect(await main(['rotate-key'], env, rotated.io)).toBe(0);
    expect(rotated.out.join('\n')).toMatch(/New key written/);
  });

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

  it.runIf(backends().includes('postgres'))(
    'PostgreSQL: rotate-key refuses while a server on another machine (another data folder) serves the database',
    async () => {
      const database = await createTestDatabase('postgres');
      const elsewhere = mkdtempSync(join(tmpdir(), 'hw-lock-other-machine-'));
      const key = Buffer.alloc(32, 4).toString('base64');
      const pgEnv = {
        ...env,
        DATABASE_URL: database.databaseUrl!,
        HOMEWARD_DATA_KEY: key,
        HOMEWARD_NEW_DATA_KEY: Buffer.alloc(32, 5).toString('base64'),
      };
      try {
        const server = await openStore({
          dataDir: elsewhere,
          databaseUrl: database.databaseUrl!,
          dataKey: Buffer.from(key, 'base64'),
          lock: 'serve',
        });
        try {
          const refused = capture();
          expect(await main(['rotate-key'], pgEnv, refused.io)).toBe(1);
          expect(refused.err.join('\n')).toMatch(/1 Homeward server is using the database/);
          // Nothing was re-sealed: the server's key still opens the store.
          expect(await server.ping()).toBe(true);
        } finally {
          await server.close();
        }
        const rotated = capture();
        expect(await main(['rotate-key'], pgEnv, rotated.io)).toBe(0);
        expect(rotated.out.join('\n')).toMatch(/Re-sealed under HOMEWARD_NEW_DATA_KEY/);
      } finally {
        rmSync(elsewhere, { recursive: true, force: true });
        await database.cleanup();
      }
    },
  );
});
