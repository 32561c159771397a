import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, loadConfig, publicStatsMinutes } from '../../src/config/index.js';

const KEY = Buffer.alloc(32, 3).toString('base64');

describe('configuration from the environment', () => {
  it('starts with safe defaults: loopback, a persistent data folder, NORMAL sync, cookies not Secure on loopback', () => {
    const result = loadConfig({ HOME: '/home/desk' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config).toMatchObject({
      host: '127.0.0.1',
      port: 8080,
      dataDirIsDefault: true,
      sqliteSynchronous: 'NORMAL',
    });
    expect(result.config.dataDir).toBe(defaultDataDir({ HOME: '/home/desk' }));
    expect(result.config.dataDir).toMatch(/homeward$/);
    expect(result.config.api.secureCookies).toBe(false);
    expect(
      loadConfig({ HOST: '0.0.0.0' }).ok &&
        (loadConfig({ HOST: '0.0.0.0' }) as { config: { api: { secureCookies: boolean } } }).config.api
          .secureCookies,
    ).toBe(true);
  });

  it('reads every setting', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hw-config-'));
    const result = loadConfig({
      HOST: '0.0.0.0',
      PORT: '9000',
      HOMEWARD_DATA_DIR: dir,
      DATABASE_URL: 'postgres://hw:secret@db:5432/homeward',
      HOMEWARD_DATA_KEY: KEY,
      HOMEWARD_SQLITE_SYNC: 'full',
      HOMEWARD_SESSION_IDLE_MINUTES: '15',
      HOMEWARD_SESSION_HOURS: '8',
      HOMEWARD_TRUST_PROXY: 'true',
      HOMEWARD_PUBLIC_STATS_MINUTES: '0',
      LOG_LEVEL: 'warn',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config).toMatchObject({
      port: 9000,
      dataDir: dir,
      dataDirIsDefault: false,
      sqliteSynchronous: 'FULL',
      logLevel: 'warn',
      publicStatsIntervalMinutes: 0,
    });
    expect(result.config.dataKey).toEqual(new Uint8Array(Buffer.alloc(32, 3)));
    expect(result.config.api).toMatchObject({
      sessionIdleMinutes: 15,
      sessionAbsoluteHours: 8,
      trustProxy: true,
      secureCookies: true,
    });
  });

  it('answers every wrong value at once, naming its variable', () => {
    const result = loadConfig({
      PORT: '80a',
      DATABASE_URL: 'mysql://x',
      HOMEWARD_DATA_KEY: 'c2hvcnQ=',
      HOMEWARD_KEY_FILE: '/nonexistent/key',
      HOMEWARD_SQLITE_SYNC: 'OFF',
      HOMEWARD_SESSION_IDLE_MINUTES: '0',
      HOMEWARD_TRUST_PROXY: 'maybe',
      LOG_LEVEL: 'loud',
      HOMEWARD_SITE_DIR: '/nonexistent/site',
      HOMEWARD_PUBLIC_STATS_MINUTES: 'daily',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.errors.join('\n');
    for (const name of [
      'PORT',
      'DATABASE_URL',
      'HOMEWARD_DATA_KEY',
      'HOMEWARD_KEY_FILE',
      'HOMEWARD_SQLITE_SYNC',
      'HOMEWARD_SESSION_IDLE_MINUTES',
      'HOMEWARD_TRUST_PROXY',
      'LOG_LEVEL',
      'HOMEWARD_SITE_DIR',
      'HOMEWARD_PUBLIC_STATS_MINUTES',
    ]) {
      expect(text).toContain(name);
    }
    expect(text).toContain('Set HOMEWARD_DATA_KEY or HOMEWARD_KEY_FILE, not both.');
    expect(text).not.toContain('c2hvcnQ=');
  });

  it('publishes public statistics daily unless told otherwise, up to a week apart', () => {
    expect(publicStatsMinutes({})).toEqual({ ok: true, value: 1440 });
    expect(publicStatsMinutes({ HOMEWARD_PUBLIC_STATS_MINUTES: '60' })).toEqual({ ok: true, value: 60 });
    expect(publicStatsMinutes({ HOMEWARD_PUBLIC_STATS_MINUTES: '20000' }).ok).toBe(false);
    expect(publicStatsMinutes({ HOMEWARD_PUBLIC_STATS_MINUTES: '-1' }).ok).toBe(false);
    const result = loadConfig({ HOMEWARD_DATA_DIR: tmpdir() });
    expect(result.ok && result.config.publicStatsIntervalMinutes).toBe(1440);
  });

  it('never echoes a database password', () => {
    const result = loadConfig({ DATABASE_URL: 'mysql://user:hunter2@db/x' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).not.toContain('hunter2');
  });

  /** One wrong value at a time: each alone stops the start with a message naming its variable and the fix. */
  const dir = mkdtempSync(join(tmpdir(), 'hw-config-bad-'));
  const file = join(dir, 'plain-file');
  writeFileSync(file, 'x');
  it.each([
    [{ HOST: 'my host' }, /HOST must be a host name or IP address/],
    [{ HOST: 'http://example.org' }, /HOST must be a host name or IP address/],
    [{ PORT: '65536' }, /PORT must be from 0 to 65535; got 65536/],
    [{ PORT: '-1' }, /PORT must be a whole number from 0 to 65535; got "-1"/],
    [{ PORT: '80a' }, /PORT must be a whole number/],
    [{ HOMEWARD_DATA_DIR: file }, /HOMEWARD_DATA_DIR names .*plain-file, which is a file, not a folder/],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL is not a URL \(expected postgres:\/\//],
    [{ DATABASE_URL: 'mysql://db/x' }, /DATABASE_URL must start with postgres:\/\/ or postgresql:\/\//],
    [{ HOMEWARD_DATA_KEY: 'short' }, /HOMEWARD_DATA_KEY must be 32 bytes in base64/],
    [{ HOMEWARD_KEY_FILE: join(dir, 'missing.key') }, /HOMEWARD_KEY_FILE names .* which does not exist/],
    [{ HOMEWARD_KEY_FILE: dir }, /HOMEWARD_KEY_FILE names .* which is a folder/],
    [
      { HOMEWARD_KEY_FILE: file, HOMEWARD_DATA_KEY: KEY },
      /Set HOMEWARD_DATA_KEY or HOMEWARD_KEY_FILE, not both/,
    ],
    [{ HOMEWARD_CREATE_KEY_FILE: 'please' }, /HOMEWARD_CREATE_KEY_FILE must be true or false/],
    [{ HOMEWARD_SQLITE_SYNC: 'OFF' }, /HOMEWARD_SQLITE_SYNC must be one of NORMAL, FULL/],
    [{ HOMEWARD_SESSION_IDLE_MINUTES: '0' }, /HOMEWARD_SESSION_IDLE_MINUTES must be from 1 to 1440/],
    [{ HOMEWARD_SESSION_HOURS: '1000' }, /HOMEWARD_SESSION_HOURS must be from 1 to 168/],
    [{ HOMEWARD_SECURE_COOKIES: 'sometimes' }, /HOMEWARD_SECURE_COOKIES must be true or false/],
    [{ HOMEWARD_TRUST_PROXY: 'maybe' }, /HOMEWARD_TRUST_PROXY must be true or false/],
    [{ HOMEWARD_INTAKE_RATE_PER_MINUTE: '0' }, /HOMEWARD_INTAKE_RATE_PER_MINUTE must be from 1/],
    [{ HOMEWARD_PUBLIC_STATS_MINUTES: 'hourly' }, /HOMEWARD_PUBLIC_STATS_MINUTES must be a whole number/],
    [{ HOMEWARD_SHUTDOWN_SECONDS: '0' }, /HOMEWARD_SHUTDOWN_SECONDS must be from 1 to 600/],
    [{ HOMEWARD_SITE_DIR: join(dir, 'no-site') }, /HOMEWARD_SITE_DIR names .* which does not exist/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/],
  ] as [NodeJS.ProcessEnv, RegExp][])('refuses %o with a clear message', (env, message) => {
    const result = loadConfig({ HOME: dir, ...env });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(message);
  });

  it('accepts HOMEWARD_CREATE_KEY_FILE=yes for a key file still to be made', () => {
    const result = loadConfig({ HOMEWARD_KEY_FILE: join(dir, 'new.key'), HOMEWARD_CREATE_KEY_FILE: 'yes' });
    expect(result.ok).toBe(true);
  });
});
