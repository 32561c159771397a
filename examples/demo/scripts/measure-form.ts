// The public form on a phone in the queue, measured in real Chromium (Lighthouse-style figures, printed):
// - first load: bytes transferred by the page (register.html, the poster's target: the intake form in one locale,
//   English), and separately what the service worker then precaches in the background;
// - repeat visit: bytes transferred when the page is opened again (served by the service worker);
// - time to interactive on an emulated slow 3G (DevTools' preset: 2 s round trip, 400 kbit/s each way) with the CPU
//   slowed 4x: from navigation until the form is ready to take an answer (its element defined, its draft restored,
//   its first question shown).
//
//   pnpm --filter @homeward/widgets build && tsx examples/demo/scripts/measure-form.ts [--runs 3]
//
// Target (issue 13): first load under 100 KB transferred. Figures depend on the machine; run on an idle one.
import { parseArgs } from 'node:util';
import type { BrowserContext, CDPSession } from 'playwright';
import { buildOffline } from '../../../packages/widgets/scripts/build-offline.js';
import { launchChromium } from '../../../scripts/chromium.js';
import { startServer } from '../test/start-server.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Math.max(1, Number(values.runs));

/** DevTools' "Slow 3G": 2,000 ms latency, 500 kbit/s x 0.8 each way. */
const SLOW_3G = { offline: false, latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 };

interface Load {
  bytes: number;
  requests: number;
  fromServiceWorker: number;
  interactiveMs: number;
}

/** Bytes on the wire per request (headers and body as received, compressed if the server compressed). */
function countTransfer(cdp: CDPSession) {
  const state = { bytes: 0, requests: 0, fromServiceWorker: 0 };
  const viaWorker = new Set<string>();
  cdp.on('Network.responseReceived', (e) => {
    if (e.response.fromServiceWorker) viaWorker.add(e.requestId);
  });
  cdp.on('Network.loadingFinished', (e) => {
    state.requests += 1;
    if (viaWorker.has(e.requestId)) state.fromServiceWorker += 1;
    else state.bytes += e.encodedDataLength;
  });
  return state;
}

async function visit(context: BrowserContext, url: string, slow: boolean): Promise<Load> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  if (slow) {
    await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  const transfer = countTransfer(cdp);
  const started = Date.now();
  await page.goto(url, { waitUntil: 'commit', timeout: 180_000 });
  await page.waitForFunction(
    async () => {
      const form = document.querySelector('hw-intake-form') as
        | (HTMLElement & { ready?: Promise<void> })
        | null;
      if (!form?.ready) return false;
      await form.ready;
      return !!form.shadowRoot?.querySelector('hw-choice-field, hw-text-field');
    },
    undefined,
    { timeout: 180_000, polling: 100 },
  );
  const interactiveMs = Date.now() - started;
  // Everything the page asked for (locale chunks, fonts, the service worker script) has arrived.
  await page.waitForLoadState('networkidle', { timeout: 180_000 });
  await page.close();
  return { ...transfer, interactiveMs };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const offline = await buildOffline();
const server = await startServer();
const browser = await launchChromium();
try {
  const url = `${server.url}/register.html`;
  const first: Load[] = [];
  const repeat: Load[] = [];
  const slowFirst: Load[] = [];
  const slowRepeat: Load[] = [];
  for (let i = 0; i < runs; i++) {
    // A fresh profile each run: no HTTP cache, no service worker.
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    first.push(await visit(context, url, false));
    // Let the service worker finish installing (precaching) before the repeat visit.
    const worker = await context.newPage();
    await worker.goto(url);
    await worker.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await worker.close();
    repeat.push(await visit(context, url, false));
    await context.close();
    const slowContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
    slowFirst.push(await visit(slowContext, url, true));
    const w = await slowContext.newPage();
    await w.goto(url);
    await w.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await w.close();
    slowRepeat.push(await visit(slowContext, url, true));
    await slowContext.close();
  }
  const row = (name: string, loads: Load[]) => ({
    visit: name,
    'transferred (median)': kb(median(loads.map((l) => l.bytes))),
    requests: median(loads.map((l) => l.requests)),
    'from service worker': median(loads.map((l) => l.fromServiceWorker)),
    'interactive (median)': `${(median(loads.map((l) => l.interactiveMs)) / 1000).toFixed(2)} s`,
  });
  console.log(`public form: ${url}, English, ${runs} run(s) each, fresh profile per run`);
  console.table([
    row('first load', first),
    row('repeat visit', repeat),
    row('first load, slow 3G + 4x CPU', slowFirst),
    row('repeat visit, slow 3G + 4x CPU', slowRepeat),
  ]);
  console.log(
    `service worker precache (fetched in the background after the first load): ${offline.count} files, ${kb(offline.size)} before compression`,
  );
  const firstKB = median(first.map((l) => l.bytes)) / 1024;
  console.log(`first load ${firstKB.toFixed(1)} KB: ${firstKB < 100 ? 'under' : 'OVER'} the 100 KB target`);
} finally {
  await browser.close();
  await server.close();
}
