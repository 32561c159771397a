/**
 * Cell keys: what the cell key method looks a perturbation up by. Each entry of a table (cell, margin, total,
 * exclusion count, denominator) has a key sum, the sum of the record keys of the records it counts modulo 2^16, and
 * each table has a scope sum, that of every record inside its window. A database computes both with
 * `SUM(record_key) % 65536` beside `COUNT(*)`; `tableKeys` computes them from records in memory, with the same
 * result. The scope sum is mixed in so that a record entering a table's window changes every figure of the table,
 * not only the cells it is counted in (see docs/disclosure-control.md, "Why the scope is in the key").
 */
import type { StatTable } from '../stats/table.js';
import { RECORD_KEY_BITS, RECORD_KEY_MODULUS } from './record-key.js';

/**
 * Key sums of a table's entries, in the table's own order (`cells[i]` is the sum for `table.cells[i]`, and so on
 * for `margins` and `excluded`). For sums, quantiles and estimates an entry's records are those behind its `n`.
 */
export interface TableKeys {
  cells: readonly number[];
  margins: readonly number[];
  total: number;
  excluded: readonly number[];
  denominator: number;
}

/** MurmurHash3's 32-bit finaliser: a bijection of 32-bit integers that spreads every input bit over the output. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The cell key of an entry, a whole number in `[0, 2^32)`: its key sum and its table's scope sum mixed together.
 * Equal records and an equal scope give an equal key, so the same figure is always perturbed the same way.
 */
export function cellKey(keySum: number, scopeSum: number): number {
  return mix32(keySum + mix32(scopeSum ^ 0x9e3779b9));
}

/** The scope sum of a table: its denominator's records less those outside its window. */
export function scopeSum(table: StatTable, keys: TableKeys): number {
  const outside = table.excluded.findIndex((e) => e.reason === 'outside_window');
  const away = outside < 0 ? 0 : (keys.excluded[outside] ?? 0);
  return (keys.denominator - away + RECORD_KEY_MODULUS) % RECORD_KEY_MODULUS;
}

const id = (keys: readonly string[]) => keys.join('\u0000');

/** The count behind an entry: its value for counts, its `n` otherwise. */
function weight(table: StatTable, cell: { value: number | null; n?: number | null }): number {
  const w = table.measure === 'count' ? cell.value : cell.n;
  return typeof w === 'number' ? w : 0;
}

/**
 * Key sums of the table `compute(records)` returns, computed in memory. No statistic has to know about keys: the
 * key sum of an entry is Σ_b 2^b × (its count over the records whose key has bit b set), so `compute` runs once on
 * all records and once per key bit on the records with that bit (16 runs of a subset, about half the records each).
 * Works for any table `compute` builds from records: counts, time series, margins, exclusions, denominators.
 */
export function tableKeys<R>(
  records: readonly R[],
  compute: (records: readonly R[]) => StatTable,
  recordKeyOf: (record: R) => number,
): { table: StatTable; keys: TableKeys } {
  const table = compute(records);
  const cells = new Map(table.cells.map((c, i) => [id(c.keys), i]));
  const margins = new Map(table.margins.map((c, i) => [id(c.keys), i]));
  const reasons = new Map(table.excluded.map((e, i) => [e.reason, i]));
  const keys = {
    cells: table.cells.map(() => 0),
    margins: table.margins.map(() => 0),
    total: 0,
    excluded: table.excluded.map(() => 0),
    denominator: 0,
  };
  const add = (sums: number[], index: number | undefined, amount: number) => {
    if (index !== undefined) sums[index] = (sums[index]! + amount) % RECORD_KEY_MODULUS;
  };
  for (let bit = 0; bit < RECORD_KEY_BITS; bit++) {
    const subset = records.filter((record) => (recordKeyOf(record) >>> bit) & 1);
    if (subset.length === 0) continue;
    const part = compute(subset);
    const scale = 2 ** bit;
    for (const c of part.cells) add(keys.cells, cells.get(id(c.keys)), weight(part, c) * scale);
    for (const c of part.margins) add(keys.margins, margins.get(id(c.keys)), weight(part, c) * scale);
    for (const e of part.excluded) add(keys.excluded, reasons.get(e.reason), (e.count ?? 0) * scale);
    keys.total = (keys.total + weight(part, part.total) * scale) % RECORD_KEY_MODULUS;
    keys.denominator = (keys.denominator + (part.denominator ?? 0) * scale) % RECORD_KEY_MODULUS;
  }
  return { table, keys };
}
