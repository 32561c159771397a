/**
 * The charts under a strict Content-Security-Policy: no inline style attributes or elements, images only from the
 * page itself or the blob and data URLs the PNG export makes. The policy is added to this test file's page before
 * any chart is created, and every violation the browser reports is collected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../define/bar-chart.js';
import '../../define/stat-card.js';
import '../../define/time-series.js';
import type { HwBarChart } from '../../define/bar-chart.js';
import type { HwTimeSeries } from '../../define/time-series.js';
import { provinceBySexTable, registrationsTable } from '../testing/fixtures.js';
import { marks, mount } from '../testing/mount.js';

const violations: string[] = [];
const record = (event: SecurityPolicyViolationEvent) =>
  violations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'} ${event.sample}`);

beforeAll(() => {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "style-src 'self'; img-src 'self' blob: data:; object-src 'none'";
  document.head.append(meta);
  document.addEventListener('securitypolicyviolation', record);
});

afterAll(() => {
  document.removeEventListener('securitypolicyviolation', record);
});

describe('charts under a strict CSP', () => {
  it('enforces the policy in this page (an inline style attribute is reported)', async () => {
    const probe = document.createElement('div');
    probe.setAttribute('style', 'color: red');
    document.body.append(probe);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations.some((v) => v.startsWith('style-src'))).toBe(true);
    probe.remove();
    violations.length = 0;
  });

  it('renders, resizes, navigates and exports every chart without a violation', async () => {
    const bar = await mount<HwBarChart>('hw-bar-chart', { props: { data: provinceBySexTable() } });
    const series = await mount<HwTimeSeries>('hw-time-series', {
      props: { data: registrationsTable(), annotations: [{ date: '2026-01', label: 'Extradition' }] },
      attrs: { variant: 'line' },
    });
    await mount('hw-stat-card', { props: { data: registrationsTable() }, attrs: { label: 'Registered' } });
    bar.container.style.width = '400px';
    await expect.poll(() => bar.root.querySelector('svg.chart')!.getAttribute('width')).toBe('400');
    marks(series.root)[3]!.focus();
    bar.root.querySelector<HTMLButtonElement>('[aria-controls="data"]')!.click();
    const png = await bar.el.toPNG();
    expect(png!.type).toBe('image/png');
    expect((await series.el.toSVG())!.size).toBeGreaterThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations).toEqual([]);
  });
});
