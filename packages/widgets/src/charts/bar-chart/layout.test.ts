import { describe, expect, it } from 'vitest';
import type { Mark } from '../shared/marks.js';
import { layoutBars, markLengths } from './layout.js';

const mark = (index: number, category: number, series: number, value: number | null): Mark => ({
  index,
  category,
  series,
  key: `c${category}`,
  seriesKey: `s${series}`,
  value,
  suppressed: value === null,
});

describe('bar layout', () => {
  it('draws a suppressed mark at the threshold, whatever it hides', () => {
    expect(markLengths([mark(0, 0, 0, 40), mark(1, 0, 1, null)], false, 11)).toEqual([40, 11]);
  });

  it('shares what a shown stack total leaves between two or more hidden segments, never one alone', () => {
    const row = [mark(0, 0, 0, 30), mark(1, 0, 1, null), mark(2, 0, 2, null)];
    expect(markLengths(row, true, 11, [52])).toEqual([30, 11, 11]);
    const single = [mark(0, 0, 0, 30), mark(1, 0, 1, null)];
    expect(markLengths(single, true, 11, [52])).toEqual([30, 11]);
    expect(markLengths(row, true, 11, [null])).toEqual([30, 11, 11]);
  });

  it('keeps bars inside the width and starts every bar at zero', () => {
    const marks = [mark(0, 0, 0, 440), mark(1, 1, 0, 96), mark(2, 2, 0, null)].map((m) => ({
      ...m,
      seriesKey: undefined,
    }));
    for (const orientation of ['horizontal', 'vertical'] as const) {
      const layout = layoutBars({
        width: 320,
        orientation,
        stacked: false,
        marks,
        categoryLabels: ['Indonesia', 'China', 'Laos'],
        seriesLabels: [],
        legendLabels: ['<11'],
        k: 11,
        endLabels: ['440', '96', '<11'],
      });
      for (const bar of layout.bars) {
        expect(bar.x).toBeGreaterThanOrEqual(0);
        expect(bar.x + bar.width).toBeLessThanOrEqual(320);
      }
      if (orientation === 'horizontal') {
        expect(new Set(layout.bars.map((b) => b.x)).size).toBe(1);
        expect(layout.bars[0]!.width / layout.bars[1]!.width).toBeCloseTo(440 / 96, 5);
      } else {
        const baseline = layout.bars.map((b) => b.y + b.height);
        expect(new Set(baseline.map((y) => y.toFixed(6))).size).toBe(1);
      }
    }
  });
});
