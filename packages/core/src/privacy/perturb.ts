/**
 * The cell key method (Australian Bureau of Statistics) for statistics tables: every count a table states (cells,
 * margins, the total, exclusion counts, the denominator) is published as its true value plus a change looked up in a
 * perturbation table by the count and the entry's cell key. See docs/disclosure-control.md for what it protects
 * against and what it does not.
 */
import type { Perturbation, StatCell, StatTable } from '../stats/table.js';
import { cellKey, scopeSum, type TableKeys } from './cell-key.js';
import { layoutPublished } from './perturb-layout.js';
import { coarsenMeasure, type MeasureOptions } from './perturb-measures.js';
import { DEFAULT_PTABLE, type PTable, ptableChange } from './ptable.js';

/** How `perturb` changes a table's figures: the perturbation table, and the options for sums and quantiles. */
export interface PerturbOptions extends MeasureOptions {
  /** The perturbation table: `DEFAULT_PTABLE` (threshold 11, changes -2..+2) unless given. */
  ptable?: PTable;
}

/** The published value of a true count with the given key sum, in a table of the given scope sum. */
export function perturbCount(
  count: number,
  keySum: number,
  scope: number,
  ptable: PTable = DEFAULT_PTABLE,
): number {
  return count + ptableChange(ptable, count, cellKey(keySum, scope));
}

function checkShape(table: StatTable, keys: TableKeys): void {
  const same =
    keys.cells.length === table.cells.length &&
    keys.margins.length === table.margins.length &&
    keys.excluded.length === table.excluded.length;
  if (!same)
    throw new RangeError('perturb: the keys do not have the shape of the table (cells, margins, excluded)');
  const hidden = [...table.cells, ...table.margins, table.total].some((c) => c.suppressed);
  if (hidden || table.denominator === null || table.excluded.some((e) => e.count === null)) {
    throw new RangeError('perturb takes the table as computed, before any suppression');
  }
}

/** The description a perturbed table carries. */
export function perturbationOf(ptable: PTable): Perturbation {
  return {
    method: 'cell-key',
    ptable: ptable.id,
    maxAbsoluteChange: ptable.maxAbsoluteChange,
    threshold: ptable.threshold,
  };
}

/**
 * A new table whose every count is perturbed by the cell key method (the input is not changed):
 *
 * - The same records in the same scope always give the same figures: asking again, or asking another table that
 *   holds the same cell, reveals nothing new.
 * - No count from 1 to `threshold - 1` is published: such counts become 0 or `threshold` (see `cellKeyPTable`).
 * - Margins, the total, exclusion counts and the denominator are perturbed as entries of their own: none of them is
 *   exact, so no hidden count can be worked out by subtraction, only bounded.
 * - Counts of `threshold` or more move by at most `ptable.maxAbsoluteChange`, stated on the table (`perturbation`).
 * - Sums, quantiles and estimates: their `n` is perturbed like a count; their values are hidden for groups under
 *   the threshold and released as ranges for groups under `rangeBelow` (see `coarsenMeasure`).
 *
 * Perturbation replaces suppression for public tables rather than following it: complementary suppression exists
 * because published sums are exact, and here none is; small counts never appear because of the threshold rule. The
 * table says `disclosure: { k: threshold }` so that nothing downstream suppresses it again.
 *
 * `keys` are the key sums of the table's entries: from `tableKeys` (records in memory) or from the database.
 */
export function perturb(table: StatTable, keys: TableKeys, options: PerturbOptions = {}): StatTable {
  const ptable = options.ptable ?? DEFAULT_PTABLE;
  checkShape(table, keys);
  const scope = scopeSum(table, keys);
  const count = (value: number, keySum: number) => perturbCount(value, keySum, scope, ptable);
  const entry = (cell: StatCell, keySum: number): StatCell => {
    if (table.measure === 'count') {
      const { includesSuppressed: _, rounded: __, ...rest } = cell;
      return { ...rest, keys: [...cell.keys], value: count(cell.value ?? 0, keySum), suppressed: false };
    }
    const n = typeof cell.n === 'number' ? count(cell.n, keySum) : cell.n;
    return coarsenMeasure(table.measure, cell, cell.n ?? 0, n ?? null, ptable.threshold, options);
  };
  const { includesSuppressed: _, ...total } = table.total;
  const perturbedTotal = table.total.notApplicable
    ? {
        ...total,
        keys: [...total.keys],
        ...(typeof total.n === 'number' ? { n: count(total.n, keys.total) } : {}),
      }
    : entry(total, keys.total);
  return layoutPublished({
    ...table,
    cells: table.cells.map((cell, i) => entry(cell, keys.cells[i]!)),
    margins: table.margins.map((cell, i) => entry(cell, keys.margins[i]!)),
    total: { ...perturbedTotal, includesSuppressed: false },
    denominator: count(table.denominator ?? 0, keys.denominator),
    excluded: table.excluded.map((e, i) => ({
      reason: e.reason,
      count: count(e.count ?? 0, keys.excluded[i]!),
    })),
    disclosure: { k: ptable.threshold },
    perturbation: perturbationOf(ptable),
  });
}
