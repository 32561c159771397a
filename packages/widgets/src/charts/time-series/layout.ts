import { legendLayout } from '../shared/legend.js';
import { type Mark, maxShown } from '../shared/marks.js';
import {
  bands as bandsAlong,
  type CountScale,
  countScale,
  labelStep,
  textWidth,
  tickCount,
} from '../shared/scales.js';

export interface SeriesLayoutInput {
  width: number;
  marks: readonly Mark[];
  /** The period labels for the axis, in order. */
  periodLabels: readonly string[];
  k: number;
  /** The suppressed key's label when a period is suppressed. */
  legendLabels: readonly string[];
  /** Period indices of the annotations drawn in the chart, with their text. */
  annotations: readonly { index: number; text: string }[];
  /** The widest value tick label, to leave room for it. */
  widestTick: string;
}

export interface PlacedAnnotation {
  x: number;
  row: number;
  text: string;
  anchor: 'start' | 'end';
}

export interface SeriesLayout {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  legendTop: number;
  scale: CountScale;
  /** Start and thickness of each period's band along the time axis (px, absolute). */
  bands: { x: number; size: number }[];
  /** Show the axis label of every `labelEvery`-th period. */
  labelEvery: number;
  annotations: PlacedAnnotation[];
  annotationTop: number;
}

const ANNOTATION_ROW = 16;

/** Puts annotation labels in rows so that none overlaps another, each beside its rule. */
function placeAnnotations(
  items: readonly { index: number; text: string }[],
  bandCentre: (i: number) => number,
  left: number,
  right: number,
): PlacedAnnotation[] {
  const rows: [number, number][][] = [];
  return items.map((item) => {
    const x = bandCentre(item.index);
    const w = textWidth(item.text) + 6;
    const anchor = x + w > right && x - w >= left ? 'end' : 'start';
    const span: [number, number] = anchor === 'start' ? [x, x + w] : [x - w, x];
    let row = rows.findIndex((taken) => taken.every(([s, e]) => e <= span[0] || s >= span[1]));
    if (row === -1) {
      rows.push([]);
      row = rows.length - 1;
    }
    rows[row]!.push(span);
    return { x, row, text: item.text, anchor };
  });
}

/** The geometry of a time series at a width: value axis, a band per period, the rows of annotation labels. */
export function layoutSeries(input: SeriesLayoutInput): SeriesLayout {
  const { width, marks, periodLabels, k } = input;
  const legend = legendLayout(input.legendLabels, width);
  const legendTop = 0;
  const left = Math.max(32, textWidth(input.widestTick) + 14);
  const right = 12;
  const plotWidth = Math.max(60, width - left - right);
  const bands = bandsAlong(
    periodLabels.length,
    [left, left + plotWidth],
    periodLabels.length > 60 ? 0.1 : 0.2,
  ).map((b) => ({ x: b.start, size: b.size }));
  const centre = (i: number) => (bands[i] ? bands[i]!.x + bands[i]!.size / 2 : left);
  const annotations = placeAnnotations(input.annotations, centre, left, left + plotWidth);
  const annotationRows = annotations.reduce((n, a) => Math.max(n, a.row + 1), 0);
  const annotationTop = legend.height + (legend.height ? 8 : 0);
  const top = annotationTop + annotationRows * ANNOTATION_ROW + 8;
  const plotHeight = Math.round(Math.min(360, Math.max(200, width * 0.42)));
  const scale = countScale(maxShown(marks, false, k), [plotHeight, 0], tickCount(plotHeight));
  const longestLabel = Math.max(24, ...periodLabels.map((l) => textWidth(l)));
  return {
    width,
    height: Math.ceil(top + plotHeight + 30),
    plot: { x: left, y: top, width: plotWidth, height: plotHeight },
    legendTop,
    scale,
    bands,
    labelEvery: labelStep(bands[0]?.size ?? 1, longestLabel),
    annotations,
    annotationTop,
  };
}
