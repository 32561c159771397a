import type { StatTable } from '@homeward/core';
import { html, nothing, type SVGTemplateResult, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ChartElement, type Drawing } from '../shared/chart-element.js';
import type { TableView } from '../shared/data-table.js';
import type { CoreCounts } from '../shared/lazy.js';
import { legend } from '../shared/legend.js';
import { type Mark, marksOf } from '../shared/marks.js';
import { SUPPRESSED_FILL, seriesPaint } from '../shared/patterns.js';
import { type Interval, periodIndexOf } from '../shared/periods.js';
import type { ChartProblem } from '../shared/problems.js';
import { textWidth } from '../shared/scales.js';
import { seriesSummary } from '../shared/summary.js';
import { annotationDate, type ChartText } from '../shared/text.js';
import { layoutSeries, type SeriesLayout } from './layout.js';

/** A dated event drawn on the time axis: `{ date: '2025-10-14', label: 'UK and US sanctions' }`; month precision as `2026-01`. */
export interface Annotation {
  date: string;
  label: string;
}

/** Reads the `annotations` attribute (JSON); anything unreadable is no annotations, never an error thrown. */
const annotationsConverter = {
  fromAttribute(value: string | null): Annotation[] {
    if (!value) return [];
    try {
      const parsed: unknown = JSON.parse(value);
      return Array.isArray(parsed) ? parsed.filter(isAnnotation) : [];
    } catch {
      return [];
    }
  },
};

function isAnnotation(value: unknown): value is Annotation {
  if (typeof value !== 'object' || value === null) return false;
  const { date, label } = value as Record<string, unknown>;
  return typeof date === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(date) && typeof label === 'string';
}

/**
 * The path of a line through points, broken where a point is missing (a suppressed period): a run of straight
 * segments is all a count over time needs, so this replaces d3-shape's `line`, whose bundle cannot be tree-shaken
 * below 4 KB.
 */
export function polyline(points: ReadonlyArray<readonly [number, number] | undefined>): string {
  let d = '';
  let drawing = false;
  for (const point of points) {
    if (!point) {
      drawing = false;
      continue;
    }
    d += `${drawing ? 'L' : 'M'}${+point[0].toFixed(2)},${+point[1].toFixed(2)}`;
    drawing = true;
  }
  return d;
}

const TITLE_BY_INTERVAL = { day: 'perDay', week: 'perWeek', month: 'perMonth' } as const;

/**
 * @summary Counts over time, per day, ISO week or month, as bars or a line, optionally as a running total, with
 * dated events marked on the time axis; with disclosure control, a text summary, a data table, keyboard navigation
 * and downloads.
 *
 * Data: `data` (a core `StatTable` whose dimension is a time series), or `records` with `field` (a date field) and
 * `interval`, counted by core's `timeSeries` (zero-filled, time-zone safe), or `src` (JSON or HXL-tagged CSV).
 *
 * Accessibility. Keyboard: the chart is one tab stop; arrow keys move from mark to mark (along the categories, and
 * between the series of a split chart), Home and End go to the first and the last, Page Up and Page Down jump by
 * several; the focused mark's value is also shown under the chart. "Show table" opens the same figures as an HTML
 * table, and the downloads are buttons. Screen readers: the figure is labelled by its heading and described by a
 * text summary and a keyboard hint; each mark is labelled with its category, series and value (a suppressed count
 * reads "fewer than 11, not shown"); messages and download problems are announced (`role="status"`).
 *
 * @csspart base - The `<figure>` around everything.
 * @csspart title - The title.
 * @csspart summary - The generated text summary.
 * @csspart plot - The box around the chart's SVG.
 * @csspart readout - The description of the period pointed at or focused.
 * @csspart notes - Notes under the chart: events, what "<11" means, the source.
 * @csspart actions - The table toggle and the download buttons.
 * @csspart table-wrap - The box around the data table.
 * @csspart table - The data table.
 * @csspart message - The loading or problem message shown instead of a chart.
 *
 * @cssproperty --hw-chart-color-1 - Bars and line. Default #1d4ed8 / dark #93c5fd.
 * @cssproperty --hw-chart-suppressed-color - Hatching and outline of suppressed periods. Default #5f6368.
 * @cssproperty --hw-chart-annotation-color - Event rules and labels. Default #484949.
 * @cssproperty --hw-chart-grid-color - Grid lines. Default #dadce0.
 * @cssproperty --hw-chart-font-size - Text in the chart; never below 12px. Default 0.8125rem.
 * @cssproperty --hw-color-text - Text; see the theme tokens for the others (surface, border, focus, link).
 *
 * @event {CustomEvent<ExportDetail>} hw-export - Before a download: `detail: { format: 'svg' | 'png' | 'csv', fileName, blob }`. Cancel it
 *   to handle the file yourself.
 */
export class HwTimeSeries extends ChartElement {
  protected static override dataProperties = ['field', 'interval', 'cumulative', 'from', 'to'];

  /** With `records`: the date field to count by (`registrationDate`, `dates.start`). */
  @property() field?: string;
  /** With `records`: the period of each count. */
  @property() interval: Interval = 'day';
  /** With `records`: counts add up over time (a running total). A table given as `data` says so itself. */
  @property({ type: Boolean }) cumulative = false;
  /** With `records`: the first day of the series (`YYYY-MM-DD`); by default, the earliest record's. */
  @property() from?: string;
  /** With `records`: the last day of the series (`YYYY-MM-DD`); by default, the latest record's. */
  @property() to?: string;
  /** Bars (the default) or a line. */
  @property({ reflect: true }) variant: 'bars' | 'line' = 'bars';
  /** Dated events: a property, or the attribute as JSON (`[{"date":"2026-01","label":"Extradition"}]`). */
  @property({ converter: annotationsConverter }) annotations: Annotation[] = [];

  protected readonly shape = { minDimensions: 1, maxDimensions: 1, time: true };

  protected tableFromRecords(records: readonly unknown[], core: CoreCounts): StatTable | ChartProblem {
    if (!this.field) return { code: 'noField' };
    return core.timeSeries(
      records as never,
      {
        field: this.field,
        interval: this.interval,
        cumulative: this.cumulative,
        ...(this.from ? { from: this.from } : {}),
        ...(this.to ? { to: this.to } : {}),
      } as never,
    );
  }

  protected draw(table: StatTable, text: ChartText, width: number): Drawing {
    const dimension = table.dimensions[0]!;
    const interval = dimension.interval ?? 'day';
    const keys = dimension.values;
    const marks = marksOf(table, keys);
    const k = this.k;
    const short = text.t('suppressedShort', { k });
    const cumulative = table.cumulative === true;
    const annotations = (Array.isArray(this.annotations) ? this.annotations : []).filter(isAnnotation);
    const placed = annotations
      .map((a) => ({ ...a, index: periodIndexOf(a.date, keys, interval) }))
      .filter((a) => a.index >= 0);
    const periodLabels = keys.map((key) => text.periodShort(key, interval));
    const suppressed = marks.some((m) => m.suppressed);

    const scaleProbe = Math.max(k, ...marks.map((m) => m.value ?? 0));
    const layout = layoutSeries({
      width,
      marks,
      periodLabels,
      k,
      legendLabels: suppressed ? [short] : [],
      annotations: placed.map((a) => ({
        index: a.index,
        text: `${annotationDate(text, a.date)}: ${a.label}`,
      })),
      widestTick: text.number(scaleProbe * 1.25),
    });

    const baseTitle = this.heading || text.t(TITLE_BY_INTERVAL[interval]);
    const title = cumulative && !this.heading ? text.t('cumulativeTitle', { title: baseTitle }) : baseTitle;
    const eventsAt = new Map<number, string[]>();
    for (const a of placed) eventsAt.set(a.index, [...(eventsAt.get(a.index) ?? []), a.label]);
    const describe = (mark: Mark) => {
      const base = text.t('markValue', {
        label: text.periodLong(mark.key, interval),
        value: this.valueText(text, mark),
      });
      const events = eventsAt.get(mark.index);
      return events ? `${base}. ${events.join('. ')}` : base;
    };
    const summary = seriesSummary(text, {
      title,
      interval,
      keys,
      marks,
      total: table.total,
      k,
      cumulative,
    });

    return {
      title,
      summary,
      width: layout.width,
      height: layout.height,
      content: this.renderSeries(layout, marks, periodLabels, text, describe),
      marks,
      grid: { categories: marks.length, series: 1 },
      categoryAxis: 'x',
      describe,
      table: () => this.tableView(table, text, title, interval, marks, cumulative),
      notes: this.annotationNotes(text, annotations, new Set(placed.map((a) => `${a.date}\u0000${a.label}`))),
    };
  }

  /** Every event as a note, those outside the period shown saying so: the drawn labels are not read out. */
  private annotationNotes(text: ChartText, all: Annotation[], inside: Set<string>): TemplateResult[] {
    if (all.length === 0) return [];
    const items = all.map((a) => {
      const date = annotationDate(text, a.date);
      return inside.has(`${a.date}\u0000${a.label}`)
        ? `${date}: ${a.label}`
        : text.t('annotationOutside', { date, label: a.label });
    });
    return [html`<li>${text.t('annotations')}: ${items.join('; ')}</li>`];
  }

  private renderSeries(
    layout: SeriesLayout,
    marks: Mark[],
    periodLabels: string[],
    text: ChartText,
    describe: (mark: Mark) => string,
  ): SVGTemplateResult {
    const { plot, scale, bands } = layout;
    const bottom = plot.y + plot.height;
    const k = this.k;
    const short = text.t('suppressedShort', { k });

    const grid = scale.ticks.map(
      (tick) => svg`<g class="tick" transform="translate(0 ${plot.y + scale(tick)})">
        <line class="grid" x1=${plot.x} x2=${plot.x + plot.width}></line>
        <text x=${plot.x - 6} dy="0.32em" text-anchor="end">${text.number(tick)}</text></g>`,
    );
    const axisLabels = periodLabels.map((label, i) =>
      i % layout.labelEvery === 0
        ? svg`<text class="axis-label" x=${bands[i]!.x + bands[i]!.size / 2} y=${bottom + 18} text-anchor="middle">${label}</text>`
        : nothing,
    );

    // Bars are drawn as one path per kind (shown, suppressed): a year of days is 365 bars, and one element each
    // would cost the browser more than everything else the chart draws. Each period's focusable column below
    // carries its description.
    const bar = (m: Mark, top: number) => {
      const b = bands[m.index]!;
      return `M${+b.x.toFixed(2)},${+top.toFixed(2)}h${+b.size.toFixed(2)}V${bottom}h${-b.size.toFixed(2)}Z`;
    };
    const hidden = marks.filter((m) => m.suppressed);
    const threshold = plot.y + scale(k);
    const suppressedBars = hidden.length
      ? svg`<path class="suppressed" fill=${SUPPRESSED_FILL} d=${hidden.map((m) => bar(m, threshold)).join('')}></path>
        ${hidden.map((m) => {
          const b = bands[m.index]!;
          return b.size >= textWidth(short)
            ? svg`<text class="suppressed-label" x=${b.x + b.size / 2} y=${threshold - 4} text-anchor="middle">${short}</text>`
            : nothing;
        })}`
      : nothing;

    let values: SVGTemplateResult;
    if (this.variant === 'line') {
      const path = polyline(
        marks.map((m) =>
          m.suppressed
            ? undefined
            : [bands[m.index]!.x + bands[m.index]!.size / 2, plot.y + scale(m.value ?? 0)],
        ),
      );
      const pointRadius = bands[0] && bands[0].size >= 6 ? 3 : 0;
      values = svg`<path class="line" d=${path}></path>
        ${
          pointRadius
            ? marks.map((m) =>
                m.suppressed
                  ? nothing
                  : svg`<circle class="point" r=${pointRadius} cx=${bands[m.index]!.x + bands[m.index]!.size / 2} cy=${plot.y + scale(m.value ?? 0)}></circle>`,
              )
            : nothing
        }`;
    } else {
      const shown = marks.filter((m) => !m.suppressed && (m.value ?? 0) > 0);
      values = svg`<path class=${seriesPaint(0).class} d=${shown.map((m) => bar(m, plot.y + scale(m.value!))).join('')}></path>`;
    }

    const annotationRules = layout.annotations.map(
      (a) => svg`<g class="annotation">
        <line x1=${a.x} x2=${a.x} y1=${layout.annotationTop + a.row * 16 + 4} y2=${bottom}></line>
        <text x=${a.anchor === 'start' ? a.x + 4 : a.x - 4} y=${layout.annotationTop + (a.row + 1) * 16 - 3}
          text-anchor=${a.anchor}>${a.text}</text></g>`,
    );

    // One focusable column per period, the full height of the plot: a target that can be pointed at and shows
    // focus even where a bar is one pixel wide or zero high.
    const columns = marks.map((mark) => {
      const b = bands[mark.index]!;
      const step = bands[1] ? bands[1].x - bands[0]!.x : b.size;
      return svg`<rect class="mark hit${this.isCurrent(mark) ? ' current' : ''}"
        x=${b.x - (step - b.size) / 2} y=${plot.y} width=${step} height=${plot.height}
        data-mark=${mark.index} data-hover=${mark.index}
        tabindex=${this.tabIndexOf(mark)} role="img" aria-label=${describe(mark)}></rect>`;
    });

    return svg`
      ${marks.some((m) => m.suppressed) ? legend([], layout.width, layout.legendTop, short) : nothing}
      <g aria-hidden="true">${grid}${axisLabels}
        <line class="axis-line" x1=${plot.x} x2=${plot.x + plot.width} y1=${bottom} y2=${bottom}></line>
        ${values}${suppressedBars}${annotationRules}</g>
      <g>${columns}</g>`;
  }

  private tableView(
    table: StatTable,
    text: ChartText,
    title: string,
    interval: Interval,
    marks: Mark[],
    cumulative: boolean,
  ): TableView {
    return {
      caption: title,
      headers: [text.t('tablePeriod'), text.t('tableCount')],
      rows: marks.map((m) => ({
        label: text.periodLong(m.key, interval),
        cells: [this.cellText(text, m.value, m.suppressed)],
      })),
      footer: cumulative
        ? undefined
        : { label: text.t('total'), cells: [this.cellText(text, table.total.value, table.total.suppressed)] },
    };
  }
}
