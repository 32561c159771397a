import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateIncidentRecords, generateIntakeRecords } from '../../src/examples/index.js';
import {
  AGE_BANDS,
  ALL,
  countBy,
  INTAKE_CATEGORIES,
  type IntakeCategoryField,
  SEXES,
  type StatTable,
  validateIntake,
} from '../../src/index.js';
import { incident, intake, times, withdrawn } from './fixtures.js';

const value = (table: StatTable, ...keys: string[]) =>
  [...table.cells, ...table.margins, table.total].find((c) => c.keys.join('|') === keys.join('|'))?.value;

describe('countBy, one field', () => {
  const records = [
    ...times(3, () => intake({ person: { sex: 'female' } })),
    ...times(2, () => intake({ person: { sex: 'male' } })),
    intake(), // no sex recorded
    withdrawn({ person: { sex: 'female' } }),
  ];

  it('counts every value of a closed vocabulary, zeros included, in vocabulary order', () => {
    const table = countBy(records, 'person.sex');
    expect(table.dimensions).toEqual([{ field: 'person.sex', values: [...SEXES] }]);
    expect(table.cells.map((c) => [c.keys[0], c.value])).toEqual([
      ['female', 3],
      ['male', 2],
      ['other', 0],
      ['unknown', 0],
      ['declined', 0],
    ]);
    expect(table.total).toMatchObject({ keys: [ALL], value: 5, includesSuppressed: false });
    expect(table.margins).toEqual([]);
    expect(table.measure).toBe('count');
  });

  it('carries its denominator and every exclusion with its reason', () => {
    const table = countBy(records, 'person.sex');
    expect(table.denominator).toBe(7);
    expect(table.excluded).toEqual([
      { reason: 'research_consent_withdrawn', count: 1 },
      { reason: 'missing_value', count: 1 },
    ]);
  });

  it('leaves out withdrawn research consent by default, and includes it only when asked', () => {
    expect(value(countBy(records, 'person.sex'), 'female')).toBe(3);
    const included = countBy(records, 'person.sex', { includeWithdrawnConsent: true });
    expect(value(included, 'female')).toBe(4);
    expect(included.excluded).toEqual([{ reason: 'missing_value', count: 1 }]);
  });

  it('can require research consent to have been given', () => {
    const given = intake({ person: { sex: 'male' } });
    given.consent.research = { given: true, date: given.registrationDate };
    const refused = intake({ person: { sex: 'male' } });
    refused.consent.research = { given: false, date: refused.registrationDate };
    const table = countBy([given, refused, intake({ person: { sex: 'male' } })], 'person.sex', {
      requireResearchConsent: true,
    });
    expect(value(table, 'male')).toBe(1);
    expect(table.excluded).toEqual([{ reason: 'research_consent_not_given', count: 2 }]);
  });

  it('reports a value outside the vocabulary as invalid instead of counting it', () => {
    const odd = intake({ person: { sex: 'robot' as 'male' } });
    const table = countBy([odd, intake({ person: { sex: 'male' } })], 'person.sex');
    expect(table.total.value).toBe(1);
    expect(table.excluded).toEqual([{ reason: 'invalid_value', count: 1 }]);
  });

  it('ranks an open field by frequency and lists only values met', () => {
    const table = countBy(
      [
        intake({ exploitation: { country: 'KH', province: 'KH-18' } }),
        ...times(2, () => intake({ exploitation: { country: 'KH', province: 'KH-20' } })),
      ],
      'exploitation.province',
    );
    expect(table.dimensions[0]!.values).toEqual(['KH-20', 'KH-18']);
  });

  it('derives the age band from a birth date, else an age, else the band recorded', () => {
    const table = countBy(
      [
        intake({ registrationDate: '2026-01-10', person: { birthDate: '2008-01-11' } }), // 17 the day before
        intake({ person: { age: 25 } }),
        intake({ person: { ageBand: '48+' } }),
      ],
      'person.ageBand',
    );
    expect(table.dimensions[0]!.values).toEqual([...AGE_BANDS]);
    expect(value(table, '9-17')).toBe(1);
    expect(value(table, '24-26')).toBe(1);
    expect(value(table, '48+')).toBe(1);
  });

  it('counts a multi-valued field once per value, and says cells add up to more than the people', () => {
    const records = [
      intake({ person: { citizenship: ['MY', 'CN'] } }),
      intake({ person: { citizenship: ['CN'] } }),
      intake({ person: { citizenship: ['CN', 'CN'] } }), // a repeated value counts once
    ];
    const table = countBy(records, 'person.citizenship');
    expect(table.dimensions[0]).toEqual({
      field: 'person.citizenship',
      values: ['CN', 'MY'],
      multiValued: true,
    });
    expect(value(table, 'CN')).toBe(3);
    expect(value(table, 'MY')).toBe(1);
    expect(table.total.value).toBe(3); // people, not values
  });

  it('answers yes / no for needs and each ILO indicator as asked', () => {
    const records = [
      intake({ needs: { medical: true }, indicators: { deception: 'yes' } }),
      intake({ needs: { medical: false }, indicators: { deception: 'declined' } }),
      intake({ needs: {} }),
    ];
    const needs = countBy(records, 'needs.medical');
    expect(needs.cells.map((c) => c.value)).toEqual([1, 1]);
    expect(needs.excluded).toEqual([{ reason: 'missing_value', count: 1 }]);
    const deception = countBy(records, 'indicators.deception');
    expect(deception.cells.map((c) => [c.keys[0], c.value])).toEqual([
      ['yes', 1],
      ['no', 0],
      ['unknown', 0],
      ['declined', 1],
    ]);
  });

  it('keeps to the window and says how many fell outside', () => {
    const records = [
      intake({ registrationDate: '2025-12-31' }),
      intake({ registrationDate: '2026-01-01' }),
      intake({ registrationDate: '2026-01-18' }),
      intake({ registrationDate: '2026-01-19' }),
    ];
    const table = countBy(records, 'channel', { from: '2026-01-01', to: '2026-01-18' });
    expect(table.total.value).toBe(2);
    expect(table.window).toEqual({ from: '2026-01-01', to: '2026-01-18' });
    expect(table.windowField).toBe('registrationDate');
    expect(table.excluded).toEqual([{ reason: 'outside_window', count: 2 }]);
  });

  it('counts incidents by their own fields, windowed on their start date', () => {
    const table = countBy(
      [
        incident({ type: 'raid' }),
        incident({ type: 'release', dates: { start: '2025-06-01', precision: 'day' } }),
      ],
      'type',
      { from: '2026-01-01' },
    );
    expect(value(table, 'raid')).toBe(1);
    expect(value(table, 'release')).toBe(0);
    expect(table.windowField).toBe('dates.start');
  });
});

describe('countBy, two fields', () => {
  it('gives every combination with row and column margins and the total', () => {
    const records = [
      ...times(2, () => intake({ person: { sex: 'female' }, departure: { how: 'released' } })),
      intake({ person: { sex: 'male' }, departure: { how: 'released' } }),
      intake({ person: { sex: 'male' }, departure: { how: 'escaped' } }),
      intake({ person: { sex: 'male' } }), // no departure: excluded
    ];
    const table = countBy(records, ['person.sex', 'departure.how']);
    expect(table.dimensions.map((d) => d.field)).toEqual(['person.sex', 'departure.how']);
    expect(table.cells).toHaveLength(SEXES.length * 4);
    expect(value(table, 'female', 'released')).toBe(2);
    expect(value(table, 'male', 'escaped')).toBe(1);
    expect(value(table, 'other', 'rescued')).toBe(0);
    expect(value(table, 'male', ALL)).toBe(2);
    expect(value(table, ALL, 'released')).toBe(3);
    expect(table.total.value).toBe(4);
    expect(table.excluded).toEqual([{ reason: 'missing_value', count: 1 }]);
  });
});

describe('countBy on generated records (properties)', () => {
  const records = generateIntakeRecords(3000, 17);
  const single = (Object.keys(INTAKE_CATEGORIES) as IntakeCategoryField[]).filter(
    (f) => !(INTAKE_CATEGORIES[f] as { multiValued?: boolean }).multiValued,
  );

  it('adds up: cells to margins, margins to the total, total and exclusions to the denominator', () => {
    fc.assert(
      fc.property(fc.constantFrom(...single), fc.constantFrom(...single), (a, b) => {
        const table = countBy(records, [a, b]);
        const sum = (cells: typeof table.cells) => cells.reduce((s, c) => s + (c.value ?? 0), 0);
        expect(sum(table.cells)).toBe(table.total.value);
        for (const margin of table.margins) {
          const axis = margin.keys[0] === ALL ? 1 : 0;
          expect(sum(table.cells.filter((c) => c.keys[axis] === margin.keys[axis]))).toBe(margin.value);
        }
        const excluded = table.excluded.reduce((s, e) => s + (e.count ?? 0), 0);
        expect(table.total.value! + excluded).toBe(table.denominator);
      }),
      { numRuns: 40 },
    );
  });

  it('matches a plain count over the records', () => {
    const kept = records.filter((r) => r.consent.research?.withdrawnOn === undefined);
    const table = countBy(records, 'exploitation.province');
    for (const cell of table.cells) {
      expect(cell.value).toBe(kept.filter((r) => r.exploitation?.province === cell.keys[0]).length);
    }
  });

  it('is plain JSON', () => {
    const table = countBy(records, ['person.citizenship', 'person.sex']);
    expect(JSON.parse(JSON.stringify(table))).toEqual(table);
  });

  it('works on validated copies as on the originals', () => {
    const validated = records.slice(0, 200).map((r) => {
      const result = validateIntake(r);
      if (!result.ok) throw new Error('generated record did not validate');
      return result.value;
    });
    expect(countBy(validated, 'status')).toEqual(countBy(records.slice(0, 200), 'status'));
  });

  it('counts generated incidents', () => {
    const incidents = generateIncidentRecords(500, 3);
    const table = countBy(incidents, ['type', 'location.province']);
    expect(table.total.value! + (table.excluded[0]?.count ?? 0)).toBe(500);
  });
});
