import { createStore, get } from 'idb-keyval';
import { afterEach, describe, expect, it } from 'vitest';
import { findPlaintext } from '../testing/storage-scan.js';
import {
  Outbox,
  type OutboxState,
  type OutboxStateEvent,
  type OutboxSubmission,
  outboxStatus,
} from './outbox.js';

const outboxDb = createStore('homeward-outbox', 'submissions');

interface Record {
  fullName: string;
  office: string;
}
const record: Record = { fullName: 'Dewi Lestari from Sumatra', office: 'ID-PNH' };

type Mode = 'down' | 'up' | 'lose-response' | '503' | '429' | '422';

/**
 * A fake endpoint that behaves like the Homeward server: it stores a record once per Idempotency-Key and answers a
 * repeated key with the first result. `mode` says how the network and the server behave right now.
 */
function fakeServer(initial: Mode = 'up') {
  const state = {
    mode: initial,
    requests: [] as { key: string | null; body: unknown; contentType: string | null }[],
    stored: new Map<string, unknown>(),
  };
  const fetch = async (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const headers = new Headers(init?.headers);
    const key = headers.get('Idempotency-Key');
    const body = JSON.parse(String(init?.body));
    state.requests.push({ key, body, contentType: headers.get('Content-Type') });
    switch (state.mode) {
      case 'down':
        throw new TypeError('Failed to fetch');
      case '503':
        return new Response('busy', { status: 503 });
      case '429':
        return new Response('slow down', { status: 429, headers: { 'Retry-After': '1' } });
      case '422':
        return Response.json(
          { issues: [{ path: ['person', 'fullName'], code: 'required' }] },
          { status: 422 },
        );
      case 'lose-response':
        // The server commits the record, then the connection drops before the answer arrives.
        if (key && !state.stored.has(key)) state.stored.set(key, body);
        throw new TypeError('network connection was lost');
      default: {
        const repeat = key !== null && state.stored.has(key);
        if (key && !repeat) state.stored.set(key, body);
        return Response.json({ id: key, duplicate: repeat }, { status: repeat ? 200 : 201 });
      }
    }
  };
  return { state, fetch };
}

const outboxes: Outbox[] = [];
afterEach(() => {
  for (const o of outboxes.splice(0)) o.stop();
});

function makeOutbox(
  fetch: typeof globalThis.fetch,
  extra: Partial<ConstructorParameters<typeof Outbox>[0]> = {},
  namespace = `intake-${crypto.randomUUID()}`,
) {
  const outbox = new Outbox<Record>({
    namespace,
    endpoint: 'https://example.invalid/api/intakes',
    fetch,
    backoff: { baseMs: 20, factor: 2, maxMs: 1000, jitter: 0 },
    ...extra,
  });
  outboxes.push(outbox as Outbox);
  const events: OutboxSubmission[] = [];
  outbox.addEventListener('statechange', (e) => events.push((e as OutboxStateEvent).submission));
  return { outbox, events };
}

function until(events: OutboxSubmission[], state: OutboxState, count = 1, timeoutMs = 3000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const check = () => {
      if (events.filter((e) => e.state === state).length >= count) resolve();
      else if (performance.now() - started > timeoutMs)
        reject(new Error(`no "${state}" x${count}; saw ${events.map((e) => e.state).join(', ')}`));
      else setTimeout(check, 5);
    };
    check();
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Outbox', () => {
  it('sends at once when the endpoint is up, as JSON with an Idempotency-Key', async () => {
    const server = fakeServer('up');
    const { outbox, events } = makeOutbox(server.fetch);
    const queued = await outbox.enqueue(record);
    expect(queued.state).toBe('queued');
    await until(events, 'sent');
    expect(events.map((e) => e.state)).toEqual(['queued', 'sending', 'sent']);
    expect(server.state.requests).toHaveLength(1);
    expect(server.state.requests[0]).toEqual({
      key: queued.id,
      body: record,
      contentType: 'application/json',
    });
    expect(queued.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(events.at(-1)).toMatchObject({
      state: 'sent',
      status: 201,
      attempts: 1,
      response: { id: queued.id },
    });
    expect(await outbox.list()).toEqual([]);
  });

  it('endpoint down, then queued, then up, then delivered exactly once', async () => {
    const server = fakeServer('down');
    const { outbox, events } = makeOutbox(server.fetch);
    const { id } = await outbox.enqueue(record);
    await until(events, 'waiting', 2);
    expect((await outbox.list()).map((s) => s.state)).toEqual(['waiting']);
    server.state.mode = 'up';
    await until(events, 'sent');
    await sleep(150); // nothing more may be sent after delivery
    expect(server.state.stored.size).toBe(1);
    expect(server.state.stored.get(id)).toEqual(record);
    const successes = server.state.requests.length - events.filter((e) => e.state === 'waiting').length;
    expect(successes).toBe(1);
    expect(new Set(server.state.requests.map((r) => r.key))).toEqual(new Set([id]));
    expect(await outbox.list()).toEqual([]);
  });

  it('a retry after a lost response does not create a duplicate', async () => {
    const server = fakeServer('lose-response');
    const { outbox, events } = makeOutbox(server.fetch);
    const { id } = await outbox.enqueue(record);
    await until(events, 'waiting');
    server.state.mode = 'up';
    await until(events, 'sent');
    expect(server.state.stored.size).toBe(1);
    expect(events.at(-1)).toMatchObject({ state: 'sent', status: 200, response: { id, duplicate: true } });
  });

  it('retries 5xx and 429, and waits at least Retry-After', async () => {
    const server = fakeServer('503');
    const { outbox, events } = makeOutbox(server.fetch);
    await outbox.enqueue(record);
    await until(events, 'waiting');
    expect(events.at(-1)).toMatchObject({ state: 'waiting', status: 503 });
    server.state.mode = '429';
    await until(events, 'waiting', 2);
    const waiting = events.filter((e) => e.state === 'waiting').at(-1)!;
    expect(waiting.status).toBe(429);
    expect(waiting.nextAttemptAt! - Date.now()).toBeGreaterThan(800);
    server.state.mode = 'up';
    await outbox.flush();
    expect(events.at(-1)?.state).toBe('sent');
  });

  it('does not retry a 4xx: rejected, with the server reasons kept until removed', async () => {
    const server = fakeServer('422');
    const { outbox, events } = makeOutbox(server.fetch);
    const { id } = await outbox.enqueue(record);
    await until(events, 'rejected');
    const reasons = { issues: [{ path: ['person', 'fullName'], code: 'required' }] };
    expect(events.at(-1)).toMatchObject({ state: 'rejected', status: 422, response: reasons });
    server.state.mode = 'up';
    await outbox.flush();
    window.dispatchEvent(new Event('online'));
    await sleep(150);
    expect(server.state.requests).toHaveLength(1);
    const [listed] = await outbox.list();
    expect(listed).toMatchObject({ id, state: 'rejected', status: 422, response: reasons });
    expect(await outbox.read(id)).toEqual(record);
    await outbox.remove(id);
    expect(await outbox.list()).toEqual([]);
  });

  it('backs off exponentially between attempts', async () => {
    const server = fakeServer('down');
    const { outbox, events } = makeOutbox(server.fetch, {
      backoff: { baseMs: 40, factor: 2, maxMs: 10_000, jitter: 0 },
    });
    await outbox.enqueue(record);
    await until(events, 'waiting', 3);
    const waiting = events.filter((e) => e.state === 'waiting');
    expect(waiting.map((e) => e.attempts)).toEqual([1, 2, 3]);
    const sendTimes = waiting.map((e) => e.nextAttemptAt!);
    // The gap between due times grows: 40 ms, then 80, then 160 (plus the time each attempt takes).
    const gaps = [sendTimes[1]! - sendTimes[0]!, sendTimes[2]! - sendTimes[1]!];
    expect(gaps[0]).toBeGreaterThanOrEqual(80);
    expect(gaps[1]).toBeGreaterThanOrEqual(160);
    expect(gaps[1]).toBeLessThan(160 + 200);
  });

  it('resumes after the page is reopened (a new Outbox instance) and delivers once', async () => {
    const namespace = `intake-${crypto.randomUUID()}`;
    const server = fakeServer('down');
    const first = makeOutbox(server.fetch, {}, namespace);
    const { id } = await first.outbox.enqueue(record);
    await until(first.events, 'waiting');
    first.outbox.stop(); // the page is closed

    server.state.mode = 'up';
    const second = makeOutbox(server.fetch, {}, namespace);
    expect((await second.outbox.list()).map((s) => s.id)).toEqual([id]);
    await second.outbox.start();
    await until(second.events, 'sent');
    await sleep(100);
    expect(server.state.stored.size).toBe(1);
    expect(server.state.requests.filter((r) => r.key === id).length).toBe(
      first.events.filter((e) => e.state === 'sending').length + 1,
    );
  });

  it('retries at once when the browser comes back online', async () => {
    const server = fakeServer('down');
    const { outbox, events } = makeOutbox(server.fetch, {
      backoff: { baseMs: 60_000, factor: 2, maxMs: 60_000, jitter: 0 },
    });
    await outbox.enqueue(record);
    await until(events, 'waiting');
    server.state.mode = 'up';
    window.dispatchEvent(new Event('online'));
    await until(events, 'sent', 1, 1000);
  });

  it('while the browser is offline, waits without spending attempts, then sends when online', async () => {
    const server = fakeServer('up');
    const { outbox, events } = makeOutbox(server.fetch);
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      await outbox.enqueue(record);
      await until(events, 'waiting');
      expect(server.state.requests).toHaveLength(0);
      expect(events.at(-1)).toMatchObject({ state: 'waiting', attempts: 0 });
      expect(events.at(-1)?.nextAttemptAt).toBeUndefined();
    } finally {
      delete (navigator as { onLine?: boolean }).onLine; // back to the real getter on Navigator.prototype
    }
    expect(navigator.onLine).toBe(true);
    window.dispatchEvent(new Event('online'));
    await until(events, 'sent');
    expect(server.state.requests).toHaveLength(1);
  });

  it('two outboxes on one namespace (two tabs) deliver a submission once', async () => {
    const namespace = `intake-${crypto.randomUUID()}`;
    const server = fakeServer('down');
    const a = makeOutbox(server.fetch, { backoff: { baseMs: 60_000, jitter: 0 } }, namespace);
    const b = makeOutbox(server.fetch, { backoff: { baseMs: 60_000, jitter: 0 } }, namespace);
    await a.outbox.enqueue(record);
    await until(a.events, 'waiting');
    const before = server.state.requests.length;
    server.state.mode = 'up';
    await Promise.all([a.outbox.flush(), b.outbox.flush(), b.outbox.start(), a.outbox.flush()]);
    await sleep(50);
    expect(server.state.requests.length - before).toBe(1);
    expect(server.state.stored.size).toBe(1);
  });

  it('keeps submissions encrypted: no plaintext in any storage', async () => {
    const server = fakeServer('down');
    const { outbox, events } = makeOutbox(server.fetch);
    await outbox.enqueue({ fullName: 'Ratana Phirun', office: 'KH-12' });
    await until(events, 'waiting');
    expect(await findPlaintext(['Ratana', 'Phirun'])).toEqual([]);
  });

  it('keeps the rejection reasons encrypted too (they may quote answers)', async () => {
    const fetch = async () => Response.json({ echo: 'Ratana Phirun is not allowed' }, { status: 400 });
    const { outbox, events } = makeOutbox(fetch);
    await outbox.enqueue({ fullName: 'Ratana Phirun', office: 'KH-12' });
    await until(events, 'rejected');
    expect(await findPlaintext(['Ratana', 'Phirun'])).toEqual([]);
  });

  it('keeps a queued submission eight simulated days and more, then delivers it once', async () => {
    let now = Date.now();
    const server = fakeServer('down');
    const { outbox, events } = makeOutbox(server.fetch, {
      now: () => now,
      backoff: { baseMs: 60_000, jitter: 0 },
    });
    const { id } = await outbox.enqueue(record);
    await until(events, 'waiting');
    now += 8 * 24 * 60 * 60 * 1000;
    expect((await outbox.list()).map((s) => s.id)).toEqual([id]);
    expect(await get(`${outbox.namespace}/${id}`, outboxDb)).toBeDefined();
    // A new page (a reload eight days later) still finds it and sends it when the network is back.
    outbox.stop();
    const { outbox: reopened, events: later } = makeOutbox(
      server.fetch,
      { now: () => now },
      outbox.namespace,
    );
    server.state.mode = 'up';
    await reopened.start();
    await reopened.flush();
    await until(later, 'sent');
    expect(server.state.stored.size).toBe(1);
    expect(await reopened.list()).toEqual([]);
    expect(events.concat(later).some((e) => (e.state as string) === 'expired')).toBe(false);
  });

  it('shows how many wait, since when and the last error', async () => {
    let now = 1_800_000_000_000;
    const server = fakeServer('503');
    const { outbox, events } = makeOutbox(server.fetch, {
      now: () => now,
      backoff: { baseMs: 60_000, jitter: 0 },
    });
    expect(outboxStatus(await outbox.list())).toEqual({ count: 0 });
    await outbox.enqueue(record);
    await until(events, 'waiting');
    now += 5000;
    server.state.mode = 'down';
    await outbox.enqueue({ ...record, fullName: 'Second person' });
    await until(events, 'waiting', 2);
    const status = outboxStatus(await outbox.list());
    expect(status).toEqual({ count: 2, since: 1_800_000_000_000, lastError: 'network', lastAttemptAt: now });
    expect((await outbox.list())[0]).toMatchObject({ lastError: 'http-503', status: 503 });
  });

  it('deletes a submission only when a person discards it, and says so', async () => {
    const server = fakeServer('down');
    const { outbox, events } = makeOutbox(server.fetch, { backoff: { baseMs: 60_000, jitter: 0 } });
    const { id } = await outbox.enqueue(record);
    await until(events, 'waiting');
    await outbox.discard(id);
    expect(events.at(-1)).toMatchObject({ id, state: 'discarded' });
    expect(await outbox.list()).toEqual([]);
    expect(await get(`${outbox.namespace}/${id}`, outboxDb)).toBeUndefined();
  });

  it('retries a request that hangs past timeoutMs', async () => {
    let calls = 0;
    const fetch = (_: RequestInfo | URL, init?: RequestInit) => {
      calls++;
      if (calls > 1) return Promise.resolve(new Response(null, { status: 204 }));
      return new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
      });
    };
    const { outbox, events } = makeOutbox(fetch, { timeoutMs: 50 });
    await outbox.enqueue(record);
    await until(events, 'sent');
    expect(calls).toBe(2);
  });

  it('needs a namespace and an endpoint', () => {
    expect(() => new Outbox({ namespace: '', endpoint: '/x' })).toThrow(TypeError);
    expect(() => new Outbox({ namespace: 'x', endpoint: '' })).toThrow(TypeError);
  });
});
