/**
 * What signing out leaves behind, removed: any API answer a service worker or the page put in Cache Storage, and
 * the page address's query and fragment (a case id, a search). The staff elements store nothing themselves (no
 * storage, no IndexedDB, answers fetched with `cache: 'no-store'`); this catches what others on the page might.
 */
export async function forgetOnDevice(apiPrefix = '/api/'): Promise<void> {
  if ('caches' in globalThis) {
    try {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          if (new URL(request.url).pathname.startsWith(apiPrefix)) await cache.delete(request);
        }
      }
    } catch {
      // Cache Storage refused (opaque origin, private mode): nothing was stored there either.
    }
  }
  if (location.search || location.hash) history.replaceState(null, '', location.pathname);
}
