import { createStore, del, entries, get, set } from 'idb-keyval';
import { type BackoffOptions, backoffDelay, DEFAULT_BACKOFF, retryAfterMs } from './backoff.js';
import { deviceKey } from './device-key.js';
import { type Sealed, seal, unseal } from './sealed-box.js';

const outboxDb = createStore('homeward-outbox', 'submissions');

/** `discarded`: a person deleted it before the server accepted it. Nothing is ever dropped for age. */
export type OutboxState = 'queued' | 'sending' | 'sent' | 'waiting' | 'rejected' | 'discarded';

/** What a form shows for a submission. Never holds the answers themselves. */
export interface OutboxSubmission {
  /** Also the `Idempotency-Key` header of every attempt. */
  id: string;
  state: OutboxState;
  /** Attempts made so far. */
  attempts: number;
  createdAt: number;
  /** When the next attempt is due (state `waiting`). */
  nextAttemptAt?: number;
  /** The HTTP status of the last response (`sent`, `rejected`, or a 5xx while `waiting`). */
  status?: number;
  /** The server's answer: its reasons when `rejected`, its reply when `sent`. */
  response?: unknown;
  /** Why the last attempt failed: `network` (no answer, timeout) or `http-<status>`. */
  lastError?: string;
  /** When the last attempt was made. */
  lastAttemptAt?: number;
}

/** What the visible outbox shows: how many wait, since when, and why the last attempt failed. */
export interface OutboxStatus {
  /** Submissions still on this device (queued, waiting or rejected). */
  count: number;
  /** When the oldest of them was queued. */
  since?: number;
  /** The most recent failure among them, and when. */
  lastError?: string;
  lastAttemptAt?: number;
}

/** What IndexedDB holds: the body sealed, and the server's reasons sealed (they may quote the answers). */
interface StoredSubmission {
  v: 1;
  id: string;
  namespace: string;
  endpoint: string;
  state: 'queued' | 'waiting' | 'rejected';
  attempts: number;
  createdAt: number;
  /**
   * Bound into the ciphertext's context. Submissions are never deleted for age (a queued registration is kept until the
   * server accepts it or a person discards it): new ones store `Infinity`; a finite value from an older version is
   * kept only so that its ciphertext still opens.
   */
  expiresAt: number;
  lastError?: string;
  lastAttemptAt?: number;
  nextAttemptAt?: number;
  status?: number;
  body: Sealed;
  rejection?: Sealed;
}

export interface OutboxOptions {
  /** Separates the submissions of different forms on one origin. */
  namespace: string;
  /** Where submissions are POSTed as JSON. */
  endpoint: string;
  /** Injectable for tests and for apps that add auth; defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /** Extra request headers (e.g. an office token). */
  headers?: Record<string, string>;
  /** Retry schedule; see `backoffDelay`. */
  backoff?: Partial<BackoffOptions>;
  /** Abort an attempt that has not answered after this long, and retry. Default 30 s. */
  timeoutMs?: number;
  /** The clock and the jitter source, for tests. */
  now?: () => number;
  random?: () => number;
}

/** Fired on the outbox for every state change of a submission. */
export class OutboxStateEvent extends Event {
  constructor(readonly submission: OutboxSubmission) {
    super('statechange');
  }
}

type Outcome =
  | { kind: 'sent'; status: number; response: unknown }
  | { kind: 'retry'; status?: number; retryAfter?: number; error: string }
  | { kind: 'rejected'; status: number; response: unknown };

/** Statuses worth retrying: the server may well accept the same request later. */
function isRetryable(status: number): boolean {
  return status >= 500 || status === 408 || status === 425 || status === 429;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function summary(stored: StoredSubmission, extra: Partial<OutboxSubmission> = {}): OutboxSubmission {
  return {
    id: stored.id,
    state: stored.state,
    attempts: stored.attempts,
    createdAt: stored.createdAt,
    ...(stored.nextAttemptAt !== undefined && stored.state === 'waiting'
      ? { nextAttemptAt: stored.nextAttemptAt }
      : {}),
    ...(stored.status !== undefined ? { status: stored.status } : {}),
    ...(stored.lastError !== undefined ? { lastError: stored.lastError } : {}),
    ...(stored.lastAttemptAt !== undefined ? { lastAttemptAt: stored.lastAttemptAt } : {}),
    ...extra,
  };
}

/**
 * Submissions waiting to reach the server, kept on the device encrypted until it accepts them.
 *
 * Each submission gets one UUID, sent as `Idempotency-Key` on every attempt, so a retry after a lost response cannot
 * create a second record on a server that honours the header. Network errors, timeouts, 408/425/429 and 5xx are
 * retried with exponential backoff and jitter (and `Retry-After`), at once when the browser comes back `online`,
 * and after the page is reopened (`start()` resumes what is stored). Any other 4xx stops retrying: the submission
 * is `rejected` and keeps the server's reasons until `remove()`. A Web Lock per submission keeps two tabs from
 * sending it at the same time. Nothing expires: a submission leaves the device when the server accepts it, or when a
 * person discards it (`discard()`, after a warning that names what will be lost).
 *
 * @event statechange - `OutboxStateEvent`: a submission became queued, sending, sent, waiting, rejected or discarded.
 */
export class Outbox<T = unknown> extends EventTarget {
  readonly namespace: string;
  readonly endpoint: string;
  readonly #fetchImpl: typeof fetch;
  readonly #headers: Record<string, string>;
  readonly #backoff: BackoffOptions;
  readonly #timeoutMs: number;
  readonly #now: () => number;
  readonly #random: () => number;
  readonly #inFlight = new Map<string, Promise<void>>();
  readonly #due = new Map<string, number>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #started: Promise<void> | undefined;
  readonly #onOnline = () => void this.flush();

  constructor(options: OutboxOptions) {
    super();
    if (!options.namespace) throw new TypeError('Outbox: a namespace is required');
    if (!options.endpoint) throw new TypeError('Outbox: an endpoint is required');
    this.namespace = options.namespace;
    this.endpoint = options.endpoint;
    this.#fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#headers = options.headers ?? {};
    this.#backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
    this.#timeoutMs = options.timeoutMs ?? 30_000;
    this.#now = options.now ?? Date.now;
    this.#random = options.random ?? Math.random;
  }

  /**
   * Resumes the submissions stored by an earlier page (expired ones are deleted) and retries when the browser comes
   * back online. Safe to call more than once; `enqueue` calls it for you.
   */
  start(): Promise<void> {
    if (!this.#started) {
      window.addEventListener('online', this.#onOnline);
      this.#started = this.#resume();
    }
    return this.#started;
  }

  /** Stops retrying from this page (stored submissions stay stored). */
  stop(): void {
    window.removeEventListener('online', this.#onOnline);
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#due.clear();
    this.#started = undefined;
  }

  /**
   * Stores the submission encrypted, then tries to send it. Resolves once it is safely stored (state `queued`),
   * not when it is delivered: listen for `statechange` to follow it.
   */
  async enqueue(body: T): Promise<OutboxSubmission> {
    await this.start();
    const id = crypto.randomUUID();
    const createdAt = this.#now();
    const expiresAt = Number.POSITIVE_INFINITY;
    const key = await deviceKey(this.#keyName());
    const stored: StoredSubmission = {
      v: 1,
      id,
      namespace: this.namespace,
      endpoint: this.endpoint,
      state: 'queued',
      attempts: 0,
      createdAt,
      expiresAt,
      body: await seal(key, body, this.#context(id, expiresAt)),
    };
    await set(this.#storeKey(id), stored, outboxDb);
    this.#emit(summary(stored));
    void this.#attempt(id);
    return summary(stored);
  }

  /** Tries every waiting or queued submission now, without waiting for its backoff. Resolves when all settle. */
  async flush(): Promise<void> {
    const pending = (await this.#readAll()).filter((s) => s.state !== 'rejected');
    await Promise.all(pending.map((s) => this.#attempt(s.id)));
  }

  /** This namespace's stored submissions (queued, waiting or rejected), oldest first. */
  async list(): Promise<OutboxSubmission[]> {
    const all = await this.#readAll();
    return Promise.all(all.map(async (s) => summary(s, await this.#rejectionOf(s))));
  }

  /** The body of a stored submission, decrypted: lets a form reopen a rejected submission for correction. */
  async read(id: string): Promise<T | undefined> {
    const stored = await get<StoredSubmission>(this.#storeKey(id), outboxDb);
    if (!stored) return undefined;
    try {
      const key = await deviceKey(this.#keyName());
      return await unseal<T>(key, stored.body, this.#context(id, stored.expiresAt));
    } catch {
      return undefined;
    }
  }

  /**
   * Deletes a submission the server never accepted, because a person chose to (after the form's warning naming
   * what will be lost). Says so with a `discarded` state change.
   */
  async discard(id: string): Promise<void> {
    const stored = await get<StoredSubmission>(this.#storeKey(id), outboxDb);
    await this.remove(id);
    if (stored) this.#emit({ ...summary(stored), state: 'discarded' });
  }

  /** Deletes a stored submission (a rejected one the person has corrected and sent again, or abandoned). */
  async remove(id: string): Promise<void> {
    this.#due.delete(id);
    await del(this.#storeKey(id), outboxDb);
    this.#schedule();
  }

  async #resume(): Promise<void> {
    const now = this.#now();
    for (const stored of await this.#readAll()) {
      if (stored.state === 'rejected') continue;
      this.#due.set(stored.id, Math.min(stored.nextAttemptAt ?? now, now));
    }
    this.#schedule();
  }

  /** Reads this namespace's submissions, however old: none is ever dropped without a person's say. */
  async #readAll(): Promise<StoredSubmission[]> {
    const prefix = `${this.namespace}/`;
    const out: StoredSubmission[] = [];
    for (const [name, value] of await entries<string, StoredSubmission>(outboxDb)) {
      if (typeof name !== 'string' || !name.startsWith(prefix) || value?.v !== 1) continue;
      out.push(value);
    }
    return out.sort((a, b) => a.createdAt - b.createdAt);
  }

  #attempt(id: string): Promise<void> {
    const running = this.#inFlight.get(id);
    if (running) return running;
    this.#due.delete(id);
    const run = this.#withLock(id, () => this.#send(id)).finally(() => {
      this.#inFlight.delete(id);
      this.#schedule();
    });
    this.#inFlight.set(id, run);
    return run;
  }

  /** One tab at a time per submission; where Web Locks are missing, the in-page guard alone applies. */
  async #withLock(id: string, task: () => Promise<void>): Promise<void> {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (!locks) return task();
    await locks.request(`homeward-outbox/${this.namespace}/${id}`, { ifAvailable: true }, async (lock) => {
      if (lock) await task();
    });
  }

  async #send(id: string): Promise<void> {
    // Re-read: another tab may have delivered or rejected it since this page last looked.
    const stored = await get<StoredSubmission>(this.#storeKey(id), outboxDb);
    if (!stored || stored.state === 'rejected') return;

    let body: T;
    try {
      const key = await deviceKey(this.#keyName());
      body = await unseal<T>(key, stored.body, this.#context(id, stored.expiresAt));
    } catch {
      // The key is gone (site data partly cleared): this submission can never be read again.
      await this.#reject(stored, 0, { error: 'unreadable' });
      return;
    }

    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      // Offline for sure: wait for `online` without spending an attempt.
      await this.#wait(stored, undefined, undefined, false);
      return;
    }

    this.#emit({ ...summary(stored), state: 'sending', attempts: stored.attempts + 1 });
    const outcome = await this.#post(id, body);
    const attempted: StoredSubmission = {
      ...stored,
      attempts: stored.attempts + 1,
      lastAttemptAt: this.#now(),
      ...(outcome.kind === 'retry' ? { lastError: outcome.error } : {}),
    };
    if (outcome.kind === 'sent') {
      await del(this.#storeKey(id), outboxDb);
      this.#emit({
        ...summary(attempted),
        state: 'sent',
        status: outcome.status,
        response: outcome.response,
      });
    } else if (outcome.kind === 'rejected') {
      await this.#reject(attempted, outcome.status, outcome.response);
    } else {
      await this.#wait(attempted, outcome.status, outcome.retryAfter, true);
    }
  }

  async #post(id: string, body: T): Promise<Outcome> {
    let response: Response;
    try {
      response = await this.#fetchImpl(this.endpoint, {
        method: 'POST',
        headers: {
          ...this.#headers,
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'Idempotency-Key': id,
        },
        body: JSON.stringify(body),
        cache: 'no-store',
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
    } catch {
      return { kind: 'retry', error: 'network' };
    }
    if (response.ok) return { kind: 'sent', status: response.status, response: await readBody(response) };
    if (isRetryable(response.status)) {
      const retryAfter = retryAfterMs(response.headers.get('Retry-After'), this.#now());
      return {
        kind: 'retry',
        status: response.status,
        error: `http-${response.status}`,
        ...(retryAfter !== undefined ? { retryAfter } : {}),
      };
    }
    return { kind: 'rejected', status: response.status, response: await readBody(response) };
  }

  async #wait(
    stored: StoredSubmission,
    status: number | undefined,
    retryAfter: number | undefined,
    spent: boolean,
  ): Promise<void> {
    const delay = spent ? backoffDelay(Math.max(1, stored.attempts), this.#backoff, this.#random) : undefined;
    const wait = delay === undefined ? undefined : Math.max(delay, Math.min(retryAfter ?? 0, 60 * 60_000));
    const next: StoredSubmission = {
      ...stored,
      state: 'waiting',
      ...(wait !== undefined ? { nextAttemptAt: this.#now() + wait } : {}),
      ...(status !== undefined ? { status } : {}),
    };
    await set(this.#storeKey(stored.id), next, outboxDb);
    if (next.nextAttemptAt !== undefined) this.#due.set(stored.id, next.nextAttemptAt);
    this.#emit(summary(next));
  }

  async #reject(stored: StoredSubmission, status: number, response: unknown): Promise<void> {
    const key = await deviceKey(this.#keyName());
    const next: StoredSubmission = {
      ...stored,
      state: 'rejected',
      status,
      rejection: await seal(key, response ?? null, this.#context(`${stored.id}#rejection`, stored.expiresAt)),
    };
    delete next.nextAttemptAt;
    await set(this.#storeKey(stored.id), next, outboxDb);
    this.#emit(summary(next, { response }));
  }

  async #rejectionOf(stored: StoredSubmission): Promise<Partial<OutboxSubmission>> {
    if (!stored.rejection) return {};
    try {
      const key = await deviceKey(this.#keyName());
      const response = await unseal<unknown>(
        key,
        stored.rejection,
        this.#context(`${stored.id}#rejection`, stored.expiresAt),
      );
      return { response };
    } catch {
      return {};
    }
  }

  /** One timer, for the earliest due submission. */
  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#started || this.#due.size === 0) return;
    const earliest = Math.min(...this.#due.values());
    const delay = Math.max(0, earliest - this.#now());
    this.#timer = setTimeout(() => {
      const now = this.#now();
      const ready = [...this.#due].filter(([, at]) => at <= now).map(([id]) => id);
      for (const id of ready) void this.#attempt(id);
      this.#schedule();
    }, delay);
  }

  #emit(submission: OutboxSubmission): void {
    this.dispatchEvent(new OutboxStateEvent(submission));
  }

  #storeKey(id: string): string {
    return `${this.namespace}/${id}`;
  }

  #keyName(): string {
    return `outbox:${this.namespace}`;
  }

  #context(id: string, expiresAt: number): string {
    return `homeward-outbox|${this.namespace}|${id}|${expiresAt}`;
  }
}

/** The visible outbox's figures (how many wait, since when, the last failure), from `list()`. */
export function outboxStatus(list: readonly OutboxSubmission[]): OutboxStatus {
  const kept = list.filter((s) => s.state !== 'sent' && s.state !== 'discarded');
  if (kept.length === 0) return { count: 0 };
  const since = Math.min(...kept.map((s) => s.createdAt));
  const failed = kept
    .filter((s) => s.lastAttemptAt !== undefined && (s.lastError !== undefined || s.state === 'rejected'))
    .sort((a, b) => (b.lastAttemptAt ?? 0) - (a.lastAttemptAt ?? 0))[0];
  return {
    count: kept.length,
    since,
    ...(failed
      ? { lastError: failed.lastError ?? `http-${failed.status}`, lastAttemptAt: failed.lastAttemptAt! }
      : {}),
  };
}
