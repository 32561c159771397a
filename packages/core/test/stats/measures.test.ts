import { describe, expect, it } from 'vitest';
import {
  ALL,
  DAYS_PER_MONTH,
  incidentEstimates,
  monthsHeld,
  quantileSorted,
  wagesOwed,
} from '../../src/index.js';
import { incident, intake, withdrawn } from './fixtures.js';

const cellsOf = (table: { cells: { keys: string[]; value: number | null; n?: number | null }[] }) =>
  Object.fromEntries(table.cells.map((c) => [c.keys.join('|'), [c.value, c.n]]));

/** A record held from 2025-01-01 for `days` days. */
const held = (days: number, province = 'KH-20') => {
  const end = new Date(Date.UTC(2025, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
  return intake({ exploitation: { country: 'KH', province, startDate: '2025-01-01', endDate: end } });
};

describe('quantileSorted', () => {
  it('interpolates between order statistics (type 7)', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantileSorted([7], 0.75)).toBe(7);
    expect(quantileSorted([], 0.5)).toBeNaN();
  });
});

describe('monthsHeld', () => {
  it('gives the quartiles of months held, with the number of people', () => {
    // 0, 61, 122 and 183 days are 0, 2.004, 4.008 and 6.012 average months: q1 = 1.503, median 3.006, q3 4.509.
    const table = monthsHeld([held(0), held(61), held(122), held(183), intake()]);
    expect(DAYS_PER_MONTH).toBeCloseTo(30.436875, 6);
    expect(table.measure).toBe('quantile');
    expect(table.unit).toBe('months');
    expect(cellsOf(table)).toEqual({ q1: [1.5, 4], median: [3, 4], q3: [4.5, 4] });
    expect(table.total).toMatchObject({ value: null, notApplicable: true, n: 4 });
    expect(table.excluded).toEqual([{ reason: 'missing_value', count: 1 }]);
  });

  it('gives them per group, with the overall quartiles as margins', () => {
    const table = monthsHeld([held(30, 'KH-18'), held(90, 'KH-18'), held(300, 'KH-20')], {
      by: 'exploitation.province',
    });
    expect(table.dimensions.map((d) => d.values)).toEqual([
      ['KH-18', 'KH-20'],
      ['q1', 'median', 'q3'],
    ]);
    expect(cellsOf(table)['KH-18|median']).toEqual([2, 2]); // 60 days
    expect(cellsOf(table)['KH-20|median']).toEqual([9.9, 1]); // 300 days
    expect(table.margins.find((m) => m.keys.join() === `${ALL},median`)?.value).toBe(3); // 90 days
  });

  it('has no cells when nobody has both dates', () => {
    const table = monthsHeld([intake()]);
    expect(table.cells).toEqual([]);
    expect(table.dimensions[0]!.values).toEqual([]);
  });
});

describe('wagesOwed', () => {
  const records = [
    intake({ person: { citizenship: ['ID'] }, wagesOwed: [{ amount: 4800, currency: 'USD' }] }),
    intake({
      person: { citizenship: ['ID'] },
      wagesOwed: [
        { amount: 100.1, currency: 'USD' },
        { amount: 200.2, currency: 'USD' },
      ],
    }),
    intake({
      person: { citizenship: ['CN'] },
      wagesOwed: [
        { amount: 3000, currency: 'CNY' },
        { amount: 50, currency: 'USD' },
      ],
    }),
    intake({ person: { citizenship: ['ID'] } }),
    withdrawn({ wagesOwed: [{ amount: 1, currency: 'USD' }] }),
  ];

  it('sums per currency, never across, counting each person once per currency', () => {
    const table = wagesOwed(records);
    expect(table.measure).toBe('sum');
    expect(table.unit).toBe('currency');
    expect(table.dimensions[0]).toMatchObject({
      field: 'wagesOwed[].currency',
      values: ['USD', 'CNY'],
      multiValued: true,
    });
    expect(cellsOf(table)).toEqual({ USD: [5150.3, 3], CNY: [3000, 1] });
    expect(table.total).toMatchObject({ value: null, notApplicable: true, n: 3 });
    expect(table.excluded).toEqual([
      { reason: 'research_consent_withdrawn', count: 1 },
      { reason: 'missing_value', count: 1 },
    ]);
  });

  it('sums per currency and group, with per-currency margins only', () => {
    const table = wagesOwed(records, { by: 'person.citizenship' });
    expect(cellsOf(table)).toEqual({
      'USD|ID': [5100.3, 2],
      'USD|CN': [50, 1],
      'CNY|ID': [0, 0],
      'CNY|CN': [3000, 1],
    });
    expect(table.margins.map((m) => m.keys.join('|'))).toEqual([`USD|${ALL}`, `CNY|${ALL}`]);
  });

  it('names the currency as the unit when there is only one', () => {
    expect(wagesOwed([records[0]!]).unit).toBe('USD');
  });
});

describe('incidentEstimates', () => {
  const records = [
    incident({ type: 'release', peopleAffected: { min: 150, best: 300, max: 500 } }),
    incident({ type: 'release', peopleAffected: { min: 10, best: 20, max: 40 } }),
    incident({ type: 'raid', peopleAffected: { min: 0, best: 5, max: 9 } }),
  ];

  it('sums min, best and max separately, with the number of incidents', () => {
    const table = incidentEstimates(records);
    expect(cellsOf(table)).toEqual({ min: [160, 3], best: [325, 3], max: [549, 3] });
    expect(table.total).toMatchObject({ value: null, notApplicable: true, n: 3 });
  });

  it('sums them per group with overall margins', () => {
    const table = incidentEstimates(records, { by: 'type' });
    expect(table.dimensions[0]!.values).toEqual(['release', 'raid']);
    expect(cellsOf(table)['release|best']).toEqual([320, 2]);
    expect(table.margins.find((m) => m.keys.join() === `${ALL},max`)?.value).toBe(549);
  });
});
