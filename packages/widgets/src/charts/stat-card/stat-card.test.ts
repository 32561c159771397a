import { generateIntakeRecords } from '@homeward/core/examples';
import { afterEach, describe, expect, it } from 'vitest';
import '../../define/stat-card.js';
import type { HwStatCard } from '../../define/stat-card.js';
import { axeViolations } from '../../shared/testing/axe.js';
import { registrationsTable } from '../testing/fixtures.js';
import { containsNumber, deepAttributes, deepText, mount, settle } from '../testing/mount.js';

afterEach(() => {
  document.body.replaceChildren();
});

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const figures = (root: ShadowRoot) => [...root.querySelectorAll('.figure')].map((f) => squash(f.textContent));

const DISAGREEING = [
  {
    value: 440,
    date: '2026-01-18',
    source: { name: 'Embassy of Indonesia, Phnom Penh', url: 'https://example.org/kbri-phnom-penh' },
  },
  { value: 1440, date: '2026-01-20', source: { name: 'Le Monde' } },
];

describe('hw-stat-card', () => {
  it('shows one figure with its label, date and source, from a core table', async () => {
    const { root } = await mount<HwStatCard>('hw-stat-card', {
      props: { data: registrationsTable() },
      attrs: { label: 'Indonesians registered after leaving scam compounds' },
    });
    expect(root.querySelector('.label')!.getAttribute('role')).toBe('heading');
    expect(figures(root)).toEqual(['440 as of January 18, 2026 Source: Embassy of Indonesia, Phnom Penh']);
  });

  it('shows figures from sources that disagree side by side, each with its source', async () => {
    const { el, root } = await mount<HwStatCard>('hw-stat-card', {
      props: { figures: DISAGREEING },
      attrs: { label: 'Indonesians released from scam compounds, January 2026' },
    });
    expect(figures(root)).toEqual([
      '440 as of January 18, 2026 Source: Embassy of Indonesia, Phnom Penh',
      '1,440 as of January 20, 2026 Source: Le Monde',
    ]);
    expect(root.querySelector('.figure a')!.getAttribute('href')).toBe('https://example.org/kbri-phnom-penh');
    expect(root.querySelector('.note')!.textContent).toBe(
      'Sources disagree: each figure is shown with its source.',
    );
    // Side by side, not merged: the second figure sits to the right of the first.
    const [a, b] = [...root.querySelectorAll('.figure')].map((f) => f.getBoundingClientRect());
    expect(b!.left).toBeGreaterThan(a!.right - 1);
    el.lang = 'fr';
    await expect.poll(() => figures(root)[1]).toBe('1 440 au 20 janvier 2026 Source : Le Monde');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('takes one figure from attributes, without script', async () => {
    const host = document.createElement('div');
    host.innerHTML =
      '<hw-stat-card label="Registered at the Chinese embassy" value="100" source="Le Monde" date="2026-01-20"></hw-stat-card>';
    document.body.append(host);
    const el = host.querySelector('hw-stat-card')!;
    await settle(el);
    expect(figures(el.shadowRoot!)).toEqual(['100 as of January 20, 2026 Source: Le Monde']);
    expect(el.shadowRoot!.querySelector('.note')).toBeNull();
  });

  it('shows a small figure as <11 through core, never its value', async () => {
    const { el, root } = await mount<HwStatCard>('hw-stat-card', {
      props: {
        figures: [
          { value: 7, source: { name: 'Shelter log' } },
          { value: 230, source: { name: 'Embassy' } },
        ],
      },
      attrs: { label: 'Minors registered' },
    });
    expect(figures(root)[0]).toBe('<11fewer than 11, not shown Source: Shelter log');
    expect(containsNumber([deepText(el), ...deepAttributes(el)].join(' '), 7)).toBe(false);
    expect(root.textContent).toContain('<11: fewer than 11');
    el.suppression = 'off';
    await settle(el);
    expect(figures(root)[0]).toBe('7 Source: Shelter log');
    expect(root.querySelector('.warning')!.textContent).toContain('disclosure control is turned off');
  });

  it('counts records with core', async () => {
    const records = generateIntakeRecords(200, 5);
    const { root } = await mount<HwStatCard>('hw-stat-card', {
      props: { records },
      attrs: { field: 'person.sex', label: 'People registered' },
    });
    expect(Number(root.querySelector('.value')!.textContent!.replace(/,/g, ''))).toBeGreaterThan(150);
  });

  it('says what is wrong with bad data, in its locale', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{}, 'There is no data to show.'],
      [
        { figures: [{ value: -4, source: { name: 'X' } }] },
        'A count cannot be negative: the count for “X” is below zero.',
      ],
      [
        { figures: [{ value: Number.NaN, source: { name: 'Y' } }] },
        'A count is not a number: the count for “Y”.',
      ],
      [{ figures: '[not json' }, 'The data is not a statistics table: it needs dimensions and cells.'],
      [
        { records: generateIntakeRecords(3) },
        'Records were given without a field to count by: set the “field” attribute.',
      ],
    ];
    for (const [props, expected] of cases) {
      const { el, root } = await mount<HwStatCard>('hw-stat-card', { props });
      expect(squash(root.querySelector('.message')!.textContent)).toBe(
        `This chart cannot be shown ${expected}`,
      );
      el.remove();
    }
    const { root } = await mount<HwStatCard>('hw-stat-card', { attrs: { lang: 'id' } });
    await expect
      .poll(() => squash(root.querySelector('.message')!.textContent))
      .toContain('Tidak ada data untuk ditampilkan.');
  });

  it('loads figures from src and reports a failed fetch', async () => {
    const { el, root } = await mount<HwStatCard>('hw-stat-card', {
      attrs: { src: `data:application/json,${encodeURIComponent(JSON.stringify(DISAGREEING))}` },
    });
    await expect.poll(() => figures(root).length).toBe(2);
    el.src = '/missing-figures.json';
    await expect.poll(() => squash(root.querySelector('.message')?.textContent)).toContain('(HTTP 404)');
  });

  it('has no axe violations in every locale', async () => {
    for (const lang of ['en', 'fr', 'id', 'zh-Hans', 'km']) {
      const { el } = await mount<HwStatCard>('hw-stat-card', {
        props: { figures: DISAGREEING },
        attrs: { lang, label: 'Registered' },
      });
      expect(await axeViolations(el), lang).toEqual([]);
      el.remove();
    }
  });
});

describe('hw-stat-card of a perturbed table', () => {
  /** A total published by core's cell key method, as the server's public statistics are. */
  async function perturbedTotal() {
    const { countBy, perturb, recordKeys, tableKeys } = await import('@homeward/core');
    const records = generateIntakeRecords(440, 21);
    const keys = await recordKeys(
      records.map((r) => r.id),
      'a publication secret for the stat card tests',
    );
    const byId = new Map(records.map((r, i) => [r.id, keys[i]!]));
    const { table, keys: sums } = tableKeys(
      records,
      (r) =>
        countBy(r, 'person.sex', { source: { name: 'Homeward published statistics', date: '2026-12-05' } }),
      (r) => byId.get(r.id)!,
    );
    return perturb(table, sums);
  }
  const notes = (root: ShadowRoot) => [...root.querySelectorAll('.note')].map((n) => squash(n.textContent));

  it('says under the figure that it is perturbed and by how much at most, in every locale, with its snapshot date', async () => {
    const data = await perturbedTotal();
    const { el, root } = await mount<HwStatCard>('hw-stat-card', {
      props: { data },
      attrs: { label: 'Registered' },
    });
    expect(figures(root)[0]).toContain(String(data.total.value));
    expect(figures(root)[0]).toContain('December 5, 2026');
    expect(notes(root)).toEqual([expect.stringContaining('differs from the true count by at most 2')]);
    expect(notes(root)[0]).toContain('a count under 11 is shown as 0 or 11');
    expect(await axeViolations(el)).toEqual([]);
    const expected: [string, string][] = [
      ['fr', 'de 2 au plus'],
      ['id', 'paling banyak 2'],
      ['zh-Hans', '最多相差 2'],
      ['km', 'យ៉ាងច្រើន 2'],
    ];
    for (const [lang, phrase] of expected) {
      el.lang = lang;
      await settle(el);
      await expect.poll(() => notes(root).join(' ')).toContain(phrase);
    }
  });

  it('says it once for two perturbed figures, and not at all for figures that are not perturbed', async () => {
    const data = await perturbedTotal();
    const { root } = await mount<HwStatCard>('hw-stat-card', { props: { figures: [data, data] } });
    expect(notes(root).filter((n) => n.includes('at most 2'))).toHaveLength(1);
    const plain = await mount<HwStatCard>('hw-stat-card', { props: { figures: DISAGREEING } });
    expect(notes(plain.root).join(' ')).not.toContain('at most');
  });
});
