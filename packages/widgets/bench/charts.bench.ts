/**
 * Charts benchmark in real Chromium: first render and update of a 365-day time series and of a 200-category bar
 * chart (targets: first render under 30 ms, update under 16 ms). The page is served with a strict
 * Content-Security-Policy, and any violation or error is reported too. Prints median and 95th percentile of
 * `runs` mounts (after one cold mount, printed apart) and updates, as wall time and as the renderer main thread's
 * CPU time (from a Chromium trace): on a busy shared machine the wall time includes waiting for a core, the CPU time
 * does not. The machine's load average is printed too. Run: `pnpm --filter @homeward/widgets bench [runs]`.
 */
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium, watchPage } from '../../../scripts/chromium.js';

const RUNS = Number(process.argv[2] ?? 30);
const TARGETS = { render: 30, update: 16 };
const ORIGIN = 'http://bench.homeward.test';
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'";

const bundle = await build({
  entryPoints: [fileURLToPath(new URL('./charts-page.ts', import.meta.url))],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  conditions: ['source'],
  tsconfig: fileURLToPath(new URL('../../../tsconfig.base.json', import.meta.url)),
  logLevel: 'error',
});
const script = bundle.outputFiles[0]!.contents;
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Charts benchmark</title>
<link rel="stylesheet" href="/page.css"></head><body><script type="module" src="/bench.js"></script></body></html>`;
const css = '.bench { inline-size: 960px; }';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/**
 * CPU time of the renderer's main thread within each `bench|<tag>|<kind>|<i>` window, by kind (`hw-bar-chart|render`):
 * the thread time (`tdur`) of every task overlapping the window, in proportion to the overlap.
 */
function cpuTimes(trace: { traceEvents: TraceEvent[] }): Map<string, number[]> {
  const events = trace.traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = (e: TraceEvent) => !main || (e.pid === main.pid && e.tid === main.tid);
  // Each task is traced twice (`RunTask` in devtools.timeline, `ThreadControllerImpl::RunTask` in toplevel):
  // count one of them.
  const tasks = events.filter(
    (e) =>
      e.ph === 'X' &&
      e.name === 'ThreadControllerImpl::RunTask' &&
      e.tdur !== undefined &&
      e.dur &&
      onMain(e),
  );
  const marks = new Map<string, number>();
  for (const e of events) if (e.name.startsWith('bench|')) marks.set(e.name, e.ts);
  const out = new Map<string, number[]>();
  for (const [name, start] of marks) {
    if (!name.endsWith('|start')) continue;
    const label = name.slice(0, -'|start'.length);
    const end = marks.get(`${label}|end`);
    if (end === undefined) continue;
    let us = 0;
    for (const t of tasks) {
      const overlap = Math.min(end, t.ts + t.dur!) - Math.max(start, t.ts);
      if (overlap > 0) us += (t.tdur! * overlap) / t.dur!;
    }
    const [, tag, kind] = label.split('|');
    const key = `${tag}|${kind}`;
    out.set(key, [...(out.get(key) ?? []), us / 1000]);
  }
  return out;
}

const browser = await launchChromium();
try {
  const page = await browser.newPage();
  const problems = await watchPage(page);
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const headers = { 'content-security-policy': CSP };
    if (path === '/bench.js')
      return route.fulfill({ body: Buffer.from(script), contentType: 'text/javascript', headers });
    if (path === '/page.css') return route.fulfill({ body: css, contentType: 'text/css', headers });
    if (path === '/') return route.fulfill({ body: html, contentType: 'text/html', headers });
    return route.fulfill({ status: 404, body: '' });
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => typeof window.runChartBenchmark === 'function');
  await browser.startTracing(page, {
    categories: [
      'toplevel',
      'blink.user_timing',
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
    ],
  });
  const results = await page.evaluate((runs) => window.runChartBenchmark(runs), RUNS);
  const cpu = cpuTimes(JSON.parse((await browser.stopTracing()).toString()));

  const quantile = (values: number[], q: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  };
  const ms = (n: number | undefined) => (n === undefined ? '' : n.toFixed(1));
  const tags: Record<string, string> = {
    'time series, 365 days': 'hw-time-series',
    'bar chart, 200 categories': 'hw-bar-chart',
  };
  const row = (
    chart: string,
    measure: string,
    kind: string,
    wall: number[],
    target: number,
    cold?: number,
  ) => {
    const cpuRuns = cpu.get(`${tags[chart]}|${kind}`) ?? [];
    const cpuMedian = cpuRuns.length ? quantile(cpuRuns, 0.5) : undefined;
    return {
      chart,
      measure,
      'cold wall ms': ms(cold),
      'wall median': ms(quantile(wall, 0.5)),
      'wall p95': ms(quantile(wall, 0.95)),
      'cpu median': ms(cpuMedian),
      'cpu p95': ms(cpuRuns.length ? quantile(cpuRuns, 0.95) : undefined),
      target: `< ${target}`,
      'wall / cpu': `${quantile(wall, 0.5) < target ? 'ok' : 'OVER'} / ${
        cpuMedian === undefined ? '?' : cpuMedian < target ? 'ok' : 'OVER'
      }`,
    };
  };
  const rows = Object.entries(results).flatMap(([chart, t]) => [
    row(chart, 'first render', 'render', t.renders, TARGETS.render, t.first),
    row(chart, 'update', 'update', t.updates, TARGETS.update),
  ]);
  console.log(
    `Charts in Chromium (${RUNS} runs each, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')})`,
  );
  console.table(rows);
  console.log(
    `Strict CSP (${CSP}): ${problems.cspViolations.length} violations; ${problems.pageErrors.length} page errors; ` +
      `${problems.consoleErrors.length} console errors`,
  );
  for (const line of [...problems.cspViolations, ...problems.pageErrors, ...problems.consoleErrors]) {
    console.log(`  ${line}`);
  }
} finally {
  await browser.close();
}
