import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await harness();
});
afterAll(async () => {
  await h.close();
});

describe('a known path asked with the wrong method, and an unknown path', () => {
  it.each([
    ['DELETE', '/api/intake', ['OPTIONS', 'POST']],
    ['GET', '/api/intake', ['POST']],
    ['PATCH', '/api/cases/0b7e3c1a-5d2f-4e6b-8a9c-1d2e3f4a5b6c', ['GET', 'HEAD', 'PUT']],
    ['POST', '/api/health', ['GET', 'HEAD']],
    ['PUT', '/api/session', ['DELETE', 'GET', 'HEAD', 'POST']],
  ])('%s %s answers 405 with Allow and a reason', async (method, url, mustAllow) => {
    const res = await h.app.inject({ method: method as 'GET', url: `${url}?x=1` });
    expect(res.statusCode).toBe(405);
    const allow = String(res.headers.allow).split(', ');
    for (const m of mustAllow.filter((m) => m !== 'OPTIONS')) expect(allow).toContain(m);
    expect(allow).not.toContain(method);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const [reason] = res.json().issues;
    expect(reason.code).toBe('method_not_allowed');
    expect(reason.message).toContain(url);
    expect(reason.message).toContain(method);
  });

  it('does not take an unknown path for a known one', async () => {
    for (const [method, url] of [
      ['GET', '/api/nothing-here'],
      ['POST', '/api/intake/extra'],
      ['DELETE', '/api/cases/x/y/z'],
      ['GET', '/nothing'],
    ] as const) {
      const res = await h.app.inject({ method, url });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.headers.allow).toBeUndefined();
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.json()).toEqual({
        issues: [{ path: [], code: 'not_found', message: `No endpoint ${method} ${url}.` }],
      });
    }
  });

  it('still serves the right method on the same path', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });
});
