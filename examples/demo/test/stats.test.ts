/**
 * The demo page's data contract: every chart and stat card on public/index.html that loads figures (a `src`) gets a
 * published table from the server as `pnpm start` runs it (records seeded, public statistics from a snapshot,
 * perturbed), never a 404 "not_published". The addresses are read from the page itself, so a chart added to or
 * changed on the page is checked without editing this test.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { seedCaseload } from '@homeward/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_DIR, type RunningServer, startServer } from './start-server.js';

/** Each element of the page with a `src`: its tag, its heading or label, and the address it fetches. */
async function pageSources(): Promise<{ tag: string; name: string; src: string }[]> {
  const html = await readFile(join(PUBLIC_DIR, 'index.html'), 'utf8');
  const attr = (tag: string, name: string) =>
    new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1]?.replaceAll('&amp;', '&');
  return [...html.matchAll(/<(hw-[a-z-]+)\b[^>]*>/g)]
    .map((m) => ({
      tag: m[1]!,
      name: attr(m[0], 'heading') ?? attr(m[0], 'label') ?? '',
      src: attr(m[0], 'src'),
    }))
    .filter((e): e is { tag: string; name: string; src: string } => e.src !== undefined);
}

let running: RunningServer;
beforeAll(async () => {
  running = await startServer({ published: true });
  await seedCaseload(running.store, { intake: 440, incident: 40 });
  await running.published!.snapshot();
}, 120_000);
afterAll(async () => {
  await running.close();
});

async function get(path: string) {
  const res = await fetch(`${running.url}${path}`);
  return { status: res.status, body: await res.json() };
}

describe('the figures the demo page draws, from published snapshots', () => {
  it('the page has charts and cards that load figures, all from the public statistics', async () => {
    const sources = await pageSources();
    expect(sources.length).toBeGreaterThanOrEqual(6);
    for (const { src } of sources) expect(src).toMatch(/^\/api\/public\/stats\//);
  });

  it('every chart and card gets a published, perturbed table (200, nowhere not_published)', async () => {
    for (const { tag, name, src } of await pageSources()) {
      const { status, body } = await get(src);
      const what = `${tag} "${name}" (${src})`;
      expect(status, `${what}: ${JSON.stringify(body).slice(0, 200)}`).toBe(200);
      expect(JSON.stringify(body), what).not.toMatch(/not_published|fullName|caseNumber/);
      expect(body.perturbation?.method, what).toBe('cell-key');
      expect(body.source?.date, what).toBe(running.published!.snapshotDate);
      expect(body.cells.length, what).toBeGreaterThan(0);
      // Figures the seeded caseload holds: something is shown, and no count from 1 to 10.
      expect(
        body.cells.some((c: { value: number | null }) => (c.value ?? 0) > 0),
        what,
      ).toBe(true);
      if (body.measure === 'count')
        for (const c of body.cells) expect(c.value === 0 || c.value >= 11, what).toBe(true);
    }
  });

  it('the daily chart is one perturbed bin per day of its window, the same on every request', async () => {
    const daily = (await pageSources()).find((s) => s.src.includes('interval=day'));
    expect(daily).toBeDefined();
    const first = await get(daily!.src);
    expect(first.body.dimensions[0].values).toHaveLength(18);
    expect(first.body.perturbation.bins).toBe(18);
    expect((await get(daily!.src)).body).toEqual(first.body);
  });

  it('old bug: a ten-year daily series is refused, and statistics do not starve intake', async () => {
    expect(
      (await get('/api/public/stats/intake/series?interval=day&from=1900-01-01&to=2026-01-01')).status,
    ).toBe(400);
    const { intakeExamples } = await import('@homeward/core/examples');
    const send = (record: unknown) =>
      fetch(`${running.url}/api/intake`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(record),
      });
    expect((await send(intakeExamples[2])).status).toBe(201); // the validators compile on first use
    // Twenty dashboards asking at once while a registration is sent: the registration is answered.
    const dashboards = Array.from({ length: 20 }, () =>
      get(
        '/api/public/stats/intake/series?field=registrationDate&interval=day&from=2016-01-20&to=2026-01-18',
      ),
    );
    const started = Date.now();
    const res = await send(intakeExamples[1]);
    const intakeMs = Date.now() - started;
    expect(res.status).toBe(201);
    const answers = await Promise.all(dashboards);
    expect(answers.every((a) => a.status === 200)).toBe(true);
    console.log(`intake answered in ${intakeMs} ms beside 20 ten-year daily series requests`);
  }, 60_000);
});
