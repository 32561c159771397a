import { legendLayout } from '../shared/legend.js';
import type { Mark } from '../shared/marks.js';
import { bands as bandsAlong, type CountScale, countScale, textWidth, tickCount } from '../shared/scales.js';

export type Orientation = 'horizontal' | 'vertical';

export interface BarLayoutInput {
  width: number;
  orientation: Orientation;
  stacked: boolean;
  /** Marks in display order (category by category, series by series). */
  marks: readonly Mark[];
  /** Category labels in display order, and series labels (empty for one series). */
  categoryLabels: readonly string[];
  seriesLabels: readonly string[];
  /** Every item of the key above the chart (series, and "<11" when a mark is suppressed); may be empty. */
  legendLabels: readonly string[];
  /** The suppression threshold: the length a suppressed mark is drawn at. */
  k: number;
  /** The label written at the end of each category (its value or total), to leave room for it. */
  endLabels: readonly string[];
  /** Row totals from core, by category (null: suppressed, undefined: not given). */
  rowTotals?: ReadonlyArray<number | null | undefined>;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BarLayout {
  width: number;
  height: number;
  /** The plotting area, inside the axes. */
  plot: Rect;
  legendTop: number;
  scale: CountScale;
  /** Each category's band along the category axis: its start and its thickness. */
  bands: { start: number; size: number }[];
  /** Each mark's rectangle, by mark index. */
  bars: Rect[];
  /** Room for category labels along their axis (the width of a label column, or of a band). */
  labelRoom: number;
}

/**
 * How long each mark is drawn. A shown count is its value. A suppressed one is drawn at the threshold (what "<11"
 * means), except in a stack whose total core shows: there the hidden part of the stack is what the total leaves
 * after the shown segments (already public), shared evenly by two or more hidden segments, so the stack's length is its
 * total and no segment's drawn length says more than "some of the rest".
 */
export function markLengths(
  marks: readonly Mark[],
  stacked: boolean,
  k: number,
  rowTotals?: ReadonlyArray<number | null | undefined>,
): number[] {
  const rest = new Map<number, { left: number; hidden: number }>();
  if (stacked && rowTotals) {
    for (const mark of marks) {
      const total = rowTotals[mark.category];
      if (typeof total !== 'number') continue;
      const entry = rest.get(mark.category) ?? { left: total, hidden: 0 };
      if (mark.suppressed) entry.hidden += 1;
      else entry.left -= mark.value ?? 0;
      rest.set(mark.category, entry);
    }
  }
  return marks.map((mark) => {
    if (!mark.suppressed) return mark.value ?? 0;
    const row = rest.get(mark.category);
    // With a single hidden segment the rest would be its value: core never leaves one alone under a shown total,
    // and a table from elsewhere that does is not drawn any more precisely for it.
    return row && row.hidden > 1 && row.left > 0 ? row.left / row.hidden : k;
  });
}

const ROW = 28;
const GROUPED_BAR = 18;

/**
 * The geometry of a bar chart at a width: where the axes, bands and bars go. Pure numbers, so that it can be
 * checked without a browser and reused by the exports.
 */
export function layoutBars(input: BarLayoutInput): BarLayout {
  const { width, orientation, stacked, marks, categoryLabels, seriesLabels, legendLabels, k } = input;
  const seriesCount = Math.max(1, seriesLabels.length);
  const grouped = seriesCount > 1 && !stacked;
  const legend = legendLayout(legendLabels, width);
  const legendTop = 0;
  const top = legend.height + (legend.height ? 12 : 4);
  const endRoom = Math.min(64, Math.max(24, ...input.endLabels.map((l) => textWidth(l) + 8)));
  const lengths = markLengths(marks, stacked, k, input.rowTotals);
  let max = 0;
  const stackTops = new Map<number, number>();
  marks.forEach((mark, i) => {
    const end = (stacked ? (stackTops.get(mark.category) ?? 0) : 0) + lengths[i]!;
    stackTops.set(mark.category, end);
    max = Math.max(max, end);
  });

  let plot: Rect;
  let scale: CountScale;
  let labelRoom: number;
  const categories = categoryLabels.length;
  if (orientation === 'horizontal') {
    const longest = Math.max(0, ...categoryLabels.map((l) => textWidth(l)));
    labelRoom = Math.min(Math.max(60, longest), Math.max(60, width * 0.38));
    const left = labelRoom + 10;
    const rowHeight = grouped ? seriesCount * GROUPED_BAR + 12 : ROW;
    const plotWidth = Math.max(40, width - left - endRoom);
    plot = { x: left, y: top, width: plotWidth, height: categories * rowHeight };
    scale = countScale(max, [0, plotWidth], tickCount(plotWidth * 0.8));
  } else {
    const plotHeight = Math.round(Math.min(420, Math.max(220, width * 0.5)));
    const left = Math.max(32, textWidth(String(Math.round(max * 1.5))) + 16);
    const plotWidth = Math.max(40, width - left - 8);
    labelRoom = plotWidth / Math.max(1, categories);
    plot = { x: left, y: top + 20, width: plotWidth, height: plotHeight };
    scale = countScale(max, [plotHeight, 0], tickCount(plotHeight));
  }

  const along = orientation === 'horizontal' ? plot.height : plot.width;
  const bands = bandsAlong(categoryLabels.length, [0, along], grouped ? 0.2 : 0.25);

  const stackEnd = new Map<number, number>();
  const bars = marks.map((mark): Rect => {
    const b = bands[mark.category]!;
    const length = lengths[mark.index]!;
    const thickness = grouped ? b.size / seriesCount : b.size;
    const offset = grouped ? mark.series * thickness : 0;
    const from = stacked ? (stackEnd.get(mark.category) ?? 0) : 0;
    if (stacked) stackEnd.set(mark.category, from + length);
    if (orientation === 'horizontal') {
      const x0 = scale(from);
      return {
        x: plot.x + x0,
        y: plot.y + b.start + offset,
        width: Math.max(0, scale(from + length) - x0),
        height: thickness,
      };
    }
    const y1 = scale(from);
    const y0 = scale(from + length);
    return {
      x: plot.x + b.start + offset,
      y: plot.y + y0,
      width: thickness,
      height: Math.max(0, y1 - y0),
    };
  });

  const height = Math.ceil(plot.y + plot.height + (orientation === 'horizontal' ? 28 : 44));
  return { width, height, plot, legendTop, scale, bands, bars, labelRoom };
}
