import { type StatTable, suppress } from '@homeward/core';
import type { ChartText } from './text.js';

/**
 * Disclosure control for a chart: core's `suppress`, applied unless the table was already suppressed at this
 * threshold or a stricter one. The chart never decides what to hide itself, and nothing it draws comes from the
 * unsuppressed table: this is the only table it keeps.
 */
export function protect(table: StatTable, k: number): StatTable {
  if (table.disclosure && table.disclosure.k >= k) return table;
  return suppress(table, { k });
}

/**
 * The sentence that says, on the chart's face, that its figures are perturbed and by how much at most (from the
 * table's own `perturbation`, set by core's `perturb`); undefined for a table that is not perturbed.
 */
export function perturbationNote(
  text: ChartText,
  table: Pick<StatTable, 'perturbation'>,
): string | undefined {
  const p = table.perturbation;
  if (!p) return undefined;
  return text.t('perturbationNote', { change: p.maxAbsoluteChange, k: p.threshold });
}
