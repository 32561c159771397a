import { ALL, type StatTable, suppress, timeSeries } from '@homeward/core';
import { generateIntakeRecords } from '@homeward/core/examples';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define/time-series.js';
import type { HwTimeSeries } from '../../define/time-series.js';
import { axeViolations } from '../../shared/testing/axe.js';
import { provinceBySexTable, REGISTRATIONS_PER_DAY, registrationsTable } from '../testing/fixtures.js';
import { containsNumber, deepAttributes, deepText, marks, mount, rowText, settle } from '../testing/mount.js';

afterEach(() => {
  document.body.replaceChildren();
});

const labels = (root: ShadowRoot) => marks(root).map((m) => m.getAttribute('aria-label'));
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const heading = { heading: 'Registrations per day' };

/** Bars drawn for shown periods, read from their path (the focusable columns are separate, full-height targets). */
function valueBars(root: ShadowRoot, selector = 'path.series-0') {
  const d = root.querySelector(selector)?.getAttribute('d') ?? '';
  return [...d.matchAll(/M([\d.]+),([\d.]+)h([\d.]+)V([\d.]+)/g)].map(([, x, y, w, bottom]) => ({
    x: Number(x),
    width: Number(w),
    height: Number(bottom) - Number(y),
  }));
}

function monthsTable(): StatTable {
  const months: [string, number][] = [
    ['2025-09', 12],
    ['2025-10', 18],
    ['2025-11', 25],
    ['2025-12', 31],
    ['2026-01', 96],
    ['2026-02', 40],
  ];
  const total = months.reduce((s, [, v]) => s + v, 0);
  return {
    measure: 'count',
    unit: 'records',
    dimensions: [{ field: 'dates.start', interval: 'month', values: months.map(([m]) => m) }],
    cells: months.map(([m, v]) => ({ keys: [m], value: v, suppressed: false })),
    margins: [],
    total: { keys: [ALL], value: total, suppressed: false, includesSuppressed: false },
    denominator: total,
    excluded: [],
  };
}

const ANNOTATIONS = [
  { date: '2025-10-14', label: 'UK and US sanctions on the Prince Group' },
  { date: '2026-01', label: 'Extradition of Chen Zhi' },
];

describe('hw-time-series: marks match the data', () => {
  it('draws one period per day, with a summary of total and peak', async () => {
    const { el, root } = await mount<HwTimeSeries>('hw-time-series', {
      props: { data: registrationsTable() },
      attrs: heading,
    });
    expect(marks(root)).toHaveLength(18);
    expect(labels(root)[11]).toBe('January 12, 2026: 52');
    expect(labels(root).slice(0, 3)).toEqual([
      'January 1, 2026: fewer than 11, not shown',
      'January 2, 2026: fewer than 11, not shown',
      'January 3, 2026: fewer than 11, not shown',
    ]);
    expect(squash(root.querySelector('.summary')!.textContent)).toMatch(
      /^Registrations per day, January 1\s*–\s*18, 2026: 440 in total, peak 52 on January 12, 3 days not shown \(<11\)\.$/,
    );
    // One bar per shown day, heights in proportion; the three suppressed days are hatched at the threshold.
    const bars = valueBars(root);
    expect(bars).toHaveLength(15);
    const height = (i: number) => bars[i]!.height;
    expect(height(8) / height(0)).toBeCloseTo(REGISTRATIONS_PER_DAY[11]! / REGISTRATIONS_PER_DAY[3]!, 1);
    const hatched = valueBars(root, 'path.suppressed[fill="url(#hw-suppressed)"]');
    expect(hatched).toHaveLength(3);
    // Drawn at the threshold, whatever they hide.
    expect(new Set(hatched.map((b) => b.height)).size).toBe(1);
    // Table (one click away): one row per day, the total from core.
    root.querySelector<HTMLButtonElement>('[aria-controls="data"]')!.click();
    await settle(el);
    const rows = [...root.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(18);
    expect(rowText(rows[11]!)).toBe('January 12, 2026 52');
    expect(rowText(root.querySelector('tfoot tr')!)).toBe('Total 440');
    expect(root.querySelector('.notes')!.textContent).toContain('Source: Embassy of Indonesia, Phnom Penh');
  });

  it('never shows the suppressed days’ counts anywhere', async () => {
    // Under a threshold of 50, days 1-3 hold 37, 43 and 47: numbers no date, tick or other count here can be,
    // so that a leak anywhere can be searched for.
    const table = registrationsTable();
    const secrets = [37, 43, 47];
    table.cells.forEach((cell, i) => {
      cell.value = i < 3 ? secrets[i]! : REGISTRATIONS_PER_DAY[i]! + 50;
    });
    table.total.value = table.cells.reduce((sum, c) => sum + c.value!, 0);
    const { el, root } = await mount<HwTimeSeries>('hw-time-series', {
      props: { data: table },
      attrs: { ...heading, variant: 'line', 'suppress-below': '50' },
    });
    expect(
      labels(root)
        .slice(0, 3)
        .every((l) => l!.endsWith('fewer than 50, not shown')),
    ).toBe(true);
    marks(root)[1]!.focus();
    root.querySelector<HTMLButtonElement>('[aria-controls="data"]')!.click();
    await settle(el);
    const all = [deepText(el), ...deepAttributes(el)].join('\n');
    const svg = await (await el.toSVG())!.text();
    const csv = await (await el.toCSV())!.text();
    for (const secret of secrets) {
      expect(containsNumber(all, secret), `${secret} in the DOM`).toBe(false);
      expect(containsNumber(svg, secret), `${secret} in the SVG`).toBe(false);
      expect(containsNumber(csv, secret), `${secret} in the CSV`).toBe(false);
    }
    expect(csv).toMatch(/^2026-01-01,<50,suppressed/m);
  });

  it('draws a line with gaps where periods are suppressed, and points to focus', async () => {
    const { root } = await mount<HwTimeSeries>('hw-time-series', {
      props: { data: registrationsTable() },
      attrs: { ...heading, variant: 'line' },
    });
    const d = root.querySelector('path.line')!.getAttribute('d')!;
    // Starts at day 4 (days 1-3 are suppressed) and never jumps back to a suppressed day.
    expect(d.match(/M/g)).toHaveLength(1);
    expect(d.split(/[ML]/).filter(Boolean)).toHaveLength(15);
    expect(valueBars(root)).toHaveLength(0);
    expect(marks(root)).toHaveLength(18);
  });

  it('reads weeks and months, and labels periods in the locale', async () => {
    const { el, root } = await mount<HwTimeSeries>('hw-time-series', { props: { data: monthsTable() } });
    expect(labels(root)[4]).toBe('January 2026: 96');
    expect(root.querySelector('.title')!.textContent).toBe('Count per month');
    expect(squash(root.querySelector('.summary')!.textContent)).toMatch(
      /^Count per month, September 2025\s*–\s*February 2026: 222 in total, peak 96 in January 2026\.$/,
    );
    el.lang = 'fr';
    await expect.poll(() => labels(root)[4]).toBe('janvier 2026 : 96');
    expect(squash(root.querySelector('.summary')!.textContent)).toContain(
      '222 au total, pic de 96 en janvier 2026',
    );

    const weeks = timeSeries(generateIntakeRecords(300, 3), {
      field: 'registrationDate',
      interval: 'week',
      from: '2026-01-01',
      to: '2026-01-18',
    });
    // In Khmer, even where the browser has no Khmer date data, dates are written in Khmer.
    el.lang = 'km';
    await expect.poll(() => labels(root)[4]).toBe('មករា 2026៖ 96');
    el.lang = 'en';
    el.data = weeks;
    await expect.poll(() => labels(root)[0]).toMatch(/^week of December 29, 2025: /);
  });

  it('counts records with core, per day, week or month, running totals included', async () => {
    const records = generateIntakeRecords(440, 11);
    const { el, root } = await mount<HwTimeSeries>('hw-time-series', {
      props: { records },
      attrs: { field: 'registrationDate', interval: 'week', from: '2026-01-01', to: '2026-01-18' },
    });
    const expected = suppress(
      timeSeries(records, {
        field: 'registrationDate',
        interval: 'week',
        from: '2026-01-01',
        to: '2026-01-18',
      }),
      { k: 11 },
    );
    expect(marks(root)).toHaveLength(expected.cells.length);
    expect(labels(root).map((l) => l!.split(': ')[1])).toEqual(
      expected.cells.map((c) => (c.suppressed ? 'fewer than 11, not shown' : c.value!.toLocaleString('en'))),
    );
    el.cumulative = true;
    await settle(el);
    expect(root.querySelector('.title')!.textContent).toBe('Count per week (running total)');
    const running = suppress(
      timeSeries(records, {
        field: 'registrationDate',
        interval: 'week',
        from: '2026-01-01',
        to: '2026-01-18',
        cumulative: true,
      }),
      { k: 11 },
    );
    const last = running.cells.at(-1)!;
    expect(labels(root).at(-1)).toMatch(new RegExp(`: ${last.value!.toLocaleString('en')}$`));
    expect(root.querySelector('.summary')!.textContent).toContain(`${last.value!.toLocaleString('en')} by`);
    expect(root.querySelector('tfoot')).toBeNull();
  });
});

describe('hw-time-series: dated events', () => {
  it('marks events inside the period and lists the others as outside it', async () => {
    const { root } = await mount<HwTimeSeries>('hw-time-series', {
      props: { data: registrationsTable(), annotations: ANNOTATIONS },
      attrs: heading,
    });
    const drawn = [...root.querySelectorAll('.annotation text')].map((t) => t.textContent);
    expect(drawn).toEqual(['Jan 2026: Extradition of Chen Zhi']);
    expect(labels(root)[0]).toBe('January 1, 2026: fewer than 11, not shown. Extradition of Chen Zhi');
    const note = squash(root.querySelector('.notes')!.textContent);
    expect(note).toContain(
      'Events: Oct 14, 2025: UK and US sanctions on the Prince Group (outside the period shown)',
    );
    expect(note).toContain('Jan 2026: Extradition of Chen Zhi');
  });

  it('places both events on a monthly series, from the attribute as JSON', async () => {
    const { root } = await mount<HwTimeSeries>('hw-time-series', {
      props: { data: monthsTable() },
      attrs: { annotations: JSON.stringify(ANNOTATIONS) },
    });
    const rules = [...root.querySelectorAll<SVGLineElement>('.annotation line')].map((l) =>
      Number(l.getAttribute('x1')),
    );
    expect(rules).toHaveLength(2);
    const columns = marks(root);
    const centre = (i: number) =>
      Number(columns[i]!.getAttribute('x')) + Number(columns[i]!.getAttribute('width')) / 2;
    expect(rules[0]).toBeCloseTo(centre(1), 0);
    expect(rules[1]).toBeCloseTo(centre(4), 0);
  });

  it('ignores an unreadable annotations attribute instead of failing', async () => {
    const { root } = await mount<HwTimeSeries>('hw-time-series', {
      props: { data: monthsTable() },
      attrs: { annotations: '[{oops' },
    });
    expect(marks(root)).toHaveLength(6);
    expect(root.querySelectorAll('.annotation')).toHaveLength(0);
  });
});

describe('hw-time-series: keyboard and layout', () => {
  it('moves between periods with Left, Right, Home and End', async () => {
    const { root } = await mount<HwTimeSeries>('hw-time-series', {
      props: { data: registrationsTable() },
      attrs: heading,
    });
    marks(root)[0]!.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(root.activeElement).toBe(marks(root)[1]);
    await userEvent.keyboard('{End}');
    expect(root.activeElement).toBe(marks(root)[17]);
    expect(root.querySelector('.readout')!.textContent).toBe('January 18, 2026: 12');
    await userEvent.keyboard('{ArrowLeft}');
    expect(root.querySelector('.readout')!.textContent).toBe('January 17, 2026: 19');
    await userEvent.keyboard('{PageUp}');
    expect(root.activeElement).toBe(marks(root)[14]);
  });

  it('follows its container’s width', async () => {
    const { container, root } = await mount<HwTimeSeries>('hw-time-series', {
      props: { data: registrationsTable() },
      width: 800,
    });
    const svg = () => Number(root.querySelector('svg.chart')!.getAttribute('width'));
    expect(svg()).toBe(800);
    container.style.width = '320px';
    await expect.poll(svg).toBe(320);
    const columns = marks(root);
    const last = columns[17]!;
    expect(Number(last.getAttribute('x')) + Number(last.getAttribute('width'))).toBeLessThanOrEqual(320);
  });

  it('has no axe violations in every locale, bars and line', async () => {
    for (const lang of ['en', 'fr', 'id', 'zh-Hans', 'km']) {
      for (const variant of ['bars', 'line']) {
        const { el } = await mount<HwTimeSeries>('hw-time-series', {
          props: { data: registrationsTable(), annotations: ANNOTATIONS },
          attrs: { lang, variant, heading: 'Registrations per day' },
        });
        expect(await axeViolations(el), `${lang} ${variant}`).toEqual([]);
        el.remove();
      }
    }
  });
});

describe('hw-time-series: bad data', () => {
  const message = (root: ShadowRoot) => squash(root.querySelector('.message')?.textContent);

  it('says what is wrong instead of drawing', async () => {
    const badKey = registrationsTable();
    badKey.dimensions[0]!.values[3] = '2026-02-30';
    const cases: [unknown, string][] = [
      [badKey, 'A period is not a day, week or month in the expected form: “2026-02-30”.'],
      [provinceBySexTable(), 'This chart draws tables of 1 to 1 dimensions; this one has 2.'],
      [
        { ...registrationsTable(), cells: 'none' },
        'The data is not a statistics table: it needs dimensions and cells.',
      ],
      [
        {
          ...registrationsTable(),
          cells: [{ keys: ['2026-01-05'], value: Number.POSITIVE_INFINITY, suppressed: false }],
        },
        'A count is not a number: the count for “2026-01-05”.',
      ],
    ];
    for (const [data, expected] of cases) {
      const { el, root } = await mount<HwTimeSeries>('hw-time-series', { props: { data } });
      expect(message(root)).toBe(`This chart cannot be shown ${expected}`);
      el.remove();
    }
  });

  it('reports a date field core does not know', async () => {
    const { root } = await mount<HwTimeSeries>('hw-time-series', {
      props: { records: generateIntakeRecords(20) },
      attrs: { field: 'person.fullName' },
    });
    expect(message(root)).toContain('The records could not be counted');
  });
});
