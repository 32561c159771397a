import { ALL, countBy, type StatTable, suppress } from '@homeward/core';
import { generateIntakeRecords } from '@homeward/core/examples';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define/bar-chart.js';
import type { HwBarChart } from '../../define/bar-chart.js';
import { axeViolations } from '../../shared/testing/axe.js';
import type { ExportDetail } from '../shared/chart-element.js';
import {
  citizenshipTable,
  incidentsByProvinceTable,
  indicatorsTable,
  provinceBySexTable,
} from '../testing/fixtures.js';
import { containsNumber, deepAttributes, deepText, marks, mount, rowText, settle } from '../testing/mount.js';

afterEach(() => {
  document.body.replaceChildren();
});

const labels = (root: ShadowRoot) => marks(root).map((m) => m.getAttribute('aria-label'));
const width = (el: Element) => Number(el.getAttribute('width'));

/**
 * A table whose small counts are numbers found nowhere else (37 and 43 under a threshold of 50), so that a leak
 * anywhere (a label, a description, the summary, the table, an export) can be searched for without false alarms.
 */
function secretTable(): StatTable {
  const entries: [string, number][] = [
    ['ID', 480],
    ['CN', 260],
    ['VN', 150],
    ['MM', 37],
    ['TH', 43],
  ];
  return {
    measure: 'count',
    unit: 'people',
    dimensions: [{ field: 'person.citizenship', values: entries.map(([k]) => k) }],
    cells: entries.map(([k, v]) => ({ keys: [k], value: v, suppressed: false })),
    margins: [],
    total: { keys: [ALL], value: 970, suppressed: false, includesSuppressed: false },
    denominator: 970,
    excluded: [],
  };
}
const SECRETS = [37, 43];

async function exportText(el: HwBarChart, format: 'svg' | 'csv'): Promise<string> {
  const blob = format === 'svg' ? await el.toSVG() : await el.toCSV();
  return blob!.text();
}

describe('hw-bar-chart: marks match the data', () => {
  it('draws one bar per category, named in the locale, lengths in proportion', async () => {
    const { el, root } = await mount<HwBarChart>('hw-bar-chart', {
      props: { data: citizenshipTable() },
      attrs: { heading: 'People registered by citizenship' },
    });
    expect(labels(root)).toEqual([
      'Indonesia: 440',
      'China: 96',
      'Vietnam: 61',
      'Myanmar (Burma): 23',
      'Thailand: 14',
      'Laos: fewer than 11, not shown',
      'Philippines: fewer than 11, not shown',
    ]);
    const [id, cn] = marks(root);
    expect(width(id!) / width(cn!)).toBeCloseTo(440 / 96, 1);
    expect(root.querySelector('.summary')!.textContent).toBe(
      'People registered by citizenship: 647 in total, 7 categories, largest: Indonesia 440, China 96, and Vietnam 61, 2 counts not shown (<11).',
    );
    root.querySelector<HTMLButtonElement>('[aria-controls="data"]')!.click();
    await settle(el);
    const rows = [...root.querySelectorAll('tbody tr')].map(rowText);
    expect(rows[0]).toBe('Indonesia 440');
    expect(rows[5]).toBe('Laos <11fewer than 11, not shown');
    expect(rowText(root.querySelector('tfoot tr')!)).toBe('Total 647');
  });

  it('names provinces, options and ILO indicators from core, in each locale', async () => {
    const { el, root } = await mount<HwBarChart>('hw-bar-chart', {
      props: { data: incidentsByProvinceTable(), suppression: 'off' },
    });
    expect(labels(root)[0]).toBe('Svay Rieng: 31');
    // A locale's labels arrive in a lazily loaded chunk: on a busy machine that takes more than a second.
    el.lang = 'km';
    await expect.poll(() => labels(root)[0], { timeout: 10_000 }).toBe('ស្វាយរៀង៖ 31');
    el.lang = 'zh-Hans';
    await expect.poll(() => labels(root)[0], { timeout: 10_000 }).toBe('柴桢省：31');

    const indicators = await mount<HwBarChart>('hw-bar-chart', { props: { data: indicatorsTable() } });
    expect(labels(indicators.root)[0]).toBe('Deception: 389');
    const sexes = await mount<HwBarChart>('hw-bar-chart', { props: { data: provinceBySexTable() } });
    expect(labels(sexes.root)[0]).toMatch(/^Svay Rieng, (Female|Woman|Women)[^:]*: 64$/);
  });

  it('sorts by value or by name, suppressed bars last', async () => {
    const table = citizenshipTable();
    table.dimensions[0]!.values.reverse();
    const { el, root } = await mount<HwBarChart>('hw-bar-chart', { props: { data: table } });
    expect(labels(root)[0]).toBe('Philippines: fewer than 11, not shown');
    el.sort = 'descending';
    await settle(el);
    expect(labels(root).slice(0, 2)).toEqual(['Indonesia: 440', 'China: 96']);
    expect(labels(root).slice(-2)).toEqual([
      'Philippines: fewer than 11, not shown',
      'Laos: fewer than 11, not shown',
    ]);
    el.sort = 'ascending';
    await settle(el);
    expect(labels(root)[0]).toBe('Thailand: 14');
    el.sort = 'label';
    await settle(el);
    expect(labels(root)[0]).toBe('China: 96');
  });

  it('groups or stacks a second field, each series with its own pattern and a key', async () => {
    const { el, root } = await mount<HwBarChart>('hw-bar-chart', { props: { data: provinceBySexTable() } });
    const bars = marks(root);
    expect(bars).toHaveLength(8);
    // Series 2 is patterned: colour is never the only difference.
    expect(bars[0]!.getAttribute('fill')).toBeNull();
    expect(bars[1]!.getAttribute('fill')).toBe('url(#hw-series-1)');
    expect(root.querySelector('.legend')!.textContent).toMatch(/Female|Woman/);
    // Grouped: side by side in one band.
    expect(Number(bars[1]!.getAttribute('y'))).toBeGreaterThan(Number(bars[0]!.getAttribute('y')));
    expect(bars[1]!.getAttribute('x')).toBe(bars[0]!.getAttribute('x'));
    // Row totals in the table and summary come from core's margins.
    root.querySelector<HTMLButtonElement>('[aria-controls="data"]')!.click();
    await settle(el);
    expect(rowText(root.querySelector('tbody tr')!)).toBe('Svay Rieng 64 151 215');
    el.layout = 'stacked';
    await settle(el);
    const [female, male] = marks(root);
    expect(Number(male!.getAttribute('x'))).toBeCloseTo(
      Number(female!.getAttribute('x')) + width(female!),
      5,
    );
    expect(male!.getAttribute('y')).toBe(female!.getAttribute('y'));
  });

  it('draws upright bars when vertical, moved through with Left and Right', async () => {
    const { root } = await mount<HwBarChart>('hw-bar-chart', {
      props: { data: citizenshipTable() },
      attrs: { orientation: 'vertical' },
    });
    const [id, cn] = marks(root);
    expect(Number(cn!.getAttribute('x'))).toBeGreaterThan(Number(id!.getAttribute('x')));
    expect(Number(id!.getAttribute('height')) / Number(cn!.getAttribute('height'))).toBeCloseTo(440 / 96, 1);
    id!.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(root.activeElement).toBe(marks(root)[1]);
  });
});

describe('hw-bar-chart: disclosure control', () => {
  it('never shows a suppressed count: not in the DOM, the descriptions, the summary, the table or the exports', async () => {
    const { el, root } = await mount<HwBarChart>('hw-bar-chart', {
      props: { data: secretTable() },
      attrs: { 'suppress-below': '50', heading: 'By citizenship' },
    });
    const suppressed = marks(root).filter((m) => m.classList.contains('suppressed'));
    // 37 and 43 are under 50; core's complementary suppression decides whether more is hidden.
    expect(suppressed.length).toBeGreaterThanOrEqual(2);
    for (const mark of suppressed) {
      expect(mark.getAttribute('aria-label')).toMatch(/fewer than 50, not shown$/);
      expect(mark.getAttribute('fill')).toBe('url(#hw-suppressed)');
    }
    // Drawn at the threshold, whatever the hidden value: the geometry gives nothing away either.
    expect(new Set(suppressed.map((m) => m.getAttribute('width'))).size).toBe(1);
    expect(root.textContent).toContain('<50');

    // Open the table so that it is rendered visibly too, and hover and focus a suppressed bar.
    root.querySelector<HTMLButtonElement>('.actions button')!.click();
    suppressed[0]!.focus();
    suppressed[0]!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await settle(el);
    const everything = [deepText(el), ...deepAttributes(el)].join('\n');
    const svg = await exportText(el, 'svg');
    const csv = await exportText(el, 'csv');
    for (const secret of SECRETS) {
      expect(containsNumber(everything, secret), `${secret} in the DOM`).toBe(false);
      expect(containsNumber(svg, secret), `${secret} in the SVG`).toBe(false);
      expect(containsNumber(csv, secret), `${secret} in the CSV`).toBe(false);
    }
    expect(csv).toContain('<50');
  });

  it('hides small counts of records counted by core too', async () => {
    const records = generateIntakeRecords(120, 7);
    const { root } = await mount<HwBarChart>('hw-bar-chart', {
      props: { records },
      attrs: { field: 'person.citizenship' },
    });
    const expected = suppress(countBy(records, 'person.citizenship'), { k: 11 });
    const drawn = marks(root);
    expect(drawn).toHaveLength(expected.dimensions[0]!.values.length);
    for (const cell of expected.cells) {
      const i = expected.dimensions[0]!.values.indexOf(cell.keys[0]!);
      const label = drawn[i]!.getAttribute('aria-label')!;
      if (cell.suppressed) expect(label).toMatch(/fewer than 11, not shown$/);
      else expect(label).toMatch(new RegExp(`: ${cell.value!.toLocaleString('en')}$`));
    }
  });

  it('shows every count only when suppression is turned off, and says so', async () => {
    const { root } = await mount<HwBarChart>('hw-bar-chart', {
      props: { data: secretTable() },
      attrs: { 'suppress-below': '50', suppression: 'off' },
    });
    expect(labels(root)).toContain('Myanmar (Burma): 37');
    expect(root.querySelector('.notes .warning')!.textContent).toContain('disclosure control is turned off');
  });
});

describe('hw-bar-chart: keyboard, pointer and the table', () => {
  it('is one tab stop; arrows, Home, End and Page keys move between bars and describe each', async () => {
    const { root } = await mount<HwBarChart>('hw-bar-chart', { props: { data: citizenshipTable() } });
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    before.focus();
    await userEvent.tab();
    expect(root.activeElement).toBe(marks(root)[0]);
    expect(marks(root).filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
    await userEvent.keyboard('{ArrowDown}');
    expect(root.activeElement).toBe(marks(root)[1]);
    expect(root.querySelector('.readout')!.textContent).toBe('China: 96');
    await userEvent.keyboard('{End}');
    expect(root.activeElement).toBe(marks(root)[6]);
    expect(root.querySelector('.readout')!.textContent).toBe('Philippines: fewer than 11, not shown');
    await userEvent.keyboard('{Home}');
    expect(root.activeElement).toBe(marks(root)[0]);
    await userEvent.keyboard('{ArrowUp}');
    expect(root.activeElement).toBe(marks(root)[0]);
    await userEvent.keyboard('{PageDown}');
    expect(root.activeElement).toBe(marks(root)[1]);
    // Tab leaves the chart for the next control (the table toggle), not the next bar.
    await userEvent.tab();
    expect(root.activeElement?.textContent?.trim()).toBe('Show the data as a table');
  });

  it('moves across series with Left and Right in a grouped chart', async () => {
    const { root } = await mount<HwBarChart>('hw-bar-chart', { props: { data: provinceBySexTable() } });
    marks(root)[0]!.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(root.activeElement).toBe(marks(root)[1]);
    await userEvent.keyboard('{ArrowDown}');
    expect(root.activeElement).toBe(marks(root)[3]);
  });

  it('describes the bar pointed at', async () => {
    const { root } = await mount<HwBarChart>('hw-bar-chart', { props: { data: citizenshipTable() } });
    await userEvent.hover(marks(root)[2]!);
    await expect.poll(() => root.querySelector('.readout')!.textContent).toBe('Vietnam: 61');
  });

  it('shows the data table with one click on a real button, and prints it open or not', async () => {
    const { el, root } = await mount<HwBarChart>('hw-bar-chart', { props: { data: citizenshipTable() } });
    const wrap = root.querySelector<HTMLElement>('#data')!;
    const toggle = root.querySelector<HTMLButtonElement>('[aria-controls="data"]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(wrap.hidden).toBe(true);
    await userEvent.click(toggle);
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent!.trim()).toBe('Hide the table');
    expect(wrap.hidden).toBe(false);
    expect(wrap.querySelector('table caption')!.textContent!.trim()).toBe('Count by category');
    expect(wrap.querySelectorAll('tbody th[scope="row"]')).toHaveLength(7);
    expect(wrap.getBoundingClientRect().height).toBeGreaterThan(100);
    // Keyboard: Enter on the button closes it again.
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(wrap.hidden).toBe(true);
    expect(wrap.querySelector('table')).toBeNull();
    // Printing renders the table at once, before the browser lays the page out for paper.
    window.dispatchEvent(new Event('beforeprint'));
    expect(wrap.querySelector('table')).not.toBeNull();
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect(wrap.querySelector('table')).toBeNull();
  });
});

describe('hw-bar-chart: layout', () => {
  it('lays out again when its container is resized', async () => {
    const { el, container, root } = await mount<HwBarChart>('hw-bar-chart', {
      props: { data: citizenshipTable() },
      width: 720,
    });
    const svg = () => root.querySelector('svg.chart')!;
    expect(width(svg())).toBe(720);
    const wide = width(marks(root)[0]!);
    container.style.width = '360px';
    await expect.poll(() => width(svg())).toBe(360);
    await settle(el);
    expect(width(marks(root)[0]!)).toBeLessThan(wide);
  });

  it('has no text under 12px, and text and marks with enough contrast', async () => {
    const { root } = await mount<HwBarChart>('hw-bar-chart', { props: { data: provinceBySexTable() } });
    for (const text of root.querySelectorAll('text, p, button, th, td, div')) {
      if (!text.textContent?.trim()) continue;
      expect(
        Number.parseFloat(getComputedStyle(text).fontSize),
        text.outerHTML.slice(0, 60),
      ).toBeGreaterThanOrEqual(12);
    }
  });
});

describe('hw-bar-chart: accessibility', () => {
  it('has no axe violations, table folded or open, in every locale', async () => {
    for (const lang of ['en', 'fr', 'id', 'zh-Hans', 'km']) {
      const { el, root } = await mount<HwBarChart>('hw-bar-chart', {
        props: { data: provinceBySexTable() },
        attrs: { lang, heading: 'By province and sex' },
      });
      if (lang !== 'en') {
        await expect
          .poll(() => root.querySelector('[aria-controls="data"]')!.textContent!.trim())
          .not.toBe('Show the data as a table');
      }
      expect(await axeViolations(el), lang).toEqual([]);
      root.querySelector<HTMLButtonElement>('[aria-controls="data"]')!.click();
      await settle(el);
      expect(await axeViolations(el), `${lang}, table open`).toEqual([]);
      el.remove();
    }
  });
});

describe('hw-bar-chart: exports', () => {
  it('exports an SVG with title, summary, key and notes, and no interactive attributes', async () => {
    const { el } = await mount<HwBarChart>('hw-bar-chart', {
      props: { data: citizenshipTable() },
      attrs: { heading: 'People registered by citizenship' },
    });
    const svg = await exportText(el, 'svg');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('title')!.textContent).toBe('People registered by citizenship');
    expect(doc.querySelector('desc')!.textContent).toContain('647 in total');
    expect(svg).toContain('Source: Homeward registrations');
    expect(doc.documentElement.textContent).toContain('<11: fewer than 11');
    expect(doc.querySelector('[tabindex], [data-mark], script')).toBeNull();
    // Colours are written in: the file does not depend on the page's stylesheet.
    expect(doc.querySelector('rect.series-0, rect[fill^="rgb"]')).not.toBeNull();
  });

  it('exports a PNG drawn on a canvas that is not tainted', async () => {
    const { el } = await mount<HwBarChart>('hw-bar-chart', { props: { data: citizenshipTable() } });
    const png = await el.toPNG();
    expect(png!.type).toBe('image/png');
    const bitmap = await createImageBitmap(png!);
    const svgSize = new DOMParser()
      .parseFromString(await exportText(el, 'svg'), 'image/svg+xml')
      .documentElement.getAttribute('width');
    expect(bitmap.width).toBe(Number(svgSize) * 2);
  });

  it('exports its suppressed data as HXL-tagged CSV through core, after a cancelable event', async () => {
    const { el, root } = await mount<HwBarChart>('hw-bar-chart', { props: { data: citizenshipTable() } });
    const seen: ExportDetail[] = [];
    el.addEventListener('hw-export', (event) => {
      event.preventDefault();
      seen.push((event as CustomEvent<ExportDetail>).detail);
    });
    const csvButton = [...root.querySelectorAll('button')].find((b) => b.textContent!.includes('CSV'))!;
    await userEvent.click(csvButton);
    await expect.poll(() => seen.length).toBe(1);
    expect(seen[0]!.fileName).toBe('count-by-category.csv');
    const csv = await seen[0]!.blob.text();
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[1]).toMatch(/^#country\+code/);
    expect(lines.find((l) => l.startsWith('LA,'))).toMatch(/^LA,<11,suppressed/);
    expect(lines.find((l) => l.startsWith('ID,'))).toMatch(/^ID,440,/);
  });
});

describe('hw-bar-chart: bad data', () => {
  const message = (root: ShadowRoot) =>
    root.querySelector('.message')!.textContent!.replace(/\s+/g, ' ').trim();

  it('says what is wrong, in place of the chart, for each kind of bad data', async () => {
    const cases: [unknown, string][] = [
      [undefined, 'There is no data to show.'],
      [{ rows: [] }, 'The data is not a statistics table: it needs dimensions and cells.'],
      [
        { ...citizenshipTable(), cells: [{ keys: ['ID'], value: -3, suppressed: false }] },
        'A count cannot be negative: the count for “ID” is below zero.',
      ],
      [
        { ...citizenshipTable(), cells: [{ keys: ['CN'], value: Number.NaN, suppressed: false }] },
        'A count is not a number: the count for “CN”.',
      ],
      [
        { ...citizenshipTable(), cells: [{ keys: ['XX'], value: 3, suppressed: false }] },
        'A count names a category that is not in the table: “XX”.',
      ],
    ];
    for (const [data, expected] of cases) {
      const { el, root } = await mount<HwBarChart>('hw-bar-chart', { props: { data } });
      expect(message(root)).toBe(`This chart cannot be shown ${expected}`);
      expect(root.querySelector('.message')!.getAttribute('role')).toBe('status');
      el.remove();
    }
  });

  it('says so in the chart’s locale', async () => {
    const { root } = await mount<HwBarChart>('hw-bar-chart', {
      props: { data: { nope: true } },
      attrs: { lang: 'fr' },
    });
    await expect.poll(() => message(root)).toContain('Les données ne forment pas un tableau statistique');
    const km = await mount<HwBarChart>('hw-bar-chart', { attrs: { lang: 'km' } });
    await expect.poll(() => message(km.root)).toContain('គ្មានទិន្នន័យសម្រាប់បង្ហាញទេ។');
  });

  it('asks for a field when given records without one, and reports records it cannot count', async () => {
    const { el, root } = await mount<HwBarChart>('hw-bar-chart', {
      props: { records: generateIntakeRecords(5) },
    });
    expect(message(root)).toContain('set the “field” attribute');
    el.field = 'person.citizenship';
    el.records = [{ not: 'a record' }];
    await settle(el);
    expect(message(root)).toContain('The records could not be counted');
  });

  it('loads JSON and HXL-tagged CSV from src, and reports a failed fetch', async () => {
    const json = `data:application/json,${encodeURIComponent(JSON.stringify(citizenshipTable()))}`;
    const { el, root } = await mount<HwBarChart>('hw-bar-chart', { attrs: { src: json } });
    await expect.poll(() => marks(root).length).toBe(7);

    const { tableToCSV } = await import('@homeward/core');
    el.src = `data:text/csv,${encodeURIComponent(tableToCSV(incidentsByProvinceTable()))}`;
    await expect.poll(() => marks(root)[0]?.getAttribute('aria-label')).toBe('Svay Rieng: 31');

    el.src = '/no-such-file.json';
    await expect.poll(() => root.querySelector('.message')?.textContent ?? '').toContain('HTTP 404');
    expect(message(root)).toBe(
      'This chart cannot be shown The data could not be loaded from /no-such-file.json (HTTP 404).',
    );

    el.src = 'http://127.0.0.1:9/data.json';
    await expect
      .poll(() => root.querySelector('.message')?.textContent ?? '', { timeout: 5000 })
      .toContain('no connection');

    el.src = `data:text/csv,${encodeURIComponent('location.province,value\r\nKH-20,31\r\nKH-18,many\r\n*,31\r\n')}`;
    await expect
      .poll(() => root.querySelector('.message')?.textContent ?? '')
      .toContain('Line 3 of the file');

    el.src = 'data:text/plain,{not json';
    await expect
      .poll(() => root.querySelector('.message')?.textContent ?? '')
      .toContain('could not be read as JSON');
  });

  it('shows the loading state while src is on its way', async () => {
    const { root } = await mount<HwBarChart>('hw-bar-chart', {
      attrs: { src: 'http://127.0.0.1:9/slow.json' },
    });
    // Either still loading or already failed: never blank.
    expect(message(root)).toMatch(/Loading the data|could not be loaded/);
  });
});
