import { type StatTable, suppress } from '@homeward/core';

/**
 * Disclosure control for a chart: core's `suppress`, applied unless the table was already suppressed at this
 * threshold or a stricter one. The chart never decides what to hide itself, and nothing it draws comes from the
 * unsuppressed table: this is the only table it keeps.
 */
export function protect(table: StatTable, k: number): StatTable {
  if (table.disclosure && table.disclosure.k >= k) return table;
  return suppress(table, { k });
}
