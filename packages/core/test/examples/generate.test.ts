import { describe, expect, it } from 'vitest';
import {
  generateIncidentRecords,
  generateIntakeDataset,
  generateIntakeRecords,
} from '../../src/examples/index.js';
import { ageAtIntake, isMinor, validateIncident, validateIntake } from '../../src/index.js';

describe('generateIntakeRecords', () => {
  it('gives records that all pass validateIntake, for several seeds', () => {
    for (const seed of [1, 2, 99]) {
      const records = generateIntakeRecords(3000, seed);
      const failures = records
        .map((record) => ({ record, result: validateIntake(record) }))
        .filter(({ result }) => !result.ok)
        .slice(0, 3);
      expect(failures).toEqual([]);
    }
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateIntakeRecords(200, 7)).toEqual(generateIntakeRecords(200, 7));
    expect(generateIntakeRecords(200, 7)[0]!.id).not.toBe(generateIntakeRecords(200, 8)[0]!.id);
  });

  it('has unique ids', () => {
    const records = generateIntakeRecords(20_000, 3);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });

  it('looks like the January 2026 situation', () => {
    const records = generateIntakeRecords(20_000, 5);
    const share = (predicate: (r: (typeof records)[number]) => boolean) =>
      records.filter(predicate).length / records.length;
    // Mostly Indonesian, Chinese and Vietnamese citizens.
    expect(share((r) => ['ID', 'CN', 'VN'].includes(r.person.citizenship[0]!))).toBeGreaterThan(0.55);
    // Svay Rieng (Bavet), Preah Sihanouk and Phnom Penh are the most frequent provinces.
    const provinces = new Map<string, number>();
    for (const r of records) {
      const p = r.exploitation?.province;
      if (p) provinces.set(p, (provinces.get(p) ?? 0) + 1);
    }
    const top = [...provinces]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([p]) => p);
    expect(top.sort()).toEqual(['KH-12', 'KH-18', 'KH-20']);
    // Registrations peak between 1 and 18 January 2026.
    expect(
      share((r) => r.registrationDate >= '2026-01-01' && r.registrationDate <= '2026-01-18'),
    ).toBeGreaterThan(0.5);
    // About 5% have withdrawn their research consent.
    const withdrawn = share((r) => r.consent.research?.withdrawnOn !== undefined);
    expect(withdrawn).toBeGreaterThan(0.03);
    expect(withdrawn).toBeLessThan(0.07);
    // Birth dates, ages and age bands alone all occur; names in several scripts, some with a transliteration.
    expect(share((r) => r.person.birthDate !== undefined)).toBeGreaterThan(0.2);
    expect(share((r) => r.person.age !== undefined && r.person.birthDate === undefined)).toBeGreaterThan(0.2);
    expect(share((r) => r.person.ageBand !== undefined && ageAtIntake(r) === undefined)).toBeGreaterThan(
      0.05,
    );
    expect(share((r) => /\p{Script=Han}/u.test(r.person.fullName))).toBeGreaterThan(0.1);
    expect(
      share((r) => /\p{Script=Thai}|\p{Script=Myanmar}|\p{Script=Khmer}/u.test(r.person.fullName)),
    ).toBeGreaterThan(0.03);
    expect(share((r) => r.person.latinName !== undefined)).toBeGreaterThan(0.1);
    // Wages owed in several currencies, ILO indicators answered, a few minors flagged.
    const currencies = new Set(records.flatMap((r) => r.wagesOwed?.map((w) => w.currency) ?? []));
    expect(currencies.size).toBeGreaterThanOrEqual(4);
    expect(share((r) => r.indicators?.deception === 'yes')).toBeGreaterThan(0.5);
    expect(records.filter((r) => r.childProtection).every((r) => isMinor(r))).toBe(true);
    expect(share((r) => r.childProtection === true)).toBeGreaterThan(0);
  });

  it('flags its deliberate near-duplicates, which are the same person in another office', () => {
    const { records, duplicates } = generateIntakeDataset(10_000, 11);
    const byId = new Map(records.map((r) => [r.id, r]));
    expect(duplicates.length).toBeGreaterThan(100);
    for (const { first, second } of duplicates) {
      const a = byId.get(first)!;
      const b = byId.get(second)!;
      expect(a.id).not.toBe(b.id);
      expect(b.person.citizenship).toEqual(a.person.citizenship);
      expect(b.office).not.toBe(a.office);
      expect(b.registrationDate >= a.registrationDate).toBe(true);
      // Shared nothing: editing one record must not edit the other.
      expect(b.exploitation === undefined || b.exploitation !== a.exploitation).toBe(true);
    }
    // Some pairs are written differently (another script, spelling or capitals), not copied verbatim.
    expect(
      duplicates.some(
        ({ first, second }) => byId.get(first)!.person.fullName !== byId.get(second)!.person.fullName,
      ),
    ).toBe(true);
  });
});

describe('generateIncidentRecords', () => {
  it('gives records that all pass validateIncident', () => {
    const failures = generateIncidentRecords(3000, 4)
      .map((record) => ({ record, result: validateIncident(record) }))
      .filter(({ result }) => !result.ok)
      .slice(0, 3);
    expect(failures).toEqual([]);
  });

  it('is deterministic and peaks in January 2026', () => {
    const records = generateIncidentRecords(2000, 9);
    expect(records).toEqual(generateIncidentRecords(2000, 9));
    const january = records.filter((r) => r.dates.start.startsWith('2026-01')).length;
    expect(january / records.length).toBeGreaterThan(0.5);
  });
});
