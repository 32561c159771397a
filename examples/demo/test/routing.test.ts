import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../src/security-headers.js';
import { type RunningServer, startServer } from './start-server.js';

let running: RunningServer;
beforeAll(async () => {
  running = await startServer();
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
  const res = await fetch(`${running.url}/`);
  expect(res.status).toBe(200);
  expect(running.errors).toEqual([]);
}

describe('the demo site', () => {
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
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // every script has a src
    expect(html).not.toMatch(/<style\b/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/\son[a-z]+=/); // no event handler attributes
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('answers HEAD with headers only', async () => {
    const res = await fetch(`${running.url}/styles.css`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await res.text()).toBe('');
  });

  it('answers 404 for a missing file and an unknown API path', async () => {
    expect((await fetch(`${running.url}/nope.html`)).status).toBe(404);
    const api = await fetch(`${running.url}/api/nope`);
    expect(api.status).toBe(404);
    expect((await api.json()).issues[0].code).toBe('not_found');
    await expectStillServing();
  });

  it('answers 405 for a POST to a page', async () => {
    const res = await fetch(`${running.url}/`, { method: 'POST', body: 'x' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    await expectStillServing();
  });

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/%2e%2e%2fpackage.json',
    '/..%5cpackage.json',
    '/%00index.html',
    '/%E0%A4%A',
  ])('never serves a file outside the site: %s', async (path) => {
    const answer = await raw(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 404 /);
    expect(answer).not.toContain('@homeward/example-demo');
    await expectStillServing();
  });

  it('keeps running after garbage instead of HTTP and after a client that hangs up mid-body', async () => {
    const answer = await raw('NOT HTTP AT ALL\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400/);

    const { port } = new URL(running.url);
    await new Promise<void>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(
          'POST /api/intake HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"id":',
        );
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 50);
      });
    });
    await expectStillServing();
  });

  it('answers 500 to a request whose handler fails unexpectedly, reports it, and keeps serving', async () => {
    // A store that breaks on reading: the stats endpoint's handler throws.
    const broken = await startServer();
    try {
      broken.store.records = () => {
        throw new Error('disk on fire');
      };
      const res = await fetch(`${broken.url}/api/stats/intake/count?by=person.sex`);
      expect(res.status).toBe(500);
      const body = await res.json();
      expect(body.issues[0].code).toBe('internal_error');
      expect(JSON.stringify(body)).not.toContain('disk on fire'); // no internals leak to the client
      expect(broken.errors).toHaveLength(1);
      expect((await fetch(`${broken.url}/`)).status).toBe(200);
    } finally {
      await broken.close();
    }
  });
});
