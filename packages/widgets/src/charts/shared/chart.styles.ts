import { css } from 'lit';

/**
 * The charts' look. Colours come in light and dark pairs (`light-dark()`), chosen by the page's `color-scheme`, so a
 * chart on a dark page is dark and one on a light page stays light whatever the system setting; forced colours map
 * everything to system colours and keep the patterns, so series stay distinct without colour.
 *
 * Every series colour has at least 3:1 contrast with the surface in both schemes (WCAG 1.4.11); text uses the
 * tokens' 4.5:1 colours and is never smaller than 12px.
 */
export const chartStyles = css`
  :host {
    display: block;
    /* The shared tokens are light-only: a chart offers the dark pair too. */
    --_text: var(--hw-color-text, light-dark(#0b0c0c, #f1f3f4));
    --_text-secondary: var(--hw-color-text-secondary, light-dark(#484949, #c4c7c5));
    --_surface: var(--hw-color-surface, light-dark(#ffffff, #121212));
    --_border: var(--hw-color-border, light-dark(#5f6368, #9aa0a6));
    --_focus: var(--hw-color-focus, light-dark(#0b57d0, #a8c7fa));
    --_focus-contrast: var(--hw-color-focus-contrast, light-dark(#ffffff, #121212));
    --_error: var(--hw-color-error, light-dark(#b3261e, #f2b8b5));
    --_link: var(--hw-color-link, light-dark(#1a55a3, #a8c7fa));
    --_series-0: var(--hw-chart-color-1, light-dark(#1d4ed8, #93c5fd));
    --_series-1: var(--hw-chart-color-2, light-dark(#b45309, #fcd34d));
    --_series-2: var(--hw-chart-color-3, light-dark(#047857, #6ee7b7));
    --_series-3: var(--hw-chart-color-4, light-dark(#7e22ce, #d8b4fe));
    --_series-4: var(--hw-chart-color-5, light-dark(#be123c, #fda4af));
    --_series-5: var(--hw-chart-color-6, light-dark(#374151, #d1d5db));
    --_suppressed: var(--hw-chart-suppressed-color, light-dark(#5f6368, #bdc1c6));
    --_grid: var(--hw-chart-grid-color, light-dark(#dadce0, #3c4043));
    --_annotation: var(--hw-chart-annotation-color, light-dark(#484949, #c4c7c5));
    --_chart-font-size: max(12px, var(--hw-chart-font-size, 0.8125rem));

    background: var(--_surface);
    color: var(--_text);
    container-type: inline-size;
  }

  :host([hidden]) {
    display: none;
  }

  figure {
    margin: 0;
  }

  .title {
    margin: 0 0 var(--_space-1);
    font-size: var(--_font-size-large);
    font-weight: 700;
    line-height: 1.3;
  }

  .summary {
    margin: 0 0 var(--_space-3);
    color: var(--_text-secondary);
    max-inline-size: 70ch;
  }

  .plot {
    position: relative;
    font-size: var(--_chart-font-size);
  }

  svg {
    display: block;
    overflow: visible;
    font-family: var(--_font-family);
    font-size: var(--_chart-font-size);
  }

  svg text {
    fill: var(--_text);
  }

  .axis-label,
  .tick text {
    fill: var(--_text-secondary);
  }

  .grid line,
  .grid {
    stroke: var(--_grid);
    stroke-width: 1;
  }

  .axis-line {
    stroke: var(--_border);
    stroke-width: 1;
  }

  .mark {
    outline: none;
  }

  .series-0 {
    fill: var(--_series-0);
  }
  .series-1 {
    fill: var(--_series-1);
  }
  .series-2 {
    fill: var(--_series-2);
  }
  .series-3 {
    fill: var(--_series-3);
  }
  .series-4 {
    fill: var(--_series-4);
  }
  .series-5 {
    fill: var(--_series-5);
  }

  .pattern-line {
    stroke: var(--_surface);
    stroke-width: 2;
  }

  .pattern-dot {
    fill: var(--_surface);
  }

  .segment-gap {
    stroke: var(--_surface);
    stroke-width: 1;
  }

  .suppressed {
    stroke: var(--_suppressed);
    stroke-width: 1.5;
    stroke-dasharray: 4 2;
  }

  .hatch-back {
    fill: var(--_surface);
  }

  .hatch-line {
    stroke: var(--_suppressed);
    stroke-width: 1.5;
  }

  .suppressed-label {
    fill: var(--_text);
    font-weight: 600;
  }

  .value-label {
    fill: var(--_text);
  }

  .line {
    fill: none;
    stroke: var(--_series-0);
    stroke-width: 2.5;
  }

  .point {
    fill: var(--_surface);
    stroke: var(--_series-0);
    stroke-width: 2;
  }

  .hit {
    fill: transparent;
  }

  .hit.current {
    fill: color-mix(in srgb, var(--_text) 8%, transparent);
    stroke: none;
  }

  .annotation line {
    stroke: var(--_annotation);
    stroke-width: 1.5;
    stroke-dasharray: 2 3;
  }

  .annotation text {
    fill: var(--_annotation);
  }

  .current {
    stroke: var(--_text);
    stroke-width: 2;
  }

  .mark:focus-visible {
    stroke: var(--_focus);
    stroke-width: 3;
    paint-order: stroke;
  }

  .readout {
    min-block-size: 1.5em;
    margin: var(--_space-1) 0 0;
    font-weight: 600;
  }

  .notes {
    margin: var(--_space-2) 0 0;
    padding: 0;
    list-style: none;
    color: var(--_text-secondary);
    font-size: max(12px, var(--_font-size-small));
  }

  .notes li + li {
    margin-block-start: var(--_space-1);
  }

  .notes a {
    color: var(--_link);
  }

  .warning {
    color: var(--_error);
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: center;
    margin-block-start: var(--_space-3);
  }

  .downloads {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: center;
    border: 0;
    margin: 0;
    padding: 0;
  }

  button {
    min-block-size: var(--_control-min-size);
    padding: var(--_space-1) var(--_space-3);
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .message {
    padding: var(--_space-4);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
  }

  .message.problem {
    border-color: var(--_error);
    border-inline-start-width: 6px;
  }

  .message strong {
    display: block;
  }

  .table-wrap {
    margin-block-start: var(--_space-3);
    overflow-x: auto;
  }

  .table-wrap[hidden] {
    display: none;
  }

  table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }

  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: var(--_space-2);
  }

  th,
  td {
    padding: var(--_space-1) var(--_space-3);
    border-block-end: 1px solid var(--_grid);
    text-align: start;
  }

  .num {
    text-align: end;
  }

  tfoot th,
  tfoot td {
    font-weight: 700;
    border-block-start: 2px solid var(--_border);
  }

  /* Forced colours: every colour the chart uses becomes a system colour; patterns and dashes still tell series and
     suppressed marks apart. */
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_text-secondary: CanvasText;
      --_surface: Canvas;
      --_border: CanvasText;
      --_focus: Highlight;
      --_link: LinkText;
      --_error: CanvasText;
      --_series-0: CanvasText;
      --_series-1: CanvasText;
      --_series-2: CanvasText;
      --_series-3: CanvasText;
      --_series-4: CanvasText;
      --_series-5: CanvasText;
      --_suppressed: CanvasText;
      --_grid: GrayText;
      --_annotation: CanvasText;
    }
  }

  @media print {
    :host {
      print-color-adjust: exact;
      break-inside: avoid;
    }
    .actions,
    .readout {
      display: none;
    }
    svg {
      max-inline-size: 100%;
      block-size: auto;
    }
    /* On paper the table is the figures' only exact form: it is printed with the chart, open or not. */
    .table-wrap[hidden] {
      display: block;
    }
  }
`;
