import { copyFileSync, existsSync, renameSync } from 'node:fs';
import { storeOptions } from '../config/index.js';
import { deriveKeys, generateKey, parseKey, writeKeyFile } from '../store/crypto/keys.js';
import { whileDatabaseUnused } from '../store/database-lock.js';
import { keyFilePath, openStoreInternals } from '../store/open-store.js';
import { resealAll } from '../store/rotate-key.js';
import { CliError, configOrExit, explain, type Io } from './common.js';
import { acquireLock } from './data-dir-lock.js';

/**
 * `homeward-server rotate-key`: re-seals everything under a new key in one transaction. Stop the server first.
 * Key file: a new key is generated; the old one is kept as `<file>.retired-<time>` for backups made before today.
 * HOMEWARD_DATA_KEY: give the new key in HOMEWARD_NEW_DATA_KEY (make it with `openssl rand -base64 32`), then set
 * HOMEWARD_DATA_KEY to it before the next start.
 */
export async function rotateKeyCommand(env: NodeJS.ProcessEnv, io: Io): Promise<void> {
  const config = configOrExit(env);
  const options = storeOptions(config);
  let next: Uint8Array;
  if (options.dataKey) {
    const given = env.HOMEWARD_NEW_DATA_KEY ? parseKey(env.HOMEWARD_NEW_DATA_KEY) : null;
    if (!given) {
      throw new CliError(
        'The key comes from HOMEWARD_DATA_KEY: set HOMEWARD_NEW_DATA_KEY to the new key (32 bytes in base64, ' +
          '`openssl rand -base64 32`) and run rotate-key again.',
      );
    }
    next = given;
  } else next = generateKey();

  // A running server keeps sealing with the old key while we re-seal: refuse, and hold the folder meanwhile.
  const releaseLock = acquireLock(config.dataDir, 'rotate-key');
  const opened = await openStoreInternals(options).catch((error: unknown) => {
    releaseLock();
    return explain(error);
  });
  try {
    const nextKeys = deriveKeys(next);
    if (nextKeys.keyId === opened.keys.keyId) throw new CliError('The new key is the current key.');
    const path = keyFilePath(options);
    const reseal = () => {
      if (!options.dataKey) writeKeyFile(`${path}.new`, next);
      return resealAll(opened.context, nextKeys);
    };
    // PostgreSQL: servers on other machines do not show in this folder's lock; each serving store holds a shared
    // advisory lock on the database, so the re-sealing runs only if it can take that lock exclusively.
    const databaseUrl = options.databaseUrl;
    let counts: Awaited<ReturnType<typeof resealAll>>;
    if (databaseUrl) {
      const outcome = await whileDatabaseUnused(databaseUrl, reseal);
      if (!outcome.ok) {
        throw new CliError(
          `${outcome.holders} Homeward server${outcome.holders === 1 ? ' is' : 's are'} using the database ` +
            `${opened.connection.location}. Stop every server that uses it (on every machine) before you rotate the key.`,
        );
      }
      counts = outcome.value;
    } else counts = await reseal();
    if (!options.dataKey) {
      const retired = `${path}.retired-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      if (existsSync(path)) copyFileSync(path, retired);
      renameSync(`${path}.new`, path);
      io.out(`New key written to ${path}; the old key kept as ${retired} (backups made before now need it).`);
    } else {
      io.out(
        'Re-sealed under HOMEWARD_NEW_DATA_KEY: set HOMEWARD_DATA_KEY to that value before the next start.',
      );
    }
    io.out(
      `Re-sealed ${counts.records} records, ${counts.versions} earlier versions, ${counts.notes} notes, ` +
        `${counts.events} event notes, ${counts.referrals} referral notes, ${counts.pairs} review reasons.`,
    );
  } finally {
    await opened.store.close();
    releaseLock();
  }
}
