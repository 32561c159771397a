/** The values of one dimension met while counting, as dense indexes, and their display order. */

import type { CategoricalField, StatRecord } from './fields.js';
import type { ExclusionReason } from './table.js';

export class Categories {
  readonly keys: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly closed: boolean;

  constructor(vocabulary?: readonly string[]) {
    this.closed = vocabulary !== undefined;
    for (const value of vocabulary ?? []) {
      this.index.set(value, this.keys.length);
      this.keys.push(value);
    }
  }

  /** The index of a value, adding it to an open dimension; -1 for a value outside a closed vocabulary. */
  indexOf(value: string): number {
    const known = this.index.get(value);
    if (known !== undefined) return known;
    if (this.closed || typeof value !== 'string' || value === '') return -1;
    this.index.set(value, this.keys.length);
    this.keys.push(value);
    return this.keys.length - 1;
  }

  /**
   * Display order as indexes: vocabulary order for a closed field (every value, zero or not); for an open one the
   * most frequent first, ties by key, so the table reads like a ranking.
   */
  order(weights: ArrayLike<number>): number[] {
    const indexes = this.keys.map((_, i) => i);
    if (this.closed) return indexes;
    return indexes.sort(
      (a, b) =>
        (weights[b] ?? 0) - (weights[a] ?? 0) ||
        (this.keys[a]! < this.keys[b]! ? -1 : this.keys[a]! > this.keys[b]! ? 1 : 0),
    );
  }
}

/**
 * Writes the distinct value indexes of a record's field into `out` and returns how many, or the reason the record
 * cannot be counted: no value, or a value outside the field's vocabulary (a record that was never validated).
 */
export function readValues(
  field: CategoricalField<StatRecord>,
  categories: Categories,
  record: StatRecord,
  out: number[],
): number | ExclusionReason {
  const raw = field.get(record);
  if (raw === undefined || raw === null) return 'missing_value';
  if (typeof raw === 'string') {
    const i = categories.indexOf(raw);
    if (i < 0) return 'invalid_value';
    out[0] = i;
    return 1;
  }
  if (!Array.isArray(raw)) return 'invalid_value';
  let n = 0;
  for (const value of raw) {
    const i = categories.indexOf(value);
    if (i < 0) return 'invalid_value';
    // Once per distinct value: `['ID', 'ID']` is one citizenship.
    let seen = false;
    for (let j = 0; j < n; j++) if (out[j] === i) seen = true;
    if (!seen) out[n++] = i;
  }
  return n === 0 ? 'missing_value' : n;
}
