/** Slow clients are cut off: a slowloris that trickles its headers loses its socket near the request timeout. */
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createLogger } from '../../src/logging.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';

let app: FastifyInstance;
let store: Store;
let dir: string;
let port: number;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hw-slow-'));
  store = await openStore({ dataDir: dir });
  const quiet = new Writable({ write: (_c, _e, done) => done() });
  app = await buildApp({
    store,
    logger: createLogger({ level: 'info' }, quiet),
    config: {
      secureCookies: false,
      duplicateWorkerIntervalMs: 0,
      requestTimeoutMs: 600,
      keepAliveTimeoutMs: 400,
    },
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});
afterAll(async () => {
  await app.close();
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

/** Opens a socket, runs `talk` on it, resolves with ms until the server closed it and what it said. */
function until(talk: (send: (s: string) => void) => () => void): Promise<{ ms: number; said: string }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    let said = '';
    let stop = () => undefined as void;
    socket.on('connect', () => {
      stop = talk((s) => socket.write(s));
    });
    socket.on('data', (d) => {
      said += d.toString();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      stop();
      resolve({ ms: Date.now() - started, said });
    });
    setTimeout(() => reject(new Error('the server never closed the slow socket')), 8000);
  });
}

describe('slow clients', () => {
  it('cuts off a client that trickles header lines (slowloris) soon after the request timeout', async () => {
    const { ms, said } = await until((send) => {
      send('POST /api/intake HTTP/1.1\r\nHost: localhost\r\n');
      let n = 0;
      const timer = setInterval(() => send(`X-Slow-${n++}: a\r\n`), 100);
      return () => clearInterval(timer);
    });
    expect(ms).toBeGreaterThanOrEqual(500);
    expect(ms).toBeLessThan(3000);
    // Node answers 408 when it can, or just closes: either way the socket is gone.
    if (said) expect(said).toMatch(/^HTTP\/1\.1 408/);
  });

  it('cuts off a client that sends its body a byte at a time', async () => {
    const { ms } = await until((send) => {
      send(
        'POST /api/intake HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n',
      );
      const timer = setInterval(() => send(' '), 100);
      return () => clearInterval(timer);
    });
    expect(ms).toBeLessThan(3000);
  });

  it('closes an idle kept-alive socket after the keep-alive timeout', async () => {
    const { ms, said } = await until((send) => {
      send('GET /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n');
      return () => undefined;
    });
    expect(said).toMatch(/^HTTP\/1\.1 200/);
    expect(ms).toBeLessThan(3000);
  });
});
