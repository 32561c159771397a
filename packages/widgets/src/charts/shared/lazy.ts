/**
 * Code a chart needs only sometimes, loaded on first use and shared by every chart on the page: core's counting
 * (for `records`), core's label catalogues (for option and indicator names) and the image export. A bundler puts
 * each in a chunk of its own, so a page showing a ready-made table loads none of them.
 */
export interface Lazy<T> {
  /** The module if loaded, else undefined. */
  get(): T | undefined;
  /** Loads the module once; later calls share the same promise. */
  load(): Promise<T>;
}

function lazy<T>(load: () => Promise<T>): Lazy<T> {
  let value: T | undefined;
  let promise: Promise<T> | undefined;
  return {
    get: () => value,
    load() {
      promise ??= load().then(
        (module) => {
          value = module;
          return module;
        },
        (error: unknown) => {
          // A failed load (offline, a missing chunk) may succeed on a later try.
          promise = undefined;
          throw error;
        },
      );
      return promise;
    },
  };
}

export const coreCounts = lazy(() => import('./core-counts.js'));
export const optionLabels = lazy(() => import('./option-labels.js'));
export const imageExport = lazy(() => import('./export.js'));
export const dataSource = lazy(() => import('./data-source.js'));
export type CoreCounts = typeof import('./core-counts.js');
