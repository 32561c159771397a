/**
 * What a perturbed table lists, as well as what it counts. Perturbation hides a small count, but a row that is listed
 * only because some record exists would still give that record away: an exclusion reason that appears, a new value
 * of an open field (a citizenship, a province) that appears, or the order of an open field's values when it follows
 * the true counts. So after perturbation a table lists only what its published figures support, in an order they
 * decide: exclusion rows and open-field values whose published counts are all 0 are dropped (a reader learns the
 * same from a 0), and open fields are ordered by their published counts, ties by key.
 */
import { categoryField } from '../stats/fields.js';
import { ALL, type StatCell, type StatTable } from '../stats/table.js';

/** Open fields (no closed vocabulary) list the values met; closed ones and time periods list every value. */
function isOpen(field: string): boolean {
  try {
    return categoryField(field).values === undefined;
  } catch {
    return false; // a date field: its periods follow the window, not the records
  }
}

const published = (cell: StatCell) =>
  typeof cell.value === 'number' ? cell.value : typeof cell.n === 'number' ? cell.n : 0;

/** The perturbed `table` listing only what its published figures support (see the module comment). */
export function layoutPublished(table: StatTable): StatTable {
  const excluded = table.excluded.filter((e) => (e.count ?? 0) > 0);
  const dims = table.dimensions.map((dimension, d) => {
    if (!isOpen(dimension.field)) return dimension;
    const weight = new Map<string, number>();
    const support = new Map<string, number>();
    const marginal = table.dimensions.length > 1;
    for (const cell of table.cells) {
      const v = cell.keys[d]!;
      support.set(v, (support.get(v) ?? 0) + published(cell));
      if (!marginal) weight.set(v, published(cell));
    }
    for (const cell of table.margins) {
      const v = cell.keys[d]!;
      if (v === ALL || !cell.keys.every((k, i) => i === d || k === ALL)) continue;
      support.set(v, (support.get(v) ?? 0) + published(cell));
      weight.set(v, published(cell));
    }
    const values = dimension.values
      .filter((v) => (support.get(v) ?? 0) > 0)
      .sort((a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
    return { ...dimension, values };
  });
  const position = dims.map((dim) => new Map(dim.values.map((v, i) => [v, i])));
  const listed = (cell: StatCell) => cell.keys.every((k, d) => k === ALL || position[d]!.has(k));
  const rank = (cell: StatCell) => cell.keys.map((k, d) => (k === ALL ? -1 : position[d]!.get(k)!));
  const byRank = (a: StatCell, b: StatCell) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
    return 0;
  };
  // Margins keep their blocks (rows, then columns); each block in its dimension's new order.
  const block = (cell: StatCell) => cell.keys.findIndex((k) => k === ALL);
  return {
    ...table,
    dimensions: dims,
    cells: table.cells.filter(listed).sort(byRank),
    margins: table.margins.filter(listed).sort((a, b) => block(b) - block(a) || byRank(a, b)),
    excluded,
  };
}
