/** The security headers are one fixed set on every answer: API answers, refusals and errors alike. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, securityHeaderSet } from '../../src/plugins/security-headers.js';
import { type Harness, harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await harness();
});
afterAll(async () => {
  await h.close();
});

const EXPECTED = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

describe('security headers', () => {
  it.each([
    ['GET', '/api/health', 200],
    ['GET', '/api/cases', 401],
    ['GET', '/api/nothing-here', 404],
    ['POST', '/api/intake', 400],
  ] as const)('%s %s (%i) carries the whole set and no-store', async (method, url, status) => {
    const res = await h.app.inject({
      method,
      url,
      ...(method === 'POST' ? { headers: { 'content-type': 'application/json' }, payload: '{}' } : {}),
    });
    expect(res.statusCode).toBe(status);
    for (const [name, value] of Object.entries(EXPECTED)) expect(res.headers[name], name).toBe(value);
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('adds HSTS when cookies are Secure (served beyond localhost)', () => {
    expect(securityHeaderSet({ hsts: true })['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
  });
});
