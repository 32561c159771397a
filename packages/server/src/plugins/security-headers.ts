import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * The strict Content-Security-Policy the demo page has always run under: everything from this origin only, no inline
 * script or style, no eval. Charts export PNG by drawing their SVG through an image: data/blob URLs of our own making.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "worker-src 'self'",
  "manifest-src 'self'",
].join(';');

/**
 * Every answer's security headers, worked out once: the same set helmet sent (CSP above, COOP and CORP same-origin,
 * no referrer, nosniff, frame and cross-domain policies, HSTS when cookies are Secure), written by one hook with a
 * fixed object instead of a chain of middlewares per request. API answers are also not cached unless the route says
 * otherwise (a route's own cache-control, set later, replaces it).
 */
export function securityHeaderSet(options: { hsts: boolean }): Record<string, string> {
  return {
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'origin-agent-cluster': '?1',
    'referrer-policy': 'no-referrer',
    ...(options.hsts ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
    'x-content-type-options': 'nosniff',
    'x-dns-prefetch-control': 'off',
    'x-download-options': 'noopen',
    'x-frame-options': 'SAMEORIGIN',
    'x-permitted-cross-domain-policies': 'none',
    'x-xss-protection': '0',
    'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  };
}

export const securityHeaders = fp(
  async (app: FastifyInstance, options: { hsts: boolean }) => {
    const site = Object.freeze(securityHeaderSet(options));
    const api = Object.freeze({ ...site, 'cache-control': 'no-store' });
    app.addHook('onRequest', (request, reply, done) => {
      reply.headers(request.url.startsWith('/api/') ? api : site);
      done();
    });
  },
  { name: 'homeward-security-headers' },
);
