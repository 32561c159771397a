import { nothing, type SVGTemplateResult, svg } from 'lit';
import { SUPPRESSED_FILL, seriesPaint } from './patterns.js';
import { textWidth } from './scales.js';

const SWATCH = 14;
const ROW = 22;

/** Places legend items in rows that fit a width; returns their positions and the height taken. */
export function legendLayout(labels: readonly string[], width: number) {
  const items: { x: number; y: number; label: string; series: number }[] = [];
  let x = 0;
  let y = 0;
  labels.forEach((label, series) => {
    const itemWidth = SWATCH + 6 + textWidth(label) + 16;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += ROW;
    }
    items.push({ x, y, label, series });
    x += itemWidth;
  });
  return { items, height: labels.length ? y + ROW : 0 };
}

/**
 * The key of a chart: each series' swatch (its colour and pattern) with its name, so no series is told apart by
 * colour alone, and the hatched swatch of a suppressed mark with its "<11" label when the chart has one. Drawn in
 * the SVG so that exported images carry it; hidden from assistive technology, since every mark's description
 * names its series and says when it is not shown.
 */
export function legend(
  labels: readonly string[],
  width: number,
  top: number,
  suppressedLabel?: string,
): SVGTemplateResult {
  const all = suppressedLabel ? [...labels, suppressedLabel] : labels;
  const { items } = legendLayout(all, width);
  return svg`<g class="legend" aria-hidden="true" transform="translate(0 ${top})">
    ${items.map((item) => {
      const suppressed = suppressedLabel !== undefined && item.series === labels.length;
      const paint = suppressed ? { class: 'suppressed', fill: SUPPRESSED_FILL } : seriesPaint(item.series);
      return svg`<g transform="translate(${item.x} ${item.y})">
        <rect class=${paint.class} fill=${paint.fill ?? nothing} width=${SWATCH} height=${SWATCH}></rect>
        <text x=${SWATCH + 6} y=${SWATCH - 2}>${item.label}</text>
      </g>`;
    })}
  </g>`;
}
