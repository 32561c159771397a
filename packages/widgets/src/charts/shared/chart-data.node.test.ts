import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChartDataController, LOADING } from './chart-data.js';

/** A host as Lit's elements are one, without a DOM: it counts the updates it is asked for. */
function fakeHost() {
  const host = {
    updates: 0,
    controllers: [] as ChartDataController[],
    addController(controller: ChartDataController) {
      host.controllers.push(controller);
    },
    removeController() {},
    requestUpdate() {
      host.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
  return host;
}

let server: Server;
let base = '';
const requests: string[] = [];
/** Paths held open until released, to test what happens while a fetch is in flight. */
const held = new Map<string, () => void>();

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '';
    requests.push(path);
    const answer = () => {
      if (path.startsWith('/missing')) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ path }));
    };
    if (path.startsWith('/slow')) held.set(path, answer);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

// Generous: the first import of core's counting is transformed on demand, which takes seconds on a cold run.
const arrival = async (host: ReturnType<typeof fakeHost>, before: number) => {
  await expect.poll(() => host.updates, { timeout: 20_000 }).toBeGreaterThan(before);
};

describe('ChartDataController (no DOM)', () => {
  it('fetches src, says LOADING until it arrives, then gives the parsed value and asks the host to update', async () => {
    const host = fakeHost();
    const data = new ChartDataController(host);
    expect(data.fromSource()).toEqual({ code: 'missing' });
    data.setSource(`${base}/table`);
    expect(data.fromSource()).toBe(LOADING);
    const revision = data.revision;
    await arrival(host, 0);
    expect(data.fromSource()).toEqual({ path: '/table' });
    expect(data.revision).toBeGreaterThan(revision);
  });

  it('turns an HTTP error into a problem to show, never a throw', async () => {
    const host = fakeHost();
    const data = new ChartDataController(host);
    data.setSource(`${base}/missing`);
    await arrival(host, 0);
    expect(data.fromSource()).toMatchObject({ code: 'fetch', status: 'HTTP 404' });
  });

  it('drops the answer of a URL replaced while it loads', async () => {
    const host = fakeHost();
    const data = new ChartDataController(host);
    data.setSource(`${base}/slow-old`);
    data.setSource(`${base}/table-new`);
    await arrival(host, 0);
    held.get('/slow-old')?.();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(data.fromSource()).toEqual({ path: '/table-new' });
  });

  it('aborts when the host leaves the page and fetches again when it comes back', async () => {
    const host = fakeHost();
    const data = new ChartDataController(host);
    data.setSource(`${base}/slow-away`);
    await expect.poll(() => held.has('/slow-away')).toBe(true);
    data.hostDisconnected();
    held.get('/slow-away')?.();
    const seen = requests.filter((path) => path === '/slow-away').length;
    data.hostConnected();
    expect(data.fromSource()).toBe(LOADING);
    await expect.poll(() => requests.filter((path) => path === '/slow-away').length).toBe(seen + 1);
    held.get('/slow-away')?.();
    await arrival(host, 0);
    expect(data.fromSource()).toEqual({ path: '/slow-away' });
  });

  it('counts records with core once it has loaded, and names records that are not a list or cannot be counted', {
    timeout: 30_000,
  }, async () => {
    const host = fakeHost();
    const data = new ChartDataController(host);
    const counter = (records: readonly unknown[]) => records.length;
    expect(data.count({ not: 'a list' }, counter)).toEqual({ code: 'records' });
    const first = data.count([1, 2, 3], counter);
    if (first === LOADING) await arrival(host, 0);
    expect(data.count([1, 2, 3], counter)).toBe(3);
    expect(
      data.count([1], () => {
        throw new Error('bad record');
      }),
    ).toEqual({ code: 'records' });
  });
});
