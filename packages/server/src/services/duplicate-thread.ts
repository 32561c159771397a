/**
 * The duplicate queue worker on a thread of its own (worker_threads) with its own database connection: scoring
 * candidates with core's matcher is CPU work that, on the server's thread, delayed the intake requests queued behind
 * each slice. SQLite in WAL mode lets the two connections work side by side (readers never wait; the two writers take
 * turns through BEGIN IMMEDIATE and the busy timeout); PostgreSQL gets a small pool of its own.
 *
 * The thread speaks a small protocol over its port: the server asks `drain` and `stop`; the thread answers and
 * forwards its log lines, which the server writes with its own logger (so redaction applies the same way).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { StoreOptions } from '../store/types.js';

export interface DuplicateQueue {
  start(): void;
  stop(): Promise<void>;
  /** Runs every due job now and returns how many were done. */
  drain(batch?: number): Promise<number>;
}

export interface ThreadLog {
  error(object: object, message: string): void;
  warn(object: object, message: string): void;
}

export type ToThread = { type: 'drain'; id: number; batch?: number } | { type: 'stop' };
export type FromThread =
  | { type: 'ready' }
  | { type: 'drained'; id: number; done?: number; error?: string }
  | { type: 'log'; level: 'error' | 'warn'; object: object; message: string }
  | { type: 'stopped' };

export interface ThreadData {
  storeOptions: StoreOptions;
  intervalMs: number;
  /** SQLite: run a PASSIVE write-ahead log checkpoint this often (0: never; the server's connection does it). */
  checkpointMs: number;
}

/** How often the thread checkpoints SQLite's write-ahead log for the server (see serve.ts). */
export const CHECKPOINT_MS = 1000;

/** The thread's entry: next to this file, as TypeScript when the server runs from source (tsx), else JavaScript. */
function entry(): URL {
  const ts = new URL('./duplicate-thread-main.ts', import.meta.url);
  return import.meta.url.endsWith('.ts') && existsSync(fileURLToPath(ts))
    ? ts
    : new URL('./duplicate-thread-main.js', import.meta.url);
}

const require = createRequire(import.meta.url);

/** Restart a thread that died (not stopped by us) after this long. */
const RESTART_MS = 5000;

export class DuplicateWorkerThread implements DuplicateQueue {
  private worker: Worker | undefined;
  private stopped = true;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (n: number) => void; reject: (e: Error) => void }>();
  private restartTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly storeOptions: StoreOptions,
    private readonly log: ThreadLog,
    private readonly intervalMs: number,
    private readonly options: { checkpoint?: boolean } = {},
  ) {}

  start(): void {
    if (this.worker || this.intervalMs <= 0) return;
    this.stopped = false;
    this.spawn();
  }

  private spawn(): void {
    const data: ThreadData = {
      // A small pool is enough for one worker; SQLite ignores it.
      storeOptions: { ...this.storeOptions, migrate: false, poolSize: 2 },
      intervalMs: this.intervalMs,
      checkpointMs: this.options.checkpoint ? CHECKPOINT_MS : 0,
    };
    const file = entry();
    // From source (tests, the benchmark): the thread registers tsx itself before it loads the TypeScript entry, and
    // resolves the workspace's packages to their sources as the server did.
    const worker = file.pathname.endsWith('.ts')
      ? new Worker(
          `import(${JSON.stringify(pathToFileURL(require.resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href)})` +
            `.then((tsx) => { tsx.register(); return import(${JSON.stringify(file.href)}); })`,
          {
            eval: true,
            workerData: data,
            name: 'homeward-duplicates',
            execArgv: process.execArgv.some((a) => a.includes('conditions'))
              ? process.execArgv
              : [...process.execArgv, '--conditions=source'],
          },
        )
      : new Worker(file, { workerData: data, name: 'homeward-duplicates' });
    this.worker = worker;
    worker.on('message', (message: FromThread) => {
      if (message.type === 'log') this.log[message.level](message.object, message.message);
      else if (message.type === 'drained') {
        const wait = this.waiting.get(message.id);
        this.waiting.delete(message.id);
        if (message.error !== undefined) wait?.reject(new Error(message.error));
        else wait?.resolve(message.done ?? 0);
      }
    });
    worker.on('error', (error) => {
      this.log.error({ err: error }, 'duplicate queue thread failed');
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = undefined;
      for (const wait of this.waiting.values())
        wait.reject(new Error(`duplicate queue thread exited (${code})`));
      this.waiting.clear();
      if (!this.stopped) {
        this.log.warn({ code }, `duplicate queue thread exited: restarting in ${RESTART_MS / 1000} s`);
        this.restartTimer = setTimeout(() => {
          this.restartTimer = undefined;
          if (!this.stopped && !this.worker) this.spawn();
        }, RESTART_MS);
        this.restartTimer.unref();
      }
    });
  }

  drain(batch?: number): Promise<number> {
    const worker = this.worker;
    if (!worker) return Promise.reject(new Error('The duplicate queue thread is not running.'));
    const id = this.nextId++;
    return new Promise<number>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ type: 'drain', id, ...(batch ? { batch } : {}) } satisfies ToThread);
    });
  }

  /** Lets the thread finish the batch in hand and close its connection; ends it if it takes longer than 10 s. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.restartTimer);
    const worker = this.worker;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage({ type: 'stop' } satisfies ToThread);
    const timer = setTimeout(() => void worker.terminate(), 10_000);
    await exited;
    clearTimeout(timer);
  }
}
