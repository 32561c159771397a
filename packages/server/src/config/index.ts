/**
 * The server's configuration from the environment, checked on start: every wrong value is reported with the name
 * of its variable, all at once, before anything opens.
 */
import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { type ApiConfig, apiConfig } from '../app-config.js';
import { parseKey } from '../store/crypto/keys.js';
import type { StoreOptions } from '../store/types.js';
import { boolean, integer, oneOf, type Parsed } from './parse.js';

export interface ServerConfig {
  host: string;
  port: number;
  /** Where SQLite and the key file live. */
  dataDir: string;
  /** True when HOMEWARD_DATA_DIR was not set (the default folder is printed on start). */
  dataDirIsDefault: boolean;
  databaseUrl?: string;
  dataKey?: Uint8Array;
  keyFile?: string;
  sqliteSynchronous: 'NORMAL' | 'FULL';
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Minutes between public statistics snapshots (1440, daily, by default); 0: one snapshot on start, none after. */
  publicStatsIntervalMinutes: number;
  /** In-flight requests get this long to finish on SIGTERM/SIGINT before the server exits anyway. */
  shutdownTimeoutMs: number;
  /** What the HTTP layer needs (sessions, cookies, proxy, limits). */
  api: ApiConfig;
}

export type ConfigResult = { ok: true; config: ServerConfig } | { ok: false; errors: string[] };

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A folder that survives reboots: $XDG_DATA_HOME/homeward, else ~/.local/share/homeward. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const base =
    env.XDG_DATA_HOME && isAbsolute(env.XDG_DATA_HOME)
      ? env.XDG_DATA_HOME
      : join(homedir(), '.local', 'share');
  return join(base, 'homeward');
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

/** Public statistics are published once a day unless told otherwise. */
export const DEFAULT_PUBLIC_STATS_MINUTES = 24 * 60;

/**
 * `HOMEWARD_PUBLIC_STATS_MINUTES`, checked: minutes between public statistics snapshots, 0 (one snapshot on start)
 * to a week. Shared by `serve` and the demo's `pnpm start`.
 */
export function publicStatsMinutes(env: NodeJS.ProcessEnv = process.env): Parsed<number> {
  const raw = env.HOMEWARD_PUBLIC_STATS_MINUTES;
  if (raw === undefined || raw.trim() === '') return { ok: true, value: DEFAULT_PUBLIC_STATS_MINUTES };
  return integer('HOMEWARD_PUBLIC_STATS_MINUTES', raw, 0, 7 * 24 * 60);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ConfigResult {
  const errors: string[] = [];
  const read = <T>(name: string, fallback: T, parse: (raw: string) => Parsed<T>): T => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const parsed = parse(raw);
    if (parsed.ok) return parsed.value;
    errors.push(parsed.error);
    return fallback;
  };

  const host = (env.HOST ?? '').trim() || '127.0.0.1';
  if (/\s|\//.test(host)) errors.push(`HOST must be a host name or IP address; got "${env.HOST}".`);
  const port = read('PORT', 8080, (raw) => integer('PORT', raw, 0, 65535));

  const dataDirRaw = env.HOMEWARD_DATA_DIR?.trim();
  const dataDir = dataDirRaw ? resolve(dataDirRaw) : defaultDataDir(env);
  if (existsSync(dataDir) && !statSync(dataDir).isDirectory()) {
    errors.push(`HOMEWARD_DATA_DIR names ${dataDir}, which is a file, not a folder.`);
  }

  let databaseUrl: string | undefined;
  if (env.DATABASE_URL?.trim()) {
    const raw = env.DATABASE_URL.trim();
    try {
      const url = new URL(raw);
      if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
        errors.push(`DATABASE_URL must start with postgres:// or postgresql://; got "${url.protocol}//…".`);
      } else databaseUrl = raw;
    } catch {
      errors.push('DATABASE_URL is not a URL (expected postgres://user:password@host:5432/database).');
    }
  }

  let dataKey: Uint8Array | undefined;
  if (env.HOMEWARD_DATA_KEY?.trim()) {
    dataKey = parseKey(env.HOMEWARD_DATA_KEY) ?? undefined;
    if (!dataKey) {
      errors.push(
        'HOMEWARD_DATA_KEY must be 32 bytes in base64 (44 characters; make one with `openssl rand -base64 32`).',
      );
    }
  }
  const keyFile = env.HOMEWARD_KEY_FILE?.trim() ? resolve(env.HOMEWARD_KEY_FILE.trim()) : undefined;
  if (keyFile && env.HOMEWARD_DATA_KEY?.trim()) {
    errors.push('Set HOMEWARD_DATA_KEY or HOMEWARD_KEY_FILE, not both.');
  }
  const createKeyFile = read('HOMEWARD_CREATE_KEY_FILE', false, (raw) =>
    boolean('HOMEWARD_CREATE_KEY_FILE', raw),
  );
  if (keyFile && existsSync(keyFile) && statSync(keyFile).isDirectory()) {
    errors.push(`HOMEWARD_KEY_FILE names ${keyFile}, which is a folder, not a key file.`);
  }
  if (keyFile && !existsSync(keyFile) && !createKeyFile) {
    // A missing key file given explicitly is more likely a typo than a first run: never make a new key silently.
    errors.push(
      `HOMEWARD_KEY_FILE names ${keyFile}, which does not exist (set HOMEWARD_CREATE_KEY_FILE=true to create it).`,
    );
  }

  const sqliteSynchronous = read('HOMEWARD_SQLITE_SYNC', 'NORMAL' as const, (raw) =>
    oneOf('HOMEWARD_SQLITE_SYNC', raw, ['NORMAL', 'FULL'] as const),
  );
  const logLevel = read('LOG_LEVEL', 'info' as ServerConfig['logLevel'], (raw) =>
    oneOf('LOG_LEVEL', raw, LOG_LEVELS),
  );
  const sessionIdleMinutes = read('HOMEWARD_SESSION_IDLE_MINUTES', 30, (raw) =>
    integer('HOMEWARD_SESSION_IDLE_MINUTES', raw, 1, 24 * 60),
  );
  const sessionAbsoluteHours = read('HOMEWARD_SESSION_HOURS', 12, (raw) =>
    integer('HOMEWARD_SESSION_HOURS', raw, 1, 24 * 7),
  );
  const secureCookies = read('HOMEWARD_SECURE_COOKIES', !isLoopback(host), (raw) =>
    boolean('HOMEWARD_SECURE_COOKIES', raw),
  );
  const trustProxy = read('HOMEWARD_TRUST_PROXY', false, (raw) => boolean('HOMEWARD_TRUST_PROXY', raw));
  const publicStats = publicStatsMinutes(env);
  if (!publicStats.ok) errors.push(publicStats.error);
  const publicStatsIntervalMinutes = publicStats.ok ? publicStats.value : DEFAULT_PUBLIC_STATS_MINUTES;
  const shutdownSeconds = read('HOMEWARD_SHUTDOWN_SECONDS', 10, (raw) =>
    integer('HOMEWARD_SHUTDOWN_SECONDS', raw, 1, 600),
  );
  const intakeRatePerMinute = read('HOMEWARD_INTAKE_RATE_PER_MINUTE', 120, (raw) =>
    integer('HOMEWARD_INTAKE_RATE_PER_MINUTE', raw, 1, 1_000_000),
  );
  const siteDir = env.HOMEWARD_SITE_DIR?.trim() ? resolve(env.HOMEWARD_SITE_DIR.trim()) : undefined;
  if (siteDir && !existsSync(siteDir))
    errors.push(`HOMEWARD_SITE_DIR names ${siteDir}, which does not exist.`);

  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    config: {
      host,
      port,
      dataDir,
      dataDirIsDefault: !dataDirRaw,
      databaseUrl,
      dataKey,
      keyFile,
      sqliteSynchronous,
      logLevel,
      publicStatsIntervalMinutes,
      shutdownTimeoutMs: shutdownSeconds * 1000,
      api: apiConfig({
        sessionIdleMinutes,
        sessionAbsoluteHours,
        secureCookies,
        trustProxy,
        siteDir,
        intakeRatePerMinute,
      }),
    },
  };
}

export function storeOptions(config: ServerConfig): StoreOptions {
  return {
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    dataKey: config.dataKey,
    keyFile: config.keyFile,
    sqliteSynchronous: config.sqliteSynchronous,
  };
}
