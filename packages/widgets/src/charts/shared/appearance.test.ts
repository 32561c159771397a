/**
 * What the charts look like to people who need contrast, dark or forced colours, and to pages with a strict
 * Content-Security-Policy: colours as the browser painted them, not as the stylesheet says.
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../define/bar-chart.js';
import '../../define/time-series.js';
import type { HwBarChart } from '../../define/bar-chart.js';
import type { HwTimeSeries } from '../../define/time-series.js';
import { axeViolations } from '../../shared/testing/axe.js';
import { withEmulatedMedia } from '../../shared/testing/emulate.js';
import { provinceBySexTable, registrationsTable } from '../testing/fixtures.js';
import { contrast, marks, mount, settle } from '../testing/mount.js';

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.style.colorScheme = '';
});

/** Every series' painted colour (the solid first series, the colour under each pattern) and the page colours. */
function painted(el: HTMLElement) {
  const root = el.shadowRoot!;
  const fill = (selector: string) => getComputedStyle(root.querySelector(selector)!).fill;
  const host = getComputedStyle(el);
  return {
    surface: host.backgroundColor,
    text: host.color,
    secondary: getComputedStyle(root.querySelector('.summary')!).color,
    series: [fill('rect.series-0'), ...[1, 2, 3, 4, 5].map((s) => fill(`#hw-series-${s} rect`))],
    suppressed: getComputedStyle(root.querySelector('#hw-suppressed line')!).stroke,
  };
}

function expectReadable(colours: ReturnType<typeof painted>) {
  expect(contrast(colours.text, colours.surface)).toBeGreaterThanOrEqual(4.5);
  expect(contrast(colours.secondary, colours.surface)).toBeGreaterThanOrEqual(4.5);
  for (const series of colours.series)
    expect(contrast(series, colours.surface), series).toBeGreaterThanOrEqual(3);
  expect(contrast(colours.suppressed, colours.surface)).toBeGreaterThanOrEqual(3);
}

describe('chart appearance', () => {
  it('has 4.5:1 text and 3:1 marks on a light page, and switches to its dark colours on a dark one', async () => {
    const { el } = await mount<HwBarChart>('hw-bar-chart', { props: { data: provinceBySexTable() } });
    const light = painted(el);
    expectReadable(light);
    document.documentElement.style.colorScheme = 'dark';
    await settle(el);
    const dark = painted(el);
    expect(dark.surface).not.toBe(light.surface);
    expect(dark.series[0]).not.toBe(light.series[0]);
    expectReadable(dark);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('follows a theme set with custom properties on the page', async () => {
    const page = document.createElement('div');
    page.style.setProperty('--hw-chart-color-1', 'rgb(0, 80, 0)');
    page.style.setProperty('--hw-color-surface', 'rgb(250, 250, 240)');
    document.body.append(page);
    const el = document.createElement('hw-bar-chart') as HwBarChart;
    el.data = provinceBySexTable();
    page.append(el);
    await settle(el);
    const colours = painted(el);
    expect(colours.series[0]).toBe('rgb(0, 80, 0)');
    expect(colours.surface).toBe('rgb(250, 250, 240)');
  });

  it('uses system colours in forced-colours mode and keeps patterns and the suppressed outline', async () => {
    const { el, root } = await mount<HwBarChart>('hw-bar-chart', { props: { data: provinceBySexTable() } });
    await withEmulatedMedia([{ name: 'forced-colors', value: 'active' }], async () => {
      expect(matchMedia('(forced-colors: active)').matches).toBe(true);
      await settle(el);
      const canvasText = getComputedStyle(root.querySelector('.summary')!).color;
      expect(getComputedStyle(root.querySelector('rect.series-0')!).fill).toBe(canvasText);
      // Series still differ by pattern, not colour.
      expect(marks(root)[1]!.getAttribute('fill')).toBe('url(#hw-series-1)');
      const background = getComputedStyle(el).backgroundColor;
      expect(getComputedStyle(root.querySelector('#hw-series-1 line')!).stroke).toBe(background);
    });
    const { el: series, root: seriesRoot } = await mount<HwTimeSeries>('hw-time-series', {
      props: { data: registrationsTable() },
    });
    await withEmulatedMedia([{ name: 'forced-colors', value: 'active' }], async () => {
      await settle(series);
      const outline = getComputedStyle(seriesRoot.querySelector('path.suppressed')!);
      expect(outline.strokeDasharray).not.toBe('none');
      expect(outline.stroke).toBe(getComputedStyle(seriesRoot.querySelector('.summary')!).color);
    });
  });

  it('never draws text under 12px, even when the page asks for smaller', async () => {
    const page = document.createElement('div');
    page.style.setProperty('--hw-chart-font-size', '8px');
    page.style.fontSize = '10px';
    document.body.append(page);
    const el = document.createElement('hw-time-series') as HwTimeSeries;
    el.data = registrationsTable();
    page.append(el);
    await settle(el);
    for (const text of el.shadowRoot!.querySelectorAll('svg text, .notes li')) {
      expect(Number.parseFloat(getComputedStyle(text).fontSize)).toBeGreaterThanOrEqual(12);
    }
  });
});
