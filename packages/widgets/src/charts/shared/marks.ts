import type { StatCell, StatTable } from '@homeward/core';

/** One drawn value: a bar, a segment or a point. Suppressed marks carry no value at all, only that they are hidden. */
export interface Mark {
  /** Position in the chart's mark list, which is also the keyboard order. */
  index: number;
  /** Index of the category (or period) in display order, and of the series (0 when there is one). */
  category: number;
  series: number;
  /** The keys of its cell. */
  key: string;
  seriesKey: string | undefined;
  value: number | null;
  suppressed: boolean;
}

const cellId = (keys: readonly string[]) => keys.join('\u0000');

/** Cells by their keys, for lookup in any order. */
export function cellIndex(cells: readonly StatCell[]): Map<string, StatCell> {
  return new Map(cells.map((cell) => [cellId(cell.keys), cell]));
}

/**
 * The marks of a table in display order: category by category, then series by series. A cell the table does not
 * list is a zero, since core zero-fills what it counts and a hand-written table leaves out what it did not see.
 */
export function marksOf(table: StatTable, categories: readonly string[]): Mark[] {
  const cells = cellIndex(table.cells);
  const series = table.dimensions[1]?.values ?? [undefined];
  const marks: Mark[] = [];
  categories.forEach((key, category) => {
    series.forEach((seriesKey, s) => {
      const cell = cells.get(cellId(seriesKey === undefined ? [key] : [key, seriesKey]));
      marks.push({
        index: marks.length,
        category,
        series: s,
        key,
        seriesKey,
        value: cell?.suppressed ? null : (cell?.value ?? 0),
        suppressed: cell?.suppressed === true,
      });
    });
  });
  return marks;
}

/** The row total of a category, when the table gives one and it is not suppressed. */
export function marginOf(table: StatTable, category: string): number | null | undefined {
  if (table.dimensions.length < 2) return undefined;
  const margin = table.margins.find((m) => m.keys[0] === category && m.keys[1] === '*');
  if (!margin) return undefined;
  return margin.suppressed ? null : margin.value;
}

/** The largest shown value, stacked when marks of a category sit on top of each other. */
export function maxShown(marks: readonly Mark[], stacked: boolean, k: number): number {
  let max = 0;
  const stacks = new Map<number, number>();
  for (const mark of marks) {
    // A suppressed mark is drawn at the threshold: the axis must leave it room.
    const height = mark.suppressed ? k : (mark.value ?? 0);
    if (stacked) stacks.set(mark.category, (stacks.get(mark.category) ?? 0) + height);
    else max = Math.max(max, height);
  }
  for (const v of stacks.values()) max = Math.max(max, v);
  return max;
}
