// The script-tag bundle as a site without build tools uses it: one <script type="module"> under a strict CSP.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPage } from '../../../scripts/chromium.js';
import { en as uiEn } from '../src/shared/localize/ui/en.js';
import { fr as uiFr } from '../src/shared/localize/ui/fr.js';
import { buildCdn, bundleEntries, type CdnBuild, defineEntries } from './build-cdn.js';
import { registeredTag } from './define-tags.js';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";

let outdir: string;
let built: CdnBuild;
let entryCode: string;
let server: Server;
let origin: string;
let browser: Browser;
const pages = new Map<string, string>();

async function registeredTags(): Promise<string[]> {
  const sources = await Promise.all((await defineEntries()).map((file) => readFile(file, 'utf8')));
  return sources.map((source) => registeredTag(source)!);
}

beforeAll(async () => {
  outdir = await mkdtemp(join(tmpdir(), 'homeward-cdn-'));
  built = await buildCdn({ outdir });
  entryCode = await readFile(built.entry, 'utf8');
  server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    if (pathname === '/favicon.ico') return res.writeHead(204).end();
    const page = pages.get(pathname);
    if (page !== undefined) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CSP });
      return res.end(page);
    }
    try {
      const file = join(outdir, normalize(pathname.replace(/^\/cdn\//, '/')));
      const body = await readFile(file);
      const type = extname(file) === '.js' ? 'text/javascript' : 'application/json';
      res.writeHead(200, { 'Content-Type': type, 'Content-Security-Policy': CSP });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await rm(outdir, { recursive: true, force: true });
});

describe('dist/cdn/homeward.js', () => {
  it('is one self-contained file: it imports nothing up front, only its lazy chunks', () => {
    expect(entryCode).not.toMatch(/(^|[;}\s])import\s*(?:[\w*{][^;(]*?from\s*)?["']/m);
    const dynamic = [...entryCode.matchAll(/import\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1]);
    expect(dynamic.length).toBeGreaterThan(0);
    for (const path of dynamic) expect(built.chunks).toContain(path!.replace(/^\.\//, ''));
  });

  it('carries English inline and every other locale as a chunk of its own', async () => {
    expect(entryCode).toContain(JSON.stringify(uiEn.errorSummaryTitle));
    const chunkFiles = await readdir(join(outdir, 'chunks'));
    for (const locale of ['fr', 'id', 'zh-Hans', 'km']) {
      expect(
        chunkFiles.some((f) => f.startsWith(`ui-${locale}-`)),
        `ui strings for ${locale}`,
      ).toBe(true);
    }
    // A French-only string is in its chunk, not in the entry.
    const frChunk = chunkFiles.find((f) => f.startsWith('ui-fr-'))!;
    expect(await readFile(join(outdir, 'chunks', frChunk), 'utf8')).toContain(uiFr.errorSummaryTitle);
    expect(entryCode).not.toContain(uiFr.errorSummaryTitle);
  });

  it('leaves the staff elements to homeward-staff.js: a public form does not download the desk', async () => {
    const { staff } = await bundleEntries();
    expect(staff.length).toBeGreaterThan(0);
    const staffCode = await readFile(built.staffEntry, 'utf8');
    for (const file of staff) {
      const tag = registeredTag(await readFile(file, 'utf8'))!;
      expect(entryCode, tag).not.toContain(JSON.stringify(tag));
      expect(staffCode, tag).toContain(JSON.stringify(tag));
    }
    expect(entryCode).toContain('"hw-intake-form"');
  });

  it('registers every hw- element (both script tags) under a strict CSP, with no error, and fetches no chunk for English', async () => {
    const tags = await registeredTags();
    pages.set(
      '/english.html',
      `<!doctype html><html lang="en"><head><title>t</title><script type="module" src="/cdn/homeward.js"></script>
       <script type="module" src="/cdn/homeward-staff.js"></script></head>
       <body><main><hw-text-field name="fullName" label="Full name" mark-optional></hw-text-field></main></body></html>`,
    );
    const page = await browser.newPage();
    const problems = await watchPage(page);
    await page.goto(`${origin}/english.html`);
    const defined = await page.evaluate(
      (names) => Promise.all(names.map((n) => customElements.whenDefined(n).then(() => n))),
      tags,
    );
    expect(defined).toEqual(tags);
    await expect.poll(() => page.locator('hw-text-field .optional').textContent()).toBe(uiEn.optional);
    expect(problems.requests.filter((url) => url.includes('/chunks/'))).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await page.close();
  });

  it('fetches a locale only when the page shows it', async () => {
    pages.set(
      '/french.html',
      `<!doctype html><html lang="fr"><head><title>t</title><script type="module" src="/cdn/homeward.js"></script></head>
       <body><main><hw-text-field name="fullName" label="Nom complet" mark-optional></hw-text-field></main></body></html>`,
    );
    const page = await browser.newPage();
    const problems = await watchPage(page);
    await page.goto(`${origin}/french.html`);
    await expect.poll(() => page.locator('hw-text-field .optional').textContent()).toBe(uiFr.optional);
    // The field's UI strings and core's validation messages (its "required" error), both French, nothing else.
    const chunks = problems.requests
      .filter((url) => url.includes('/chunks/'))
      .map((url) => url.split('/chunks/')[1]);
    expect(chunks).toContainEqual(expect.stringMatching(/^ui-fr-[0-9a-f]{8}\.js$/));
    expect(chunks.length).toBeLessThanOrEqual(2);
    for (const chunk of chunks) expect(chunk).toMatch(/(^|-)fr-[0-9a-f]{8}\.js$/);
    expect([...problems.cspViolations, ...problems.consoleErrors, ...problems.pageErrors]).toEqual([]);
    await page.close();
  });

  it('does not throw when a page loads two copies', async () => {
    pages.set(
      '/twice.html',
      `<!doctype html><html lang="en"><head><title>t</title>
       <script type="module" src="/cdn/homeward.js"></script>
       <script type="module" src="/cdn/homeward.js?second-copy"></script></head>
       <body><main><hw-text-field name="a" label="A"></hw-text-field></main></body></html>`,
    );
    const page = await browser.newPage();
    const problems = await watchPage(page);
    await page.goto(`${origin}/twice.html`);
    await page.waitForLoadState('networkidle');
    expect(problems.requests.filter((url) => url.includes('homeward.js'))).toHaveLength(2);
    expect(await page.evaluate(() => customElements.get('hw-text-field') !== undefined)).toBe(true);
    expect([...problems.cspViolations, ...problems.consoleErrors, ...problems.pageErrors]).toEqual([]);
    await page.close();
  });
});
