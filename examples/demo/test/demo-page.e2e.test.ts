// The demo page as a visitor's browser sees it: real Chromium, the strict CSP from the server, the script-tag bundle
// built from the current sources, and a registration typed into the form and sent to the server.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IntakeRecord } from '@homeward/core';
import { seedCaseload } from '@homeward/server';
import type { Browser, Locator, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCdn } from '../../../packages/widgets/scripts/build-cdn.js';
import { launchChromium, type PageProblems, watchPage } from '../../../scripts/chromium.js';
import { type RunningServer, startServer } from './start-server.js';

let bundleDir: string;
let running: RunningServer;
let browser: Browser;

beforeAll(async () => {
  bundleDir = await mkdtemp(join(tmpdir(), 'homeward-demo-bundle-'));
  await buildCdn({ outdir: bundleDir });
  // Public figures from a snapshot, as `pnpm start` serves them.
  running = await startServer({ bundleDir, published: true });
  await seedCaseload(running.store, { intake: 440, incident: 40 });
  await running.published!.snapshot();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await running?.close();
  await rm(bundleDir, { recursive: true, force: true });
});

/** The text an element shows, read from its shadow root. */
function shadowText(locator: Locator): Promise<string> {
  return locator.evaluate((el) => el.shadowRoot?.textContent ?? '');
}

function expectNoProblems(problems: PageProblems) {
  expect(problems.cspViolations, 'CSP violations').toEqual([]);
  expect(problems.pageErrors, 'uncaught errors').toEqual([]);
  expect(problems.consoleErrors, 'console errors').toEqual([]);
  expect(problems.failedRequests, 'failed requests').toEqual([]);
  // Nothing but the page's own origin: no fonts, scripts or analytics from anywhere else.
  expect(problems.requests.filter((url) => !url.startsWith(running.url))).toEqual([]);
}

async function openDemo(): Promise<{ page: Page; problems: PageProblems }> {
  const page = await browser.newPage();
  const problems = await watchPage(page);
  const response = await page.goto(`${running.url}/`);
  expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
  await page.waitForFunction(() =>
    ['hw-intake-form', 'hw-incident-form', 'hw-bar-chart', 'hw-time-series', 'hw-stat-card'].every(
      (tag) => customElements.get(tag) !== undefined,
    ),
  );
  return { page, problems };
}

// A real browser on a shared 2-core machine: generous limits, the figures are printed by vitest.
describe('examples/demo in Chromium', { timeout: 60_000 }, () => {
  it('loads under its strict CSP with no violation, no console error and only same-origin requests', async () => {
    const { page, problems } = await openDemo();
    // Every chart drew from the server's published, perturbed statistics (a data table is always there).
    for (const tag of ['hw-bar-chart', 'hw-time-series']) {
      const charts = page.locator(tag);
      const count = await charts.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++)
        await expect.poll(() => charts.nth(i).locator('svg').count()).toBeGreaterThan(0);
    }
    // The two figures that disagree are both shown, each with its source.
    const card = page.locator('hw-stat-card').first();
    await expect.poll(() => shadowText(card)).toContain('1,440');
    expect(await shadowText(card)).toContain('440');
    expect(await shadowText(card)).toContain('French-language news');
    expect(problems.requests.some((url) => url.includes('/api/public/stats/intake/count'))).toBe(true);
    await page.waitForLoadState('networkidle');
    expectNoProblems(problems);
    await page.close();
  });

  it('registers a person through the form: sent once, stored once, validated by the server', async () => {
    const before = await running.store.records.count({ kind: 'intake' });
    const { page, problems } = await openDemo();
    const form = page.locator('hw-intake-form');
    const field = (name: string) => form.locator(`[name="${name}"]`);
    const next = () => form.locator('[part~="continue-button"]').click();

    await field('consent.store.given').locator('input[value="yes"]').check();
    await next();
    await field('person.fullName').locator('input').fill('Dewi Lestari');
    await field('person.age').locator('input').fill('24');
    await field('person.citizenship').locator('select').selectOption('ID');
    await next();
    // The optional steps, then "Check your answers" and Send.
    const sent = form.locator('[part~="submission-sent"]');
    const title = () =>
      form
        .locator('.title')
        .textContent()
        .catch(() => null);
    for (let i = 0; i < 12 && (await sent.count()) === 0; i++) {
      // Every step so far was answered: the error summary stays empty (hidden).
      expect(
        await shadowText(form.locator('[part~="error-summary"]')).catch(() => ''),
        (await title()) ?? '',
      ).toBe('');
      const shown = await title();
      await next();
      await expect.poll(async () => (await sent.count()) > 0 || (await title()) !== shown).toBe(true);
    }
    await expect.poll(() => sent.count()).toBe(1);

    expect(await running.store.records.count({ kind: 'intake' })).toBe(before + 1);
    const mine = (
      await running.store.records.list<IntakeRecord>({ kind: 'intake' }, { limit: 500 })
    ).items.filter((s) => s.record.person.fullName === 'Dewi Lestari');
    expect(mine).toHaveLength(1);
    expect(mine[0]!.idempotencyKey).toBeTruthy();
    expect(mine[0]!.caseNumber).toMatch(/^IEPP-26-\d{5}-\d$/);
    expect(mine[0]!.record).toMatchObject({
      office: 'idn-embassy-phnom-penh',
      person: { fullName: 'Dewi Lestari', age: 24, citizenship: ['ID'] },
      consent: { store: { given: true } },
    });

    // A reload sends nothing again: the outbox delivered it exactly once.
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(await running.store.records.count({ kind: 'intake' })).toBe(before + 1);
    expectNoProblems(problems);
    await page.close();
  });
});
