import { describe, expect, it, vi } from 'vitest';
import { compareRecords, defaultMatchModel, estimateMatchModel, findMatches } from '../../src/index.js';
import { intake } from '../stats/fixtures.js';
import { labelledSet } from './labelled-set.js';

// These tests build caseloads of thousands of records: on a shared, loaded machine they need more than 5 s.
vi.setConfig({ testTimeout: 60_000 });

describe('estimateMatchModel', () => {
  const set = labelledSet(4000, 11);
  const model = estimateMatchModel(set.records);

  it('converges on a planted set to m and u that tell matches from non-matches', () => {
    expect(model.estimated?.converged).toBe(true);
    const { name, document, birth, sex } = model.fields;
    expect(document.exact!.m).toBeGreaterThan(0.5);
    expect(document.exact!.u).toBeLessThan(1e-4);
    expect(name.different!.m).toBeLessThan(0.1);
    expect(name.different!.u).toBeGreaterThan(0.9);
    expect(birth.different!.m).toBeLessThan(0.1);
    expect(sex.same!.m).toBeGreaterThan(0.9);
    // λ within a factor of three of the planted share of matching pairs.
    const n = set.records.length;
    const truePrior = set.matches / ((n * (n - 1)) / 2);
    expect(model.prior).toBeGreaterThan(truePrior / 3);
    expect(model.prior).toBeLessThan(truePrior * 3);
  });

  it('is plain JSON that scores the same after a round trip', () => {
    const stored = JSON.parse(JSON.stringify(model));
    const [a, b] = [set.records[5]!, set.records[6]!];
    expect(compareRecords(a, b, { model: stored })).toEqual(compareRecords(a, b, { model }));
  });

  it('finds the planted duplicates with high precision at the default threshold', () => {
    const pairs = findMatches(set.records, { model, minProbability: model.thresholds.match });
    const found = pairs.filter((p) => set.truth.has(`${p.first} ${p.second}`)).length;
    expect(found / set.matches).toBeGreaterThan(0.9);
    expect(found / pairs.length).toBeGreaterThan(0.95);
  });

  it('still gives a usable model for a tiny caseload', () => {
    const tiny = estimateMatchModel([intake(), intake()]);
    for (const field of Object.values(tiny.fields)) {
      for (const { m, u } of Object.values(field)) {
        expect(m).toBeGreaterThan(0);
        expect(u).toBeGreaterThan(0);
      }
    }
  });
});

describe('term-frequency adjustment', () => {
  it('counts agreement on a common name for less than on a rare one', () => {
    const common = Array.from({ length: 200 }, (_, i) =>
      intake({ person: { fullName: 'Siti', citizenship: ['ID'], age: 18 + (i % 30) } }),
    );
    const rare = [intake({ person: { fullName: 'Tarmuji', citizenship: ['ID'], age: 30 } })];
    const model = estimateMatchModel([...common, ...rare], { minNameCount: 2 });
    const weight = (name: string) =>
      compareRecords(
        intake({ person: { fullName: name, citizenship: ['ID'] } }),
        intake({ person: { fullName: name, citizenship: ['ID'] } }),
        { model },
      ).comparisons[0]!.weight;
    expect(weight('Siti')).toBeLessThan(weight('Tarmuji') - 5);
    // The default model has no frequencies: both count alike.
    const plain = defaultMatchModel();
    const w = (name: string) =>
      compareRecords(
        intake({ person: { fullName: name, citizenship: ['ID'] } }),
        intake({ person: { fullName: name, citizenship: ['ID'] } }),
        { model: plain },
      ).weight;
    expect(w('Siti')).toBe(w('Tarmuji'));
  });

  it('leaves names fewer than minCount records share out of the stored model', () => {
    const records = [
      ...Array.from({ length: 6 }, () => intake({ person: { fullName: 'Siti', citizenship: ['ID'] } })),
      intake({ person: { fullName: 'Tarmuji', citizenship: ['ID'] } }),
    ];
    const counts = estimateMatchModel(records).nameFrequencies.counts;
    expect(counts).toEqual({ siti: 6 });
  });
});

describe('the three-times registered "Rizky, 18, Indonesia"', () => {
  it('is at least queued for review, pair by pair, within a caseload (findDuplicates scored it 0.82, under its 0.9)', () => {
    const { records } = labelledSet(3000, 5);
    const rizky = () =>
      intake({
        person: { fullName: 'Rizky', sex: 'male', age: 18, citizenship: ['ID'] },
        registrationDate: '2026-01-12',
      });
    const three = [rizky(), rizky(), rizky()];
    const all = [...records, ...three];
    const model = estimateMatchModel(all);
    const pairs = findMatches(all, { model });
    const ids = new Set(three.map((r) => r.id));
    const among = pairs.filter((p) => ids.has(p.first) && ids.has(p.second));
    expect(among).toHaveLength(3);
    for (const p of among) expect(p.band).not.toBe('distinct');
  });
});
