import { nice, ticks } from 'd3-array';

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

/**
 * Bands for `count` categories or periods along a range, in display order, with `padding` (a share of the step)
 * between them and half of it at each end: the arithmetic of d3-scale's `scaleBand` (centred), written out because
 * d3-scale's bundle brings 1 KB of interning maps and interpolators a band never uses.
 */
export function bands(count: number, range: [number, number], padding: number) {
  const [r0, r1] = range;
  // paddingInner p and paddingOuter p/2 make the step exactly range / count.
  const step = (r1 - r0) / Math.max(1, count);
  const size = step * (1 - padding);
  return Array.from({ length: count }, (_, i) => ({ start: r0 + step * i + (step * padding) / 2, size }));
}

/** How many value ticks fit in a length: one every 40px or so, never fewer than two. */
export function tickCount(length: number): number {
  return Math.max(2, Math.floor(length / 48));
}

let family = 'system-ui, sans-serif';
let size = 13;
let context: CanvasRenderingContext2D | null | undefined;
let contextFont = '';
const widths = new Map<string, number>();

/** The font the chart's text is drawn in, so that labels are measured as they will be drawn. */
export function setTextFont(fontFamily: string, fontSize: number): void {
  if (fontFamily === family && fontSize === size) return;
  family = fontFamily;
  size = fontSize;
  widths.clear();
}

/**
 * The width of a label in px, measured with a canvas in the chart's font (any script: Khmer and Chinese glyphs are
 * wider than Latin ones), or estimated where there is no canvas.
 */
export function textWidth(text: string, fontSize = size): number {
  const key = `${fontSize}|${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  context ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  let width = 0;
  if (context) {
    const font = `${fontSize}px ${family}`;
    if (font !== contextFont) {
      context.font = font;
      contextFont = font;
    }
    width = context.measureText(text).width;
  } else {
    for (const ch of text) width += (ch.codePointAt(0) ?? 0) > 0x1000 ? fontSize * 1.05 : fontSize * 0.62;
  }
  if (widths.size > 5000) widths.clear();
  widths.set(key, width);
  return width;
}

/** Shortens a label to fit a width, ending it with an ellipsis; the full label stays in the description and table. */
export function fitText(text: string, maxWidth: number, fontSize = size): string {
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
