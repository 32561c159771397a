// Self-registration in the queue, in real Chromium under the site's strict CSP: the printable poster draws the QR code
// of the site's own registration page (in the five languages), and that page, the form alone, works on a 320 px phone.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCdn } from '../../../packages/widgets/scripts/build-cdn.js';
import { buildOffline } from '../../../packages/widgets/scripts/build-offline.js';
import { qrPath } from '../../../packages/widgets/src/form-flow/qr-matrix.js';
import { launchChromium, watchPage } from '../../../scripts/chromium.js';
import { PUBLIC_DIR, type StaticSite, startStaticSite } from './offline-static-site.js';

let bundleDir: string;
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  bundleDir = await mkdtemp(join(tmpdir(), 'homeward-poster-bundle-'));
  await buildCdn({ outdir: bundleDir });
  await buildOffline({ publicDir: PUBLIC_DIR, bundleDir });
  site = await startStaticSite(bundleDir);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await rm(bundleDir, { recursive: true, force: true });
});

describe('the queue poster and the registration page', { timeout: 90_000 }, () => {
  it('draws the QR code of this site’s registration page, says what to do in five languages, and prints', async () => {
    const page = await browser.newPage();
    const problems = await watchPage(page);
    await page.goto(`${site.url}/poster.html`);
    const target = `${site.url}/register.html`;
    await expect.poll(() => page.locator('#poster-qr').getAttribute('data-url')).toBe(target);
    // The very code of that address (the same encoder as the form's case number code).
    expect(await page.locator('#poster-qr svg path').getAttribute('d')).toBe(qrPath(target).d);
    expect(await page.locator('#poster-qr').getAttribute('role')).toBe('img');
    expect(await page.locator('#poster-link').getAttribute('href')).toBe(target);
    const langs = await page
      .locator('.languages > li')
      .evaluateAll((items) => items.map((li) => (li as HTMLElement).lang));
    expect(langs).toEqual(['en', 'fr', 'id', 'zh-Hans', 'km']);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#poster-print').isVisible()).toBe(false);
    expect([...problems.cspViolations, ...problems.consoleErrors, ...problems.pageErrors]).toEqual([]);
    await page.close();
  });

  it('opens the form alone on a 320 px phone, without sideways scrolling or errors', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const problems = await watchPage(page);
    await page.goto(`${site.url}/register.html`);
    const form = page.locator('hw-intake-form');
    await expect.poll(() => form.locator('[name="consent.store.given"]').count()).toBe(1);
    expect(await page.locator('hw-bar-chart, hw-time-series, hw-incident-form').count()).toBe(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect([...problems.cspViolations, ...problems.consoleErrors, ...problems.pageErrors]).toEqual([]);
    await context.close();
  });
});
