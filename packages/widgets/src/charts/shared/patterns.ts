import { nothing, type SVGTemplateResult, svg } from 'lit';

/** How many series have a look of their own (colour + pattern); beyond that they repeat, still named in labels. */
export const SERIES_STYLES = 6;

export const SUPPRESSED_PATTERN = 'hw-suppressed';

/**
 * How a series is painted: the first solid in its colour (a CSS class, so themes and forced colours apply), the
 * others with a pattern over their colour (a `fill` attribute naming the pattern, with no CSS fill to override
 * it), so that colour is never the only difference.
 */
export function seriesPaint(series: number): { class: string; fill: string | undefined } {
  const s = series % SERIES_STYLES;
  return s === 0
    ? { class: 'series-0', fill: undefined }
    : { class: 'patterned', fill: `url(#hw-series-${s})` };
}

/** The fill of a suppressed mark: hatching, with the dashed outline of the `suppressed` class. */
export const SUPPRESSED_FILL = `url(#${SUPPRESSED_PATTERN})`;

const tile = (s: number, content: SVGTemplateResult, rotate = 0) =>
  svg`<pattern id="hw-series-${s}" width="8" height="8" patternUnits="userSpaceOnUse"
      patternTransform=${rotate ? `rotate(${rotate})` : nothing}>
      <rect class="series-${s}" width="8" height="8"></rect>${content}</pattern>`;

/**
 * The patterns every chart draws with: one per series (stripes, dots, crosses, bars) and the hatching of a
 * suppressed mark. They live in the chart's own SVG, so an exported image carries them.
 */
export function patternDefs(): SVGTemplateResult {
  return svg`<defs>
    ${tile(1, svg`<line class="pattern-line" x1="0" y1="0" x2="0" y2="8"></line>`, 45)}
    ${tile(2, svg`<circle class="pattern-dot" cx="4" cy="4" r="1.6"></circle>`)}
    ${tile(3, svg`<line class="pattern-line" x1="0" y1="4" x2="8" y2="4"></line><line class="pattern-line" x1="4" y1="0" x2="4" y2="8"></line>`, 45)}
    ${tile(4, svg`<line class="pattern-line" x1="0" y1="4" x2="8" y2="4"></line>`)}
    ${tile(5, svg`<line class="pattern-line" x1="4" y1="0" x2="4" y2="8"></line>`)}
    <pattern id=${SUPPRESSED_PATTERN} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
      <rect class="hatch-back" width="6" height="6"></rect>
      <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
    </pattern>
  </defs>`;
}
