/**
 * The staff member's session on this page: signing in and out, the CSRF token the server gave, and what happens
 * when the session ends under a task. DOM-free (fetch and EventTarget only), so it is tested on its own.
 *
 * A request answered 401 while signed in means the session ended (timeout, server restart): the session turns
 * `expired`, says so (`expired` event, which <hw-sign-in> answers with its sign-in dialog) and the request waits;
 * once the same person signs in again it is sent again with the new CSRF token. The work on screen is never
 * dropped. Nothing is stored: the token and the user live in memory only, and the password is never kept.
 */
import createClient, { type Client } from 'openapi-fetch';
import type { SessionInfo, StaffUser } from '../api/contract.js';
import type { paths } from '../api/paths.js';

export type SessionState = 'unknown' | 'signed-out' | 'signed-in' | 'expired';

export type SignInOutcome =
  | { ok: true; user: StaffUser }
  | { ok: false; reason: 'invalid' | 'locked' | 'rate-limited' | 'network'; seconds?: number };

export interface StaffSessionOptions {
  /** Where the API lives: '' (this origin) by default. */
  baseUrl?: string;
  fetch?: (request: Request) => Promise<Response>;
  /** Milliseconds before `expiresAt` at which the session is checked again (30 s by default). */
  checkAhead?: number;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** setTimeout's ceiling: a longer delay fires at once. */
const MAX_DELAY = 2 ** 31 - 1;

/** Seconds to wait from a Retry-After header or the server's body, when it says. */
function waitSeconds(response: Response, body: unknown): number | undefined {
  const header = Number(response.headers.get('retry-after'));
  if (Number.isFinite(header) && header > 0) return Math.ceil(header);
  const b = body as { retryAfter?: unknown; lockedUntil?: unknown } | undefined;
  if (typeof b?.retryAfter === 'number') return Math.ceil(b.retryAfter);
  if (typeof b?.lockedUntil === 'string') {
    const ms = Date.parse(b.lockedUntil) - Date.now();
    if (ms > 0) return Math.ceil(ms / 1000);
  }
  return undefined;
}

export class StaffSession extends EventTarget {
  state: SessionState = 'unknown';
  user: StaffUser | undefined;
  expiresAt: Date | undefined;
  /** The typed API client: every request carries the session cookie and, when it changes state, the CSRF token. */
  readonly api: Client<paths>;
  #csrf: string | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #waiting: (() => void)[] = [];
  readonly #checkAhead: number;

  constructor(options: StaffSessionOptions = {}) {
    super();
    const fetcher = options.fetch ?? ((request: Request) => globalThis.fetch(request));
    this.#checkAhead = options.checkAhead ?? 30_000;
    this.api = createClient<paths>({
      baseUrl: options.baseUrl ?? '',
      fetch: fetcher,
      credentials: 'same-origin',
      // Record contents must not land in the HTTP cache of a shared laptop.
      cache: 'no-store',
    });
    this.api.use({
      onRequest: ({ request }) => {
        if (!SAFE_METHODS.has(request.method) && this.#csrf) request.headers.set('x-csrf-token', this.#csrf);
        return request;
      },
    });
  }

  /** Asks the server whether this browser already has a session (a reload, a second tab). */
  async restore(): Promise<SessionState> {
    try {
      const { data, response } = await this.api.GET('/api/session');
      if (data) this.#signedIn(data);
      else if (response.status === 401 && this.state === 'signed-in') this.expire();
      else if (response.status === 401 && this.state === 'unknown') this.#setState('signed-out');
    } catch {
      if (this.state === 'unknown') this.#setState('signed-out');
    }
    return this.state;
  }

  async signIn(email: string, password: string): Promise<SignInOutcome> {
    let result: Awaited<ReturnType<Client<paths>['POST']>>;
    try {
      result = await this.api.POST('/api/session', { body: { email, password } });
    } catch {
      return { ok: false, reason: 'network' };
    }
    const { data, error, response } = result as { data?: SessionInfo; error?: unknown; response: Response };
    if (data) {
      // Another person signing in on an expired page must not receive the previous person's work.
      if (this.state === 'expired' && this.user && this.user.id !== data.user.id) {
        this.#forget();
        this.dispatchEvent(new Event('signed-out'));
      }
      this.#signedIn(data);
      return { ok: true, user: data.user };
    }
    const seconds = waitSeconds(response, error);
    if (response.status === 423) return { ok: false, reason: 'locked', ...(seconds ? { seconds } : {}) };
    if (response.status === 429)
      return { ok: false, reason: 'rate-limited', ...(seconds ? { seconds } : {}) };
    if (response.status >= 500) return { ok: false, reason: 'network' };
    return { ok: false, reason: 'invalid' };
  }

  /** Ends the session on the server and forgets it here; elements drop what they showed (`signed-out` event). */
  async signOut(): Promise<void> {
    try {
      await this.api.DELETE('/api/session');
    } catch {
      // Offline: the cookie expires on the server anyway; the page forgets everything now.
    }
    this.#forget();
    this.dispatchEvent(new Event('signed-out'));
  }

  /** The session ended under a task: wait for the same person to sign in again. */
  expire(): void {
    if (this.state !== 'signed-in') return;
    clearTimeout(this.#timer);
    this.#csrf = undefined;
    this.#setState('expired');
  }

  /** Resolves when signed in (at once if already). */
  whenSignedIn(): Promise<void> {
    if (this.state === 'signed-in') return Promise.resolve();
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  /**
   * Runs an API call; if the session has ended (401), waits for sign-in and runs it once more. `run` builds the
   * request each time, so the retry carries the new CSRF token. Network failures reject as fetch does.
   */
  async call<R extends { response: Response }>(run: () => Promise<R>): Promise<R> {
    const first = await run();
    if (first.response.status !== 401 || this.state === 'signed-out' || this.state === 'unknown')
      return first;
    this.expire();
    await this.whenSignedIn();
    return run();
  }

  #signedIn(info: SessionInfo): void {
    this.user = info.user;
    this.#csrf = info.csrfToken;
    this.expiresAt = new Date(info.expiresAt);
    this.#schedule();
    this.#setState('signed-in');
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const resume of waiting) resume();
  }

  /** Checks the session shortly before it is due to end: the server may have extended it. */
  #schedule(): void {
    clearTimeout(this.#timer);
    if (!this.expiresAt) return;
    // At least 5 s apart, so a server that keeps answering the same near deadline is not asked in a loop.
    const delay = Math.max(this.expiresAt.getTime() - Date.now() - this.#checkAhead, 5_000);
    this.#timer = setTimeout(() => void this.restore(), Math.min(delay, MAX_DELAY));
  }

  #forget(): void {
    clearTimeout(this.#timer);
    this.user = undefined;
    this.expiresAt = undefined;
    this.#csrf = undefined;
    this.#waiting = [];
    this.#setState('signed-out');
  }

  #setState(state: SessionState): void {
    if (state === this.state) return;
    this.state = state;
    this.dispatchEvent(
      new Event(state === 'signed-in' ? 'signed-in' : state === 'expired' ? 'expired' : 'change'),
    );
    this.dispatchEvent(new Event('statechange'));
  }
}

let shared: StaffSession | undefined;

/** The page's session, shared by every staff element that is not given its own (`.session`). */
export function staffSession(): StaffSession {
  shared ??= new StaffSession();
  return shared;
}
