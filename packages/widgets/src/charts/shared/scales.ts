import { nice, ticks } from 'd3-array';
import { scaleBand } from 'd3-scale';

export type { ScaleBand } from 'd3-scale';

export interface CountScale {
  /** The position of a value along the range. */
  (value: number): number;
  /** The top of the axis, a "nice" number at or above the largest value. */
  top: number;
  /** Whole-number tick values from 0 to `top`. */
  ticks: number[];
}

/**
 * The value axis of a count: from zero (bars must start at zero to be read truthfully) to a nice top (d3-array's
 * `nice`), with whole-number ticks only (half a person is not a count). A straight proportion from there: d3-scale's
 * `scaleLinear` would add interpolators for colours and dates that a count axis never uses.
 */
export function countScale(maxValue: number, range: [number, number], tickTarget: number): CountScale {
  const target = Math.max(2, tickTarget);
  const [, top] = nice(0, Math.max(1, maxValue), target);
  const [r0, r1] = range;
  const scale = ((value: number) => r0 + (value / top) * (r1 - r0)) as CountScale;
  scale.top = top;
  scale.ticks = ticks(0, top, target).filter(Number.isInteger);
  return scale;
}

/** Bands for categories or periods, in display order, with room between them. */
export function categoryScale(keys: readonly string[], range: [number, number], padding: number) {
  return scaleBand<string>()
    .domain(keys)
    .range(range)
    .paddingInner(padding)
    .paddingOuter(padding / 2);
}

/** How many value ticks fit in a length: one every 40px or so, never fewer than two. */
export function tickCount(length: number): number {
  return Math.max(2, Math.floor(length / 48));
}

/** Rough width of a label in px at the chart's text size (wider for CJK and Khmer): to make room, not to clip. */
export function textWidth(text: string, fontSize = 12): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) > 0x1000 ? fontSize * 1.05 : fontSize * 0.6;
  return width;
}

/** Shortens a label to fit a width, ending it with an ellipsis; the full label stays in the description and table. */
export function fitText(text: string, maxWidth: number, fontSize = 12): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`, fontSize) > maxWidth) break;
    out += ch;
  }
  return out ? `${out}…` : '';
}

/** Indices of the labels to show along a band axis so that they do not overlap. */
export function labelStep(bandStep: number, labelWidth: number): number {
  return Math.max(1, Math.ceil((labelWidth + 8) / Math.max(1, bandStep)));
}
