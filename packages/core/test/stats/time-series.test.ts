import { afterEach, describe, expect, it } from 'vitest';
import { generateIntakeRecords } from '../../src/examples/index.js';
import { periodOf, periodStart, periodsBetween, timeSeries } from '../../src/index.js';
import { incident, intake, withdrawn } from './fixtures.js';

const series = (table: ReturnType<typeof timeSeries>) => table.cells.map((c) => `${c.keys[0]}=${c.value}`);

describe('periods', () => {
  it('writes ISO weeks in the week-numbering year', () => {
    expect(periodOf('2021-01-03', 'week')).toBe('2020-W53'); // a Sunday still in 2020's last week
    expect(periodOf('2021-01-04', 'week')).toBe('2021-W01');
    expect(periodOf('2025-12-29', 'week')).toBe('2026-W01'); // a Monday already in 2026's first week
    expect(periodOf('2026-01-18', 'week')).toBe('2026-W03');
    expect(periodOf('2026-01-18', 'month')).toBe('2026-01');
    expect(periodOf('2026-01-18', 'day')).toBe('2026-01-18');
  });

  it('refuses what is not a real date', () => {
    expect(periodOf('2026-02-30', 'day')).toBeUndefined();
    expect(periodOf('18/01/2026', 'week')).toBeUndefined();
  });

  it('lists every period between two dates, inclusive', () => {
    expect(periodsBetween('2025-12-30', '2026-01-02', 'day')).toEqual([
      '2025-12-30',
      '2025-12-31',
      '2026-01-01',
      '2026-01-02',
    ]);
    expect(periodsBetween('2025-12-20', '2026-01-12', 'week')).toEqual([
      '2025-W51',
      '2025-W52',
      '2026-W01',
      '2026-W02',
      '2026-W03',
    ]);
    expect(periodsBetween('2025-11-30', '2026-02-01', 'month')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(periodsBetween('2026-02-01', '2026-01-01', 'month')).toEqual([]);
    expect(periodStart('2026-01-18', 'week')).toBe('2026-01-12');
  });
});

describe('timeSeries', () => {
  it('counts per day, zero-filling the days with nobody', () => {
    const table = timeSeries(
      [
        intake({ registrationDate: '2026-01-01' }),
        intake({ registrationDate: '2026-01-03' }),
        intake({ registrationDate: '2026-01-03' }),
      ],
      { field: 'registrationDate', interval: 'day' },
    );
    expect(series(table)).toEqual(['2026-01-01=1', '2026-01-02=0', '2026-01-03=2']);
    expect(table.dimensions[0]).toEqual({
      field: 'registrationDate',
      interval: 'day',
      values: ['2026-01-01', '2026-01-02', '2026-01-03'],
    });
    expect(table.total.value).toBe(3);
  });

  it('zero-fills the whole window, beyond the data, and counts what falls outside', () => {
    const table = timeSeries(
      [intake({ registrationDate: '2026-01-05' }), intake({ registrationDate: '2026-03-01' })],
      { field: 'registrationDate', interval: 'week', from: '2025-12-29', to: '2026-01-25' },
    );
    expect(series(table)).toEqual(['2026-W01=0', '2026-W02=1', '2026-W03=0', '2026-W04=0']);
    expect(table.excluded).toEqual([{ reason: 'outside_window', count: 1 }]);
    expect(table.window).toEqual({ from: '2025-12-29', to: '2026-01-25' });
  });

  it('gives running totals when cumulative, the last equal to the total', () => {
    const table = timeSeries(
      [
        intake({ registrationDate: '2025-12-15' }),
        intake({ registrationDate: '2026-02-01' }),
        intake({ registrationDate: '2026-02-20' }),
      ],
      { field: 'registrationDate', interval: 'month', cumulative: true },
    );
    expect(series(table)).toEqual(['2025-12=1', '2026-01=1', '2026-02=3']);
    expect(table.cumulative).toBe(true);
    expect(table.total.value).toBe(3);
  });

  it('buckets by any date field, leaving out records without it and withdrawn consent', () => {
    const table = timeSeries(
      [
        intake({ exploitation: { country: 'KH', startDate: '2025-05-01' } }),
        intake({ exploitation: { country: 'KH' } }),
        withdrawn({ exploitation: { country: 'KH', startDate: '2025-05-02' } }),
      ],
      { field: 'exploitation.startDate', interval: 'month' },
    );
    expect(series(table)).toEqual(['2025-05=1']);
    expect(table.excluded).toEqual([
      { reason: 'research_consent_withdrawn', count: 1 },
      { reason: 'missing_value', count: 1 },
    ]);
  });

  it('sums incident estimates when asked, with the number of incidents behind each period', () => {
    const table = timeSeries(
      [
        incident({ peopleAffected: { min: 1, best: 100, max: 200 } }),
        incident({ peopleAffected: { min: 1, best: 40, max: 50 } }),
        incident({ dates: { start: '2026-01-20', precision: 'week' } }),
      ],
      { field: 'dates.start', interval: 'week', sum: 'peopleAffected.best' },
    );
    expect(table.measure).toBe('estimate');
    expect(table.unit).toBe('people');
    expect(table.cells.map((c) => [c.keys[0], c.value, c.n])).toEqual([
      ['2026-W02', 140, 2],
      ['2026-W03', 0, 0],
      ['2026-W04', 20, 1],
    ]);
    expect(table.total).toMatchObject({ value: 160, n: 3 });
  });

  it('gives the same buckets in every time zone', () => {
    const records = generateIntakeRecords(2000, 4);
    const original = process.env.TZ;
    const results = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Phnom_Penh'].map((tz) => {
      process.env.TZ = tz;
      return timeSeries(records, { field: 'registrationDate', interval: 'week' });
    });
    process.env.TZ = original;
    for (const result of results) expect(result).toEqual(results[0]);
  });

  afterEach(() => {
    expect(process.env.TZ).not.toBe('Pacific/Kiritimati');
  });

  it('peaks in the first weeks of January 2026 on generated data', () => {
    const table = timeSeries(generateIntakeRecords(5000, 2), { field: 'registrationDate', interval: 'week' });
    const top = [...table.cells].sort((a, b) => b.value! - a.value!)[0]!;
    expect(['2026-W01', '2026-W02', '2026-W03']).toContain(top.keys[0]);
    expect(table.cells.reduce((s, c) => s + c.value!, 0)).toBe(table.total.value);
  });
});
