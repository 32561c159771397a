/**
 * Who is using a data folder: `serve` writes `homeward.lock` (its pid) on start and removes it on shutdown; commands
 * that rewrite the whole store (rotate-key, copy-to-postgres) refuse while a live process holds it. A lock left by a
 * killed server (SIGKILL, power cut) names a pid that no longer runs: it is stale and taken over.
 */
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { CliError } from './common.js';

export const LOCK_FILE = 'homeward.lock';

export interface LockOwner {
  pid: number;
  host: string;
  command: string;
  since: string;
}

export function lockPath(dataDir: string): string {
  return join(dataDir, LOCK_FILE);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user; only ESRCH means it is gone.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(path: string): LockOwner | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid !== 'number' || !Number.isInteger(parsed.pid)) return null;
    return {
      pid: parsed.pid,
      host: String(parsed.host ?? ''),
      command: String(parsed.command ?? 'serve'),
      since: String(parsed.since ?? ''),
    };
  } catch {
    return null;
  }
}

/**
 * The live holder of the folder's lock, or null (no lock, an unreadable one, or a stale one). A lock written on
 * another host (a shared folder) cannot be checked by pid, so it counts as live; so does our own pid (a server
 * running in this process).
 */
export function lockHolder(dataDir: string): LockOwner | null {
  const owner = readOwner(lockPath(dataDir));
  if (!owner) return null;
  if (owner.host !== hostname()) return owner;
  return alive(owner.pid) ? owner : null;
}

function describe(owner: LockOwner, dataDir: string): string {
  const where = owner.host === hostname() ? `process ${owner.pid}` : `process ${owner.pid} on ${owner.host}`;
  return `A Homeward server (${where}, ${owner.command} since ${owner.since}) is using ${dataDir}.`;
}

/** Refuses (CliError) while another live process holds the folder: for commands that must run alone. */
export function refuseIfInUse(dataDir: string, action: string): void {
  const owner = lockHolder(dataDir);
  if (!owner) return;
  throw new CliError(
    `${describe(owner, dataDir)} Stop it before you ${action} (SIGTERM, or your service manager's stop). ` +
      `If no server runs, remove ${lockPath(dataDir)}.`,
  );
}

/** Takes the folder's lock for this process; the returned function releases it (idempotent). */
export function acquireLock(dataDir: string, command: string): () => void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = lockPath(dataDir);
  const owner: LockOwner = { pid: process.pid, host: hostname(), command, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, JSON.stringify(owner), { flag: 'wx', mode: 0o600 });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        // Only our own lock: never remove one another process took over after a stale check.
        if (readOwner(path)?.pid === process.pid) unlinkSync(path);
      };
      // process.exit() (the shutdown timer) skips our close path: still release.
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      refuseIfInUse(dataDir, `start another ${command}`);
      unlinkSync(path); // stale: its process is gone
    }
  }
  throw new CliError(`Could not take the lock ${path}: another process keeps creating it.`);
}
