import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateIncidentRecords, generateIntakeRecords } from '../../src/examples/index.js';
import {
  ALL,
  countBy,
  cumulativeShown,
  incidentEstimates,
  monthsHeld,
  type StatTable,
  suppress,
  timeSeries,
  wagesOwed,
} from '../../src/index.js';
import { hiddenRanges } from './feasible-range.js';
import { entryValues, matrixTable, vectorTable } from './tables.js';

const shown = (table: StatTable) => table.cells.map((c) => (c.suppressed ? null : c.value));

describe('suppress', () => {
  it('hides a small count and the next smallest, and says the total includes them', () => {
    const table = suppress(vectorTable([3, 50, 60]));
    expect(shown(table)).toEqual([null, null, 60]);
    expect(table.cells[0]).toEqual({ keys: ['v0'], value: null, suppressed: true });
    expect(table.total).toMatchObject({ value: 113, suppressed: false, includesSuppressed: true });
    expect(table.disclosure).toEqual({ k: 11 });
  });

  it('never shows a small count as zero or as its value', () => {
    const table = suppress(vectorTable([0, 1, 10, 11, 200]));
    for (const cell of table.cells) if (cell.value !== null) expect(cell.value).toBeGreaterThanOrEqual(11);
    expect(JSON.stringify(table.cells)).not.toMatch(/"value":(0|1|10)\b/);
  });

  it('leaves a table with nothing small as it was, apart from the disclosure note', () => {
    const original = vectorTable([20, 30, 40]);
    const table = suppress(original);
    expect(shown(table)).toEqual([20, 30, 40]);
    expect(table.total.includesSuppressed).toBe(false);
  });

  it('shows zeros when asked to', () => {
    expect(shown(suppress(vectorTable([0, 30, 40]), { zeros: 'show' }))).toEqual([0, 30, 40]);
    expect(shown(suppress(vectorTable([0, 30, 40])))).toEqual([null, null, 40]);
  });

  it('uses the k it is given', () => {
    expect(shown(suppress(vectorTable([4, 30, 40]), { k: 5 }))).toEqual([null, null, 40]);
    expect(shown(suppress(vectorTable([5, 30, 40]), { k: 5 }))).toEqual([5, 30, 40]);
    expect(() => suppress(vectorTable([1]), { k: 0 })).toThrow(RangeError);
    expect(() => suppress(vectorTable([1]), { roundTo: 2.5 })).toThrow(RangeError);
  });

  it('rounds what it shows to the base and says so', () => {
    const table = suppress(vectorTable([3, 52, 61]), { roundTo: 5 });
    expect(shown(table)).toEqual([null, null, 60]);
    expect(table.total).toMatchObject({ value: 115, rounded: true });
    expect(table.disclosure).toEqual({ k: 11, roundTo: 5 });
  });

  it('does not change the table it is given', () => {
    const original = matrixTable([
      [1, 20, 30],
      [40, 2, 50],
    ]);
    const copy = structuredClone(original);
    suppress(original);
    expect(original).toEqual(copy);
  });

  it('hides small exclusion counts and whatever would give them away', () => {
    const table = suppress(vectorTable([40, 50], [3]));
    expect(table.excluded).toEqual([{ reason: 'missing_value', count: null }]);
    expect(table.denominator).toBeNull(); // 93 - 90 would give the 3 away
    const two = suppress(vectorTable([40, 50], [3, 30]));
    expect(two.excluded.map((e) => e.count)).toEqual([null, null]);
    expect(two.denominator).toBe(123);
  });

  it('hides a whole table below k', () => {
    const table = suppress(vectorTable([2, 3]));
    expect(shown(table)).toEqual([null, null]);
    expect(table.total).toMatchObject({ value: null, suppressed: true, includesSuppressed: false });
    expect(table.denominator).toBeNull();
  });

  it('keeps hidden what an earlier pass hid', () => {
    const once = suppress(vectorTable([3, 50, 60, 70]));
    const twice = suppress(once, { k: 11 });
    expect(shown(twice)).toEqual(shown(once));
  });

  it('protects two-way tables so that no hidden count can be solved for', () => {
    const original = matrixTable(
      [
        [0, 3, 4, 78],
        [10, 0, 3, 0],
        [3, 0, 4, 4],
        [0, 0, 0, 2],
      ],
      [5],
    );
    const table = suppress(original, { k: 3 });
    const truth = entryValues(original);
    for (const { label, min, max } of hiddenRanges(table)) {
      if (truth.get(label)! < 3) expect(max - min + 1, label).toBeGreaterThanOrEqual(3);
    }
  });

  it('protects real two-way counts of generated records (checked by solving for every hidden count)', () => {
    const records = generateIntakeRecords(1500, 23);
    for (const fields of [
      ['person.sex', 'exploitation.province'],
      ['departure.how', 'status'],
      ['person.ageBand', 'indicators.debtBondage'],
    ] as const) {
      const original = countBy(records, fields);
      const table = suppress(original);
      const truth = entryValues(original);
      for (const { label, min, max } of hiddenRanges(table)) {
        expect(max, label).toBeGreaterThan(min);
        if (truth.get(label)! < 11) expect(max - min + 1, `${fields} ${label}`).toBeGreaterThanOrEqual(11);
      }
      const cells = table.cells.filter((c) => !c.suppressed);
      for (const cell of cells) expect(cell.value).toBeGreaterThanOrEqual(11);
      expect(table.margins.some((m) => m.includesSuppressed)).toBe(table.cells.some((c) => c.suppressed));
    }
  });

  it('hides q1, median and q3 of a small group together, and its number of people', () => {
    const records = generateIntakeRecords(800, 8);
    const table = suppress(monthsHeld(records, { by: 'exploitation.province' }));
    const groups = new Map<string, boolean[]>();
    for (const cell of table.cells) {
      groups.set(cell.keys[0]!, [...(groups.get(cell.keys[0]!) ?? []), cell.suppressed]);
      if (cell.suppressed) expect(cell.n).toBeNull();
      else expect(cell.n).toBeGreaterThanOrEqual(11);
    }
    for (const flags of groups.values()) expect(new Set(flags).size).toBe(1);
    expect([...groups.values()].some(([hidden]) => hidden)).toBe(true);
    expect(table.total).toMatchObject({ value: null, notApplicable: true, suppressed: false });
  });

  it('hides money owed to fewer than k people, never adding currencies', () => {
    const records = generateIntakeRecords(600, 9);
    const original = wagesOwed(records);
    const table = suppress(original);
    original.cells.forEach((cell, i) => {
      expect(table.cells[i]!.suppressed).toBe(cell.n! < 11);
    });
    expect(table.total.value).toBeNull();
  });

  it('protects incident estimates by the number of incidents', () => {
    const table = suppress(incidentEstimates(generateIncidentRecords(60, 2), { by: 'location.province' }));
    for (const cell of table.cells) if (!cell.suppressed) expect(cell.n).toBeGreaterThanOrEqual(11);
  });
});

describe('suppress on cumulative series', () => {
  it('shows a running total only after it has grown by at least k', () => {
    expect(cumulativeShown([5, 12, 15, 30, 31, 31, 45], 11)).toEqual([
      false,
      true,
      false,
      true,
      false,
      false,
      true,
    ]);
    // A short last step is merged into the one before, so that the final total can be shown.
    expect(cumulativeShown([20, 25], 11)).toEqual([false, true]);
    expect(cumulativeShown([3, 5], 11)).toEqual([false, false]);
  });

  it('never lets two shown running totals differ by less than k', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 2, max: 15 }),
        (steps, k) => {
          const running = steps.map((_, i) => steps.slice(0, i + 1).reduce((a, b) => a + b, 0));
          const flags = cumulativeShown(running, k);
          let previous = 0;
          flags.forEach((show, i) => {
            if (!show) return;
            expect(running[i]! - previous).toBeGreaterThanOrEqual(k);
            previous = running[i]!;
          });
          // Every hidden running total lies between two shown ones (or zero) at least k apart: k + 1 values possible.
        },
      ),
    );
  });

  it('applies to cumulative tables, the total going with the last period', () => {
    const records = generateIntakeRecords(400, 12);
    const table = suppress(
      timeSeries(records, { field: 'registrationDate', interval: 'week', cumulative: true }),
    );
    const values = table.cells.map((c) => c.value);
    const last = table.cells[table.cells.length - 1]!;
    expect(table.total.value).toBe(last.value);
    let previous = 0;
    for (const value of values) {
      if (value === null) continue;
      expect(value - previous).toBeGreaterThanOrEqual(11);
      previous = value;
    }
    expect(values.some((v) => v === null)).toBe(true);
  });
});

describe('suppress keeps tables chartable', () => {
  it('keeps the shape: keys, dimensions, measure, unit, window, source', () => {
    const original = countBy(generateIntakeRecords(300, 1), ['person.sex', 'status'], {
      from: '2026-01-01',
      to: '2026-01-18',
      source: { name: 'Generated', date: '2026-01-19' },
    });
    const table = suppress(original);
    expect(table.cells.map((c) => c.keys)).toEqual(original.cells.map((c) => c.keys));
    expect(table.margins.map((c) => c.keys)).toEqual(original.margins.map((c) => c.keys));
    expect(table.total.keys).toEqual([ALL, ALL]);
    const { cells, margins, total, disclosure, denominator, excluded, ...rest } = table;
    const { cells: c, margins: m, total: t, denominator: d, excluded: e, ...originalRest } = original;
    expect(rest).toEqual(originalRest);
    expect(JSON.parse(JSON.stringify(table))).toEqual(table);
  });
});
