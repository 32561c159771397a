import { connect } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '@homeward/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './start-server.js';

let running: RunningServer;
beforeAll(async () => {
  running = await startServer({ config: { requestTimeoutMs: 1500, connectionTimeoutMs: 3000 } });
});
afterAll(async () => {
  await running.close();
});

/** Sends raw bytes (what fetch would normalise away) and returns the raw answer. */
function raw(request: string): Promise<string> {
  const { port } = new URL(running.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    let answer = '';
    socket.on('data', (d) => {
      answer += d.toString();
    });
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
    socket.write(request);
  });
}

async function expectStillServing() {
  expect((await fetch(`${running.url}/`)).status).toBe(200);
}

describe('the demo site on @homeward/server', () => {
  it('serves the page with the strict CSP and no unsafe sources', async () => {
    const res = await fetch(`${running.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = res.headers.get('content-security-policy');
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('has no inline scripts, inline styles or third-party URLs in its HTML', async () => {
    const html = await (await fetch(`${running.url}/`)).text();
    expect(html).toMatch(/<script type="module" src="[^"]*homeward\.js"><\/script>/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style\b/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/\son[a-z]+=/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('answers 404 for a missing file and an unknown API path', async () => {
    expect((await fetch(`${running.url}/nope.html`)).status).toBe(404);
    const api = await fetch(`${running.url}/api/nope`);
    expect(api.status).toBe(404);
    expect((await api.json()).issues[0].code).toBe('not_found');
  });

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/%2e%2e%2fpackage.json',
    '/..%5cpackage.json',
    '/%00index.html',
  ])('never serves a file outside the site: %s', async (path) => {
    const answer = await raw(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 (400|403|404) /);
    expect(answer).not.toContain('@homeward/example-demo');
    await expectStillServing();
  });

  it('keeps running after garbage instead of HTTP', async () => {
    expect(await raw('NOT HTTP AT ALL\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    await expectStillServing();
  });

  it('old bug: a slow client is timed out instead of holding its connection forever', async () => {
    const { port } = new URL(running.url);
    const started = Date.now();
    const answer = await new Promise<string>((resolve) => {
      let text = '';
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(
          'POST /api/intake HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"id":',
        );
      });
      socket.on('data', (d) => {
        text += d.toString();
      });
      socket.on('close', () => resolve(text));
    });
    const waited = Date.now() - started;
    expect(waited).toBeLessThan(10_000);
    expect(answer === '' || /^HTTP\/1\.1 408/.test(answer)).toBe(true);
    await expectStillServing();
  });
});
