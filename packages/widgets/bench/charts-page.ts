/**
 * The page side of the charts benchmark (bundled by charts.bench.ts): mounts charts with large tables and times
 * first renders and updates in the browser. Each time runs from setting the data to a finished layout: Lit's
 * render, core's disclosure control, and the browser's style and layout of the result.
 */
import '../src/define/bar-chart.js';
import '../src/define/time-series.js';
import type { StatTable } from '@homeward/core';
import type { ChartElement } from '../src/charts/shared/chart-element.js';
import { manyCategoriesTable, yearOfDaysTable } from '../src/charts/testing/fixtures.js';

interface Timing {
  first: number;
  renders: number[];
  updates: number[];
}

/** Waits until the chart is drawn (not loading), then forces style and layout so that their cost is counted. */
async function drawn(el: ChartElement): Promise<void> {
  for (let i = 0; i < 100; i++) {
    await el.updateComplete;
    const svg = el.shadowRoot?.querySelector('svg.chart');
    if (svg) {
      svg.getBoundingClientRect();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  throw new Error(`${el.localName} never drew`);
}

/** Times `work` and marks it in the trace (`bench|<label>` start and end) so the runner can add up CPU time. */
async function timed(label: string, work: () => Promise<void>): Promise<number> {
  performance.mark(`bench|${label}|start`);
  const t0 = performance.now();
  await work();
  const ms = performance.now() - t0;
  performance.mark(`bench|${label}|end`);
  return ms;
}

async function mountOnce(
  label: string,
  tag: string,
  data: StatTable,
  container: HTMLElement,
): Promise<[number, ChartElement]> {
  const el = document.createElement(tag) as ChartElement;
  el.setAttribute('heading', 'Benchmark');
  if (tag === 'hw-bar-chart') el.setAttribute('sort', 'descending');
  const ms = await timed(label, async () => {
    el.data = data;
    container.append(el);
    await drawn(el);
  });
  return [ms, el];
}

async function run(tag: string, make: (seed: number) => StatTable, runs: number): Promise<Timing> {
  const container = document.createElement('div');
  container.className = 'bench';
  document.body.append(container);
  const [first, cold] = await mountOnce(`${tag}|cold|0`, tag, make(1), container);
  cold.remove();
  const renders: number[] = [];
  for (let i = 0; i < runs; i++) {
    const [ms, el] = await mountOnce(`${tag}|render|${i}`, tag, make(i + 2), container);
    renders.push(ms);
    el.remove();
  }
  const [, el] = await mountOnce(`${tag}|warm|0`, tag, make(100), container);
  const updates: number[] = [];
  for (let i = 0; i < runs; i++) {
    const data = make(200 + i);
    updates.push(
      await timed(`${tag}|update|${i}`, async () => {
        el.data = data;
        await drawn(el);
      }),
    );
  }
  container.remove();
  return { first, renders, updates };
}

declare global {
  interface Window {
    runChartBenchmark: (runs: number) => Promise<Record<string, Timing>>;
  }
}

window.runChartBenchmark = async (runs) => ({
  'time series, 365 days': await run('hw-time-series', (seed) => yearOfDaysTable(seed), runs),
  'bar chart, 200 categories': await run('hw-bar-chart', (seed) => manyCategoriesTable(200, seed), runs),
});
