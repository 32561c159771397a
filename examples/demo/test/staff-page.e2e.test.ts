// The site's staff dashboard as a staff member's browser sees it: real Chromium, the server's strict CSP, the
// script-tag bundle built from the current sources, a seeded caseload; sign in, then every chart and card fills
// from the server's staff statistics and queues.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureLocalAdmin, seedCaseload } from '@homeward/server';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCdn } from '../../../packages/widgets/scripts/build-cdn.js';
import { launchChromium, watchPage } from '../../../scripts/chromium.js';
import { type RunningServer, startServer } from './start-server.js';

let bundleDir: string;
let running: RunningServer;
let browser: Browser;
let admin: { email: string; password: string };

beforeAll(async () => {
  bundleDir = await mkdtemp(join(tmpdir(), 'homeward-staff-bundle-'));
  await buildCdn({ outdir: bundleDir });
  running = await startServer({ bundleDir, config: { statsCacheSeconds: 0 } });
  await seedCaseload(running.store, { intake: 200, incident: 0 });
  admin = (await ensureLocalAdmin(running.store, 'admin@staff.test'))!;
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await running?.close();
  await rm(bundleDir, { recursive: true, force: true });
});

describe('examples/demo staff dashboard in Chromium', { timeout: 90_000 }, () => {
  it('shows nothing before sign-in, then the charts and queues from the server, under the strict CSP', async () => {
    const page = await browser.newPage();
    const problems = await watchPage(page);
    const response = await page.goto(`${running.url}/staff.html`);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    await expect.poll(() => page.locator('#dashboard').isHidden()).toBe(true);

    const signIn = page.locator('hw-sign-in');
    await signIn.locator('hw-text-field input').fill(admin.email);
    await signIn.locator('input[type=password]').fill(admin.password);
    await signIn.locator('input[type=password]').press('Enter');
    await expect.poll(() => page.locator('#dashboard').isVisible(), { timeout: 30_000 }).toBe(true);

    // Cases by status and per month: drawn from the live, suppressed staff tables.
    for (const chart of ['#by-status', '#per-month']) {
      await expect
        .poll(() => page.locator(`${chart} svg`).count(), { timeout: 30_000 })
        .toBeGreaterThan(0)
        .catch(async () => {
          const shown = await page.locator(chart).evaluate((el) => el.shadowRoot?.textContent ?? '');
          throw new Error(`${chart} not drawn: ${shown.replace(/\s+/g, ' ')}`);
        });
    }
    const byStatus = await page.locator('#by-status').evaluate((el) => el.shadowRoot?.textContent ?? '');
    expect(byStatus).toContain('Registered');
    // The queues: a figure each (the seeded caseload has cases needing assessment).
    for (const card of ['#waiting', '#duplicates'])
      await expect.poll(() => page.locator(`${card} .value`).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    // The staff page's total transfer once everything is drawn (document, bundle, chunks, API answers), printed.
    const transfer = await page.evaluate(() =>
      [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].reduce(
        (sum, entry) => sum + (entry as PerformanceResourceTiming).transferSize,
        0,
      ),
    );
    console.log(`staff page: ${(transfer / 1024).toFixed(1)} KB transferred after sign-in`);
    expect(problems.cspViolations).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.requests.filter((url) => !url.startsWith(running.url))).toEqual([]);
    await page.close();
  });
});
