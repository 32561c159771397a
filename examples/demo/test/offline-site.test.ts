// The demo site offline, in real Chromium: one visit installs the generated Workbox service worker; offline, the page
// reloads from it and a registration is queued in the encrypted outbox; back online it is delivered once. A new version
// of the site is announced without touching the open form. A device without a Khmer font is told so and offered the
// site's own font files.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCdn } from '../../../packages/widgets/scripts/build-cdn.js';
import { buildOffline } from '../../../packages/widgets/scripts/build-offline.js';
import { launchChromium, watchPage } from '../../../scripts/chromium.js';
import { PUBLIC_DIR, type StaticSite, startStaticSite } from './offline-static-site.js';

let bundleDir: string;
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  bundleDir = await mkdtemp(join(tmpdir(), 'homeward-offline-bundle-'));
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

async function firstVisit(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.url}/`);
  // Installed and active: everything precached.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  return { context, page };
}

const field = (form: Locator, name: string) => form.locator(`[name="${name}"]`);

/** Answers the required questions and sends, as in the demo page's own test. */
async function fillAndSend(page: Page, fullName: string): Promise<void> {
  const form = page.locator('hw-intake-form');
  const next = () => form.locator('[part~="continue-button"]').click();
  await field(form, 'consent.store.given').locator('input[value="yes"]').check();
  await next();
  await field(form, 'person.fullName').locator('input').fill(fullName);
  await field(form, 'person.age').locator('input').fill('24');
  await field(form, 'person.citizenship').locator('select').selectOption('ID');
  await next();
  const panel = form.locator('[part~="submission"]');
  for (let i = 0; i < 14 && (await panel.count()) === 0; i++) {
    const title = await form.locator('.title').textContent();
    await next();
    await expect
      .poll(async () => (await panel.count()) > 0 || (await form.locator('.title').textContent()) !== title)
      .toBe(true);
  }
}

describe('the demo site offline (Chromium, generated service worker)', { timeout: 90_000 }, () => {
  it('reloads offline after one visit, queues a registration, and delivers it once back online', async () => {
    const { context, page } = await firstVisit();
    const problems = await watchPage(page);
    await context.setOffline(true);
    await page.reload();
    await page.waitForFunction(() => customElements.get('hw-intake-form') !== undefined);
    // Served by the service worker: the page works without a network.
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    const before = site.posts;
    await fillAndSend(page, 'Offline Person');
    const form = page.locator('hw-intake-form');
    await expect
      .poll(() => form.locator('[part~="submission"]').getAttribute('data-state'))
      .toMatch(/queued|waiting/);
    expect(site.posts).toBe(before);

    await context.setOffline(false);
    await expect.poll(() => site.stored.size, { timeout: 20_000 }).toBe(1);
    await expect.poll(() => form.locator('[part~="submission"]').getAttribute('data-state')).toBe('sent');
    const [stored] = [...site.stored.values()] as { person: { fullName: string } }[];
    expect(stored?.person.fullName).toBe('Offline Person');

    // Reloading sends nothing again.
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(site.stored.size).toBe(1);
    expect(problems.cspViolations).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.requests.filter((url) => !url.startsWith(site.url))).toEqual([]);
    await context.close();
  });

  it('announces a new version of the site without touching the open form (it waits for the next visit)', async () => {
    const { context, page } = await firstVisit();
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const form = page.locator('hw-intake-form');
    await field(form, 'consent.store.given').locator('input[value="yes"]').check();
    await form.locator('[part~="continue-button"]').click();
    await field(form, 'person.fullName').locator('input').fill('Half Way');

    // A new deployment: the service worker's precache list changes.
    const sw = await readFile(join(PUBLIC_DIR, 'sw.js'), 'utf8');
    site.override.set('sw.js', `${sw}\n// version 2\n`);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const notice = page.locator('#site-update-notice');
    await expect.poll(() => notice.count(), { timeout: 20_000 }).toBe(1);
    expect(await notice.getAttribute('role')).toBe('status');
    // Still the same step and the same answer: nothing reloaded under the person.
    expect(await field(form, 'person.fullName').locator('input').inputValue()).toBe('Half Way');
    site.override.delete('sw.js');
    await context.close();
  });

  it('says when the device cannot show Khmer and offers the site’s own font', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = await watchPage(page);
    await page.goto(`${site.url}/`);
    await page.waitForFunction(() => customElements.get('hw-intake-form') !== undefined);
    await page.locator('hw-intake-form').locator('select').first().selectOption('km');
    const notice = page.locator('#site-font-notice');
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.textContent()).toContain('This device cannot show Khmer script.');
    expect(await notice.textContent()).toContain('ឧបករណ៍នេះមិនអាចបង្ហាញអក្សរខ្មែរបានទេ');

    // Blocked font: the offer stays, and says it could not load.
    site.blocked.add('fonts/noto-sans-khmer-khmer-400-normal.woff2');
    await notice.locator('button').click();
    await expect.poll(() => notice.textContent()).toContain('could not be loaded');

    site.blocked.clear();
    await notice.locator('button').click();
    await expect.poll(() => notice.count()).toBe(0);
    expect(
      problems.requests.some((url) => url.endsWith('/fonts/noto-sans-khmer-khmer-400-normal.woff2')),
    ).toBe(true);
    expect(problems.requests.filter((url) => !url.startsWith(site.url))).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await context.close();
  });
});
