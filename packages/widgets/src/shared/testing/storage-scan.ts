/**
 * Test helper: everything a page on this origin has stored where a person's answers could leak (every IndexedDB
 * database and object store, localStorage, sessionStorage, cookies, the URL), so a test can assert that none of
 * it contains a typed answer in the clear. Binary values are searched as bytes (UTF-8 and UTF-16), so ciphertext
 * that happened to embed the plaintext would still be caught.
 */
export interface StoredItem {
  where: string;
  text: string;
  bytes?: Uint8Array;
}

function requestToPromise<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function flatten(value: unknown, where: string, out: StoredItem[], seen = new Set<unknown>()): void {
  if (value === null || value === undefined) return;
  if (typeof value !== 'object') {
    out.push({ where, text: String(value) });
    return;
  }
  if (seen.has(value)) return;
  seen.add(value);
  if (value instanceof ArrayBuffer) {
    out.push({ where, text: '', bytes: new Uint8Array(value) });
  } else if (ArrayBuffer.isView(value)) {
    out.push({ where, text: '', bytes: new Uint8Array(value.buffer, value.byteOffset, value.byteLength) });
  } else if (value instanceof CryptoKey) {
    out.push({ where, text: `CryptoKey(${value.algorithm.name}, extractable=${value.extractable})` });
  } else if (value instanceof Blob) {
    out.push({ where, text: `Blob(${value.size})` });
  } else if (value instanceof Map) {
    for (const [k, v] of value) {
      flatten(k, `${where}.key`, out, seen);
      flatten(v, `${where}.${String(k)}`, out, seen);
    }
  } else {
    for (const [k, v] of Object.entries(value)) {
      out.push({ where: `${where}.${k}`, text: k });
      flatten(v, `${where}.${k}`, out, seen);
    }
  }
}

export async function readAllStoredData(): Promise<StoredItem[]> {
  const out: StoredItem[] = [];
  for (const info of await indexedDB.databases()) {
    if (!info.name) continue;
    const db = await requestToPromise(indexedDB.open(info.name));
    try {
      for (const storeName of db.objectStoreNames) {
        const store = db.transaction(storeName, 'readonly').objectStore(storeName);
        const [keys, values] = await Promise.all([
          requestToPromise(store.getAllKeys()),
          requestToPromise(store.getAll()),
        ]);
        keys.forEach((k, i) => {
          flatten(k, `indexedDB:${info.name}/${storeName}[key ${i}]`, out);
          flatten(values[i], `indexedDB:${info.name}/${storeName}[${String(k)}]`, out);
        });
      }
    } finally {
      db.close();
    }
  }
  for (const [name, storage] of [
    ['localStorage', localStorage],
    ['sessionStorage', sessionStorage],
  ] as const) {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i) ?? '';
      out.push({ where: `${name}[${key}]`, text: `${key}=${storage.getItem(key)}` });
    }
  }
  out.push({ where: 'document.cookie', text: document.cookie });
  out.push({ where: 'location', text: decodeURIComponent(location.href) });
  return out;
}

function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  if (needle.length === 0) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function utf16(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    bytes[i * 2] = text.charCodeAt(i) & 0xff;
    bytes[i * 2 + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

/** Where each secret appears in stored data (empty when nothing leaks). */
export async function findPlaintext(secrets: string[]): Promise<string[]> {
  const items = await readAllStoredData();
  const found: string[] = [];
  for (const secret of secrets) {
    const utf8 = new TextEncoder().encode(secret);
    const wide = utf16(secret);
    for (const item of items) {
      if (item.text.includes(secret)) found.push(`${secret} in ${item.where}`);
      if (item.bytes && (containsBytes(item.bytes, utf8) || containsBytes(item.bytes, wide))) {
        found.push(`${secret} (bytes) in ${item.where}`);
      }
    }
  }
  return found;
}
