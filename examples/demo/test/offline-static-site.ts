// Until the new server's start-server.ts lands with a static site, the offline tests serve examples/demo/public
// themselves: the page under the site's strict CSP, the script-tag bundle at vendor/homeward/, and an intake endpoint
// that stores once per Idempotency-Key (as the real server does). Only what the offline tests need.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

export const PUBLIC_DIR = join(import.meta.dirname, '..', 'public');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const CSP =
  "default-src 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'; form-action 'self'";

export interface StaticSite {
  url: string;
  /** Bodies accepted, by Idempotency-Key. */
  stored: Map<string, unknown>;
  /** POSTs received (including repeats). */
  posts: number;
  /** Changes what a file serves (a new version of the site). */
  override: Map<string, string>;
  /** Files whose requests are refused with 404 (a blocked font). */
  blocked: Set<string>;
  close(): Promise<void>;
}

export async function startStaticSite(bundleDir: string) {
  const site: StaticSite = {
    url: '',
    stored: new Map(),
    posts: 0,
    override: new Map(),
    blocked: new Set(),
    close: async () => {},
  };
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (req.method === 'POST' && path === '/api/intake') {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      site.posts++;
      const key = String(req.headers['idempotency-key'] ?? crypto.randomUUID());
      const repeat = site.stored.has(key);
      if (!repeat) site.stored.set(key, JSON.parse(Buffer.concat(chunks).toString('utf8')));
      res.writeHead(repeat ? 200 : 201, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: key, caseNumber: 'PNH-26-00042-7' }));
      return;
    }
    const rel = path === '/' ? 'index.html' : normalize(path).replace(/^\/+/, '');
    if (rel.startsWith('..') || site.blocked.has(rel)) {
      res.writeHead(404).end();
      return;
    }
    const file = rel.startsWith('vendor/homeward/')
      ? join(bundleDir, rel.slice('vendor/homeward/'.length))
      : join(PUBLIC_DIR, rel);
    try {
      const body = site.override.get(rel) ?? (await readFile(file));
      res.writeHead(200, {
        'Content-Type': TYPES[extname(rel)] ?? 'application/octet-stream',
        'Content-Security-Policy': CSP,
        'Cache-Control': 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  site.close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return site;
}
