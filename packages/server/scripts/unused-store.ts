import type { Store } from '../src/store/types.js';

/** A Store whose every call fails: building the app for its OpenAPI document must not touch a database. */
export function unusedStore(): Store {
  const fail = (): never => {
    throw new Error('The OpenAPI script does not use the store.');
  };
  const repository = new Proxy({}, { get: () => fail });
  return new Proxy({} as Store, {
    get: (_target, name) => (name === 'dialect' ? 'sqlite' : name === 'close' ? async () => {} : repository),
  });
}
