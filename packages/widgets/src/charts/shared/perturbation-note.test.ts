import { countBy, perturb, recordKeys, type StatTable, tableKeys } from '@homeward/core';
import { generateIntakeRecords } from '@homeward/core/examples';
import { afterEach, describe, expect, it } from 'vitest';
import '../../define/bar-chart.js';
import type { HwBarChart } from '../../define/bar-chart.js';
import { marks, mount, settle } from '../testing/mount.js';

afterEach(() => {
  document.body.replaceChildren();
});

/** A citizenship table published by core's cell key method, as the server's public statistics are. */
async function perturbedTable(): Promise<StatTable> {
  const records = generateIntakeRecords(440, 12);
  const keys = await recordKeys(
    records.map((r) => r.id),
    'a publication secret for the chart tests',
  );
  const byId = new Map(records.map((r, i) => [r.id, keys[i]!]));
  const { table, keys: sums } = tableKeys(
    records,
    (r) => countBy(r, 'person.citizenship'),
    (r) => byId.get(r.id)!,
  );
  return perturb(table, sums);
}

const notes = (root: ShadowRoot) => root.querySelector('.notes')?.textContent ?? '';

describe('charts of perturbed tables', () => {
  it('say on their face that figures are perturbed and by how much at most, in every locale', async () => {
    const data = await perturbedTable();
    const { el, root } = await mount<HwBarChart>('hw-bar-chart', { props: { data } });
    expect(notes(root)).toContain('differs from the true count by at most 2');
    expect(notes(root)).toContain('a count under 11 is shown as 0 or 11');
    const expected: [string, string][] = [
      ['fr', 'de 2 au plus'],
      ['id', 'paling banyak 2'],
      ['zh-Hans', '最多相差 2'],
      ['km', 'យ៉ាងច្រើន 2'],
    ];
    for (const [lang, phrase] of expected) {
      el.lang = lang;
      await settle(el);
      await expect.poll(() => notes(root)).toContain(phrase);
    }
  });

  it('draw every perturbed figure as published, with no "<11" mark and no second suppression', async () => {
    const data = await perturbedTable();
    const { root } = await mount<HwBarChart>('hw-bar-chart', { props: { data } });
    const drawn = marks(root);
    expect(drawn).toHaveLength(data.cells.length);
    for (const mark of drawn) expect(mark.getAttribute('aria-label')).not.toMatch(/not shown/);
    expect(notes(root)).not.toContain('<11:');
  });

  it('leave the note out for a table that is not perturbed', async () => {
    const { root } = await mount<HwBarChart>('hw-bar-chart', {
      props: { data: countBy(generateIntakeRecords(440, 12), 'person.sex') },
    });
    expect(notes(root)).not.toContain('at most');
  });
});
