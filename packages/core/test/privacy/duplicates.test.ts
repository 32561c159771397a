import { describe, expect, it } from 'vitest';
import { generateIntakeDataset } from '../../src/examples/index.js';
import {
  canonicalName,
  duplicateCandidates,
  findDuplicates,
  jaroWinkler,
  nameSkeleton,
} from '../../src/index.js';
import { intake } from '../stats/fixtures.js';

describe('names', () => {
  it('computes Jaro-Winkler as published', () => {
    // Winkler's examples (1990), as in most references.
    expect(jaroWinkler('MARTHA', 'MARHTA')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('DWAYNE', 'DUANE')).toBeCloseTo(0.84, 3);
    expect(jaroWinkler('DIXON', 'DICKSONX')).toBeCloseTo(0.813, 3);
    expect(jaroWinkler('abc', 'abc')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'abc')).toBe(0);
  });

  it('compares names across scripts, diacritics, order and case', () => {
    expect(canonicalName('王伟')).toBe(canonicalName('Wang Wei'));
    expect(canonicalName('Nguyễn Văn Hùng')).toBe(canonicalName('NGUYEN VAN HUNG'));
    expect(canonicalName('Wei Wang')).toBe(canonicalName('Wang Wei'));
    expect(nameSkeleton('Soetrisno')).toBe(nameSkeleton('Sutrisno'));
    expect(nameSkeleton('Muhammad Rizky')).toBe(nameSkeleton('Muhamad Rizki'));
  });
});

describe('findDuplicates', () => {
  const person = (fullName: string, extra: Record<string, unknown> = {}) =>
    intake({ person: { fullName, citizenship: ['CN'], sex: 'male', birthDate: '1999-03-04', ...extra } });

  it('pairs a name in Han characters with the same name in pinyin, with the reasons', () => {
    const a = person('王伟');
    const b = person('Wang Wei');
    const [pair] = findDuplicates([a, b, person('李娜', { birthDate: '2001-05-06', sex: 'female' })]);
    expect(pair).toMatchObject({ first: a.id, second: b.id, firstIndex: 0, secondIndex: 1 });
    expect(pair!.reasons).toEqual(
      expect.arrayContaining(['same_name', 'same_birth_date', 'same_citizenship']),
    );
    expect(pair!.score).toBeGreaterThan(0.9);
  });

  it('weighs a shared document number, and holds conflicting birth dates against a pair', () => {
    const doc = [{ type: 'passport' as const, number: 'E12345678', status: 'held' as const }];
    const a = intake({ person: { fullName: 'Zhang Min', citizenship: ['CN'], age: 30 }, documents: doc });
    const b = intake({
      person: { fullName: 'ZHANG MIN', citizenship: ['CN'] },
      documents: [{ ...doc[0]!, number: 'e1234 5678' }],
    });
    expect(findDuplicates([a, b])[0]?.reasons).toContain('same_document_number');
    expect(findDuplicates([person('Wang Wei'), person('Wang Wei', { birthDate: '1988-11-30' })])).toEqual([]);
  });

  it('does not pair people who merely share a common name', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      intake({ person: { fullName: 'Siti', citizenship: ['ID'], age: 20 + (i % 15) } }),
    );
    expect(findDuplicates(many)).toEqual([]);
  });

  it('finds most of the deliberate near-duplicates of generated data, with few false pairs', () => {
    const { records, duplicates } = generateIntakeDataset(10_000, 21);
    const truth = new Set(duplicates.map((d) => `${d.first} ${d.second}`));
    const pairs = findDuplicates(records);
    const found = pairs.filter((p) => truth.has(`${p.first} ${p.second}`)).length;
    expect(found / duplicates.length).toBeGreaterThan(0.85);
    expect(found / pairs.length).toBeGreaterThan(0.85);
    // Sorted best first, scores within 0..1.
    for (let i = 1; i < pairs.length; i++) expect(pairs[i]!.score).toBeLessThanOrEqual(pairs[i - 1]!.score);
  });

  it('compares far fewer pairs than all against all, growing linearly even when everyone shares a name', () => {
    // The worst case for blocking: one name, one citizenship, one age.
    const same = (n: number) =>
      Array.from({ length: n }, () => intake({ person: { fullName: 'Siti', citizenship: ['ID'], age: 20 } }));
    const small = duplicateCandidates(same(5_000)).length;
    const large = duplicateCandidates(same(20_000)).length;
    expect(large).toBeLessThanOrEqual(20_000 * 2 * 40); // at most 2 × maxBlock per record and key
    expect(large / small).toBeLessThan(4.5); // all against all would be 16
    const generated = duplicateCandidates(generateIntakeDataset(20_000, 3).records).length;
    expect(generated).toBeLessThan(20_000 * 10);
    // It counts pairs, not time: 45,000 generated records take seconds on a busy 2-core machine.
  }, 30_000);
});
