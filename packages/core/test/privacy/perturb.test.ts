import { describe, expect, it } from 'vitest';
import { generateIntakeRecords } from '../../src/examples/index.js';
import {
  ALL,
  ageBandAtIntake,
  cellKeyPTable,
  countBy,
  DEFAULT_PTABLE,
  type IntakeRecord,
  monthsHeld,
  perturb,
  ptableChange,
  publishedValues,
  RECORD_KEY_MODULUS,
  recordKey,
  recordKeys,
  type StatTable,
  tableKeys,
  timeSeries,
  wagesOwed,
} from '../../src/index.js';
import { intake } from '../stats/fixtures.js';

const SECRET = 'a publication secret of test only';

async function keyed(records: readonly IntakeRecord[], secret = SECRET) {
  const keys = await recordKeys(
    records.map((r) => r.id),
    secret,
  );
  const byId = new Map(records.map((r, i) => [r.id, keys[i]!]));
  return (record: IntakeRecord) => byId.get(record.id)!;
}

/** Every count of a count table, by the entry it belongs to. */
function counts(table: StatTable): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const c of [...table.cells, ...table.margins]) out.set(c.keys.join('|'), c.value);
  out.set('total', table.total.value);
  for (const e of table.excluded) out.set(`excluded:${e.reason}`, e.count);
  out.set('denominator', table.denominator);
  return out;
}

describe('record keys', () => {
  it('are whole numbers in [0, 2^16), stable for an id and a secret, different under another secret', async () => {
    const a = await recordKey('0c7a5c8e-1f1e-4d7b-9a53-0d6f1d0c2b11', SECRET);
    expect(Number.isInteger(a) && a >= 0 && a < RECORD_KEY_MODULUS).toBe(true);
    expect(await recordKey('0c7a5c8e-1f1e-4d7b-9a53-0d6f1d0c2b11', SECRET)).toBe(a);
    const many = await recordKeys(
      Array.from({ length: 64 }, (_, i) => `id-${i}`),
      SECRET,
    );
    const other = await recordKeys(
      Array.from({ length: 64 }, (_, i) => `id-${i}`),
      'another publication secret!!',
    );
    expect(many).not.toEqual(other);
    expect(new Set(many).size).toBeGreaterThan(60);
  });

  it('refuse a secret shorter than 16 bytes', async () => {
    await expect(recordKey('x', 'short')).rejects.toThrow(RangeError);
  });
});

describe('perturbation table', () => {
  it('never publishes a count from 1 to threshold - 1, and moves larger counts by at most D', () => {
    for (const ptable of [DEFAULT_PTABLE, cellKeyPTable({ threshold: 5, weights: [1, 2, 1] })]) {
      for (let count = 0; count < 60; count++) {
        for (const value of publishedValues(ptable, count)) {
          expect(value === 0 || value >= ptable.threshold, `${count} -> ${value}`).toBe(true);
          if (count >= ptable.threshold) {
            expect(Math.abs(value - count)).toBeLessThanOrEqual(ptable.maxAbsoluteChange);
          }
        }
      }
    }
    expect(DEFAULT_PTABLE.id).toBe('ckm-t11-w1.4.6.4.1');
    expect(DEFAULT_PTABLE.maxAbsoluteChange).toBe(2);
  });

  it('keeps small counts right on average and large counts unbiased', () => {
    const mean = (count: number) => {
      const row = DEFAULT_PTABLE.rows[Math.min(count, DEFAULT_PTABLE.rows.length - 1)]!;
      return row.outcomes.reduce((s, o) => s + o.change * o.weight, 0) / row.total;
    };
    for (let count = 1; count < 11; count++) expect(mean(count)).toBeCloseTo(0, 12);
    expect(mean(20)).toBe(0);
  });

  it('picks outcomes in proportion to their weights over the cell keys', () => {
    const seen = new Map<number, number>();
    const steps = 1 << 16;
    for (let i = 0; i < steps; i++) {
      const change = ptableChange(DEFAULT_PTABLE, 100, i * 2 ** 16);
      seen.set(change, (seen.get(change) ?? 0) + 1);
    }
    expect([...seen].sort(([a], [b]) => a - b)).toEqual([
      [-2, steps / 16],
      [-1, (4 * steps) / 16],
      [0, (6 * steps) / 16],
      [1, (4 * steps) / 16],
      [2, steps / 16],
    ]);
  });
});

describe('perturb', () => {
  const records = generateIntakeRecords(440, 7);

  it('gives the same answer to the same query, and to the same cell in another table', async () => {
    const keyOf = await keyed(records);
    const a = tableKeys(records, (r) => countBy(r, 'person.sex'), keyOf);
    const b = tableKeys([...records].reverse(), (r) => countBy(r, 'person.sex'), keyOf);
    expect(perturb(a.table, a.keys)).toEqual(perturb(b.table, b.keys));
    // On records with both fields, the sex margin of sex × age band counts the same records in the same scope as
    // the sex table's cells.
    const complete = records.filter(
      (r) => r.person.sex && ageBandAtIntake(r) && !r.consent.research?.withdrawnOn,
    );
    const two = tableKeys(complete, (r) => countBy(r, ['person.sex', 'person.ageBand']), keyOf);
    const sex = tableKeys(complete, (r) => countBy(r, 'person.sex'), keyOf);
    const one = perturb(sex.table, sex.keys);
    expect(two.table.excluded).toEqual([]);
    const margins = perturb(two.table, two.keys).margins.filter((m) => m.keys[1] === ALL);
    for (const m of margins) expect(m.value).toBe(one.cells.find((c) => c.keys[0] === m.keys[0])!.value);
  });

  it('publishes no small count, moves no count of 11 or more by more than 2, and says so on the table', async () => {
    const keyOf = await keyed(records);
    const { table, keys } = tableKeys(
      records,
      (r) => countBy(r, ['person.citizenship', 'person.sex']),
      keyOf,
    );
    const out = perturb(table, keys);
    expect(out.perturbation).toEqual({
      method: 'cell-key',
      ptable: 'ckm-t11-w1.4.6.4.1',
      maxAbsoluteChange: 2,
      threshold: 11,
    });
    expect(out.disclosure).toEqual({ k: 11 });
    const before = counts(table);
    let moved = 0;
    for (const [label, value] of counts(out)) {
      const truth = before.get(label)!;
      expect(value, label).not.toBeNull();
      expect(value === 0 || value! >= 11, `${label}: ${value}`).toBe(true);
      if (truth! >= 11) expect(Math.abs(value! - truth!), label).toBeLessThanOrEqual(2);
      else expect([0, 11]).toContain(value);
      if (value !== truth) moved++;
    }
    expect(moved).toBeGreaterThan(0);
  });

  it('computes the same key sums in memory as a database summing record keys per group', async () => {
    const keyOf = await keyed(records);
    const { table, keys } = tableKeys(records, (r) => countBy(r, 'person.sex'), keyOf);
    // What `SELECT sex, COUNT(*), SUM(record_key) % 65536 ... GROUP BY sex` returns.
    const bySex = new Map<string, { count: number; sum: number }>();
    for (const r of records) {
      if (r.consent.research?.withdrawnOn) continue; // statistics leave these out
      const sex = r.person.sex ?? '(missing)';
      const group = bySex.get(sex) ?? { count: 0, sum: 0 };
      group.count++;
      group.sum = (group.sum + keyOf(r)) % RECORD_KEY_MODULUS;
      bySex.set(sex, group);
    }
    table.cells.forEach((cell, i) => {
      expect(cell.value).toBe(bySex.get(cell.keys[0]!)?.count ?? 0);
      expect(keys.cells[i]).toBe(bySex.get(cell.keys[0]!)?.sum ?? 0);
    });
    // The denominator counts every record considered, withdrawn consent included.
    const all = records.reduce((s, r) => (s + keyOf(r)) % RECORD_KEY_MODULUS, 0);
    expect(keys.denominator).toBe(all);
  });

  it('changes every figure of a table when one record enters its scope (the issue: 448 -> 449)', async () => {
    // 121 female, 267 male, 60 unknown: one more "unknown" registration.
    const make = (sex: 'female' | 'male' | 'unknown', n: number) =>
      Array.from({ length: n }, () => intake({ person: { sex } }));
    const base = [...make('female', 121), ...make('male', 267), ...make('unknown', 60)];
    const added = intake({ person: { sex: 'unknown' } });
    const keyOf = await keyed([...base, added]);
    const release = (rs: IntakeRecord[]) => {
      const { table, keys } = tableKeys(rs, (r) => countBy(r, 'person.sex'), keyOf);
      return perturb(table, keys);
    };
    const before = release(base);
    const after = release([...base, added]);
    const female = (t: StatTable) => t.cells.find((c) => c.keys[0] === 'female')!.value;
    // The unchanged cells are drawn afresh: across many secrets, female changes as often as not.
    let changed = 0;
    for (let s = 0; s < 40; s++) {
      const k = await keyed([...base, added], `secret number ${s} of the test`);
      const r = (rs: IntakeRecord[]) => {
        const { table, keys } = tableKeys(rs, (x) => countBy(x, 'person.sex'), k);
        return perturb(table, keys);
      };
      if (female(r(base)) !== female(r([...base, added]))) changed++;
    }
    expect(changed).toBeGreaterThan(10);
    expect(before.perturbation?.maxAbsoluteChange).toBe(2);
    expect(after.total.value).toBeGreaterThanOrEqual(447);
  });

  it('perturbs time series per period and keeps a record outside the window from changing anything', async () => {
    const keyOf = await keyed(records);
    const window = {
      field: 'registrationDate',
      interval: 'week',
      from: '2026-01-01',
      to: '2026-01-18',
    } as const;
    const a = tableKeys(records, (r) => timeSeries(r, window), keyOf);
    const late = intake({ registrationDate: '2026-03-01' });
    const lateKey = await keyed([late]);
    const b = tableKeys(
      [...records, late],
      (r) => timeSeries(r, window),
      (r) => (r.id === late.id ? lateKey(r) : keyOf(r)),
    );
    const pa = perturb(a.table, a.keys);
    const pb = perturb(b.table, b.keys);
    expect(pb.cells).toEqual(pa.cells);
    expect(pb.total).toEqual(pa.total);
  });
});

describe('perturb: money and durations', () => {
  const records = generateIntakeRecords(3000, 3);

  it('releases small groups as ranges and hides groups under the threshold', async () => {
    const keyOf = await keyed(records);
    const { table, keys } = tableKeys(records, (r) => monthsHeld(r, { by: 'exploitation.province' }), keyOf);
    const out = perturb(table, keys);
    table.cells.forEach((cell) => {
      // Provinces are an open field: a province whose published n is 0 is not listed at all.
      const published = out.cells.find((c) => c.keys.join() === cell.keys.join());
      if (!published) {
        expect(cell.n!).toBeLessThan(11);
        return;
      }
      if (cell.n! < 11) expect(published.value).toBeNull();
      else if (cell.n! < 50) {
        expect(published.range).toBeDefined();
        expect(published.range!.high - published.range!.low).toBe(3);
        expect(cell.value!).toBeGreaterThanOrEqual(published.range!.low);
        expect(cell.value!).toBeLessThan(published.range!.high);
      } else expect(published.value).toBe(cell.value);
      expect(published.n === 0 || published.n! >= 11).toBe(true);
    });
  });

  it('gives money of small groups to two significant figures', async () => {
    const keyOf = await keyed(records);
    const { table, keys } = tableKeys(records, (r) => wagesOwed(r, { by: 'person.sex' }), keyOf);
    const out = perturb(table, keys, { rangeBelow: 1_000_000 });
    const shown = out.cells.filter((c) => c.range);
    expect(shown.length).toBeGreaterThan(0);
    for (const c of shown) {
      const truth = table.cells.find((t) => t.keys.join() === c.keys.join())!.value!;
      expect(truth).toBeGreaterThanOrEqual(c.range!.low);
      expect(truth).toBeLessThan(c.range!.high);
      expect((c.range!.high - c.range!.low) * 10).toBeLessThanOrEqual(Math.max(truth, 100));
    }
    expect(out.total.notApplicable).toBe(true);
  });
});

describe('perturb: what a table lists', () => {
  it('lists no exclusion row or open-field value only because a record exists, and orders open fields by published counts', async () => {
    const base = generateIntakeRecords(400, 11);
    // One record from a province nobody else is from, and one without a province.
    const lone: IntakeRecord = {
      ...base[0]!,
      id: 'lone-province',
      exploitation: { ...base[0]!.exploitation, province: 'Nowhere-only-one' },
    } as IntakeRecord;
    const records = [...base, lone];
    const keyOf = await keyed(records);
    const { table, keys } = tableKeys(records, (rs) => countBy(rs, 'exploitation.province'), keyOf);
    expect(table.dimensions[0]!.values).toContain('Nowhere-only-one');
    const out = perturb(table, keys);
    const listed = out.dimensions[0]!.values;
    const lonely = out.cells.find((c) => c.keys[0] === 'Nowhere-only-one');
    // Either it is published as a count of at least 11, or it is not there at all: never a listed 0.
    if (lonely) expect(lonely.value).toBeGreaterThanOrEqual(11);
    else expect(listed).not.toContain('Nowhere-only-one');
    expect(out.cells.every((c) => (c.value ?? 0) > 0)).toBe(true);
    expect(out.excluded.every((e) => (e.count ?? 0) > 0)).toBe(true);
    const values = out.cells.map((c) => c.value!);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(out.cells.map((c) => c.keys[0])).toEqual(listed);
  });
});
