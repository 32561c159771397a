import { createStore, get, update } from 'idb-keyval';

/** Keys live in their own database, apart from the ciphertexts they open. */
const keyStore = createStore('homeward-keys', 'keys');
const creating = new Map<string, Promise<CryptoKey>>();

async function create(name: string): Promise<CryptoKey> {
  // Non-extractable: script on this origin can use the key but never read it, and it cannot leave the device.
  const fresh = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  // Two tabs may race to create the key: `update` runs in one transaction, so the first stored key wins and
  // both tabs then read that one back.
  await update<CryptoKey>(name, (stored) => stored ?? fresh, keyStore);
  return (await get<CryptoKey>(name, keyStore)) ?? fresh;
}

/**
 * The AES-GCM 256 key for one use on this device (IndexedDB is per origin, so the key is per origin and name),
 * created on first use and kept in IndexedDB as a non-extractable CryptoKey. Read from IndexedDB every time rather
 * than cached, so a key deleted with the site's data is never used to write data nothing could read back.
 */
export async function deviceKey(name: string): Promise<CryptoKey> {
  const existing = await get<CryptoKey>(name, keyStore);
  if (existing) return existing;
  let pending = creating.get(name);
  if (!pending) {
    pending = create(name).finally(() => creating.delete(name));
    creating.set(name, pending);
  }
  return pending;
}
