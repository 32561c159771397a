import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  blockingKeys,
  compareRecords,
  estimateMatchModel,
  explainMatch,
  findMatches,
  type IntakeRecord,
  MatchIndex,
  scoreCandidates,
} from '../../src/index.js';
import { labelledSet } from './labelled-set.js';

// These tests build caseloads of thousands of records: on a shared, loaded machine they need more than 5 s.
vi.setConfig({ testTimeout: 60_000 });

describe('blocking', () => {
  it('keeps nearly every pair that is one person while comparing few pairs', () => {
    const set = labelledSet(6000, 3);
    const keys = new Map(set.records.map((r) => [r.id, new Set(blockingKeys(r))]));
    let kept = 0;
    for (const pair of set.truth) {
      const [a, b] = pair.split(' ') as [string, string];
      if ([...keys.get(a)!].some((k) => keys.get(b)!.has(k))) kept++;
    }
    expect(kept / set.matches).toBeGreaterThan(0.97);
    const blocks = new Map<string, number>();
    for (const ks of keys.values()) for (const k of ks) blocks.set(k, (blocks.get(k) ?? 0) + 1);
    let pairs = 0;
    for (const size of blocks.values()) pairs += (size * (size - 1)) / 2;
    expect(pairs / set.records.length).toBeLessThan(10);
  });

  it('gives normalised keys, the same for a name in two scripts and a phone in two forms', () => {
    const { records } = labelledSet(50, 1);
    const a = {
      ...records[0]!,
      person: { fullName: '王伟', citizenship: ['CN'], age: 30, phones: ['+8613912345678'] },
    };
    const b = {
      ...records[1]!,
      person: { fullName: 'Wei Wang', citizenship: ['CN'], age: 30, phones: ['013912345678'] },
    };
    const shared = blockingKeys(a as IntakeRecord).filter((k) => blockingKeys(b as IntakeRecord).includes(k));
    expect(shared.some((k) => k.startsWith('n:'))).toBe(true);
    expect(shared.some((k) => k.startsWith('p:'))).toBe(true);
  });
});

describe('MatchIndex', () => {
  const { records } = labelledSet(400, 9);
  const index = new MatchIndex();
  for (const r of records) index.add(r);

  it('returns the same candidates as a brute-force search over blocking keys', () => {
    for (const record of records.slice(0, 120)) {
      const mine = new Set(blockingKeys(record));
      const brute = records
        .filter((r) => r.id !== record.id && blockingKeys(r).some((k) => mine.has(k)))
        .map((r) => r.id)
        .sort();
      expect(index.candidates(record).sort()).toEqual(brute);
    }
  });

  it('scores candidates as scoreCandidates does, and forgets removed records', () => {
    const record = records.find((r) => index.candidates(r).length > 0)!;
    const byId = new Map(records.map((r) => [r.id, r]));
    const candidates = index.candidates(record).map((id) => byId.get(id)!);
    const frequencies = { total: 0, count: () => 0 };
    expect(index.match(record, { frequencies })).toEqual(
      scoreCandidates(record, candidates, { frequencies }),
    );
    const other = candidates[0]!;
    expect(index.remove(other.id)).toBe(true);
    expect(index.candidates(record)).not.toContain(other.id);
    expect(index.size).toBe(records.length - 1);
    index.add(other);
    expect(index.candidates(record)).toContain(other.id);
  });
});

describe('whole-caseload search', () => {
  it('reports pairs best first, within the review band, with an explanation', () => {
    const set = labelledSet(2000, 4);
    const pairs = findMatches(set.records, { model: estimateMatchModel(set.records) });
    expect(pairs.length).toBeGreaterThan(0);
    for (let i = 1; i < pairs.length; i++) expect(pairs[i]!.weight).toBeLessThanOrEqual(pairs[i - 1]!.weight);
    for (const p of pairs) expect(p.band).not.toBe('distinct');
    expect(explainMatch(pairs[0]!.comparisons)).toMatch(/same|match/);
  });
});

describe('odd input', () => {
  it('never throws, whatever a record holds', () => {
    const { records } = labelledSet(30, 2);
    const index = new MatchIndex();
    for (const r of records) index.add(r);
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (x, y) => {
        const a = x as IntakeRecord;
        const b = y as IntakeRecord;
        expect(Array.isArray(blockingKeys(a))).toBe(true);
        const result = compareRecords(a, b);
        expect(result.probability).toBeGreaterThanOrEqual(0);
        expect(result.probability).toBeLessThanOrEqual(1);
        scoreCandidates(a, [b, records[0]!]);
        index.match(a);
        explainMatch(result.comparisons, 'km');
      }),
      { numRuns: 300 },
    );
    const weird = fc.record({
      id: fc.string(),
      registrationDate: fc.string(),
      person: fc.record({
        fullName: fc.string(),
        latinName: fc.string(),
        birthDate: fc.string(),
        age: fc.double(),
        ageBand: fc.string(),
        citizenship: fc.array(fc.string()),
        phones: fc.array(fc.string()),
      }),
      documents: fc.array(fc.record({ number: fc.string() })),
    });
    fc.assert(
      fc.property(weird, weird, (a, b) => {
        const result = compareRecords(a as unknown as IntakeRecord, b as unknown as IntakeRecord);
        expect(Number.isNaN(result.probability)).toBe(false);
        index.add(a as unknown as IntakeRecord);
      }),
      { numRuns: 300 },
    );
  });
});
