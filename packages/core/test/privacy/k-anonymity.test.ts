import { describe, expect, it } from 'vitest';
import { generateIntakeRecords } from '../../src/examples/index.js';
import { kAnonymity, redact } from '../../src/index.js';
import { intake, times } from '../stats/fixtures.js';

describe('kAnonymity', () => {
  const records = [
    ...times(3, () => intake({ person: { sex: 'female', age: 25, citizenship: ['ID'] } })),
    ...times(2, () => intake({ person: { sex: 'male', age: 24, citizenship: ['ID'] } })),
    intake({ person: { sex: 'male', age: 40, citizenship: ['KE'] } }),
  ];

  it('gives the smallest equivalence class and the records at risk, smallest classes first', () => {
    const result = kAnonymity(records, ['person.sex', 'person.ageBand', 'person.citizenship'], { k: 3 });
    expect(result.k).toBe(1);
    expect(result.classes).toBe(3);
    expect(result.atRisk.map((r) => [r.index, r.classSize])).toEqual([
      [5, 1],
      [3, 2],
      [4, 2],
    ]);
    expect(result.atRisk[0]).toMatchObject({ id: records[5]!.id, values: ['male', '39-47', 'KE'] });
  });

  it('reaches k once quasi-identifiers are coarse enough', () => {
    const result = kAnonymity(records.slice(0, 5), ['person.citizenship'], { k: 5 });
    expect(result).toMatchObject({ k: 5, classes: 1, atRisk: [] });
  });

  it('treats lists as sets and a missing value as a value of its own', () => {
    const result = kAnonymity(
      [
        intake({ person: { citizenship: ['MY', 'CN'] } }),
        intake({ person: { citizenship: ['CN', 'MY'] } }),
        intake(),
      ],
      ['person.citizenship', 'person.sex'],
      { k: 2 },
    );
    expect(result.classes).toBe(2);
    expect(result.atRisk.map((r) => r.values)).toEqual([['ID', '']]);
  });

  it('checks what is published: redacted records, with months for dates', () => {
    const published = generateIntakeRecords(3000, 2).map((r) => redact(r, 'public'));
    const fine = kAnonymity(published, ['person.citizenship', 'person.sex']);
    const coarse = kAnonymity(published, [
      'person.citizenship',
      'person.sex',
      'person.ageBand',
      'registrationDate',
    ]);
    expect(coarse.k).toBeLessThanOrEqual(fine.k);
    expect(coarse.atRisk.length).toBeGreaterThanOrEqual(fine.atRisk.length);
    for (const r of coarse.atRisk) expect(r.values[3]).toMatch(/^\d{4}-\d{2}$/);
  });

  it('is 0 for no records', () => {
    expect(kAnonymity([], ['person.sex'])).toMatchObject({ k: 0, classes: 0, atRisk: [] });
  });
});
