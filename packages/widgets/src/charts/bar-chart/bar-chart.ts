import type { Locale, StatTable } from '@homeward/core';
import { nothing, type SVGTemplateResult, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { categoryLabeller, namedWithoutCatalogue } from '../shared/category-labels.js';
import { ChartElement, type Drawing } from '../shared/chart-element.js';
import type { TableView } from '../shared/data-table.js';
import { type CoreCounts, optionLabels } from '../shared/lazy.js';
import { legend } from '../shared/legend.js';
import { type Mark, marginOf, marksOf } from '../shared/marks.js';
import type { OptionNamer } from '../shared/option-labels.js';
import { SUPPRESSED_FILL, seriesPaint } from '../shared/patterns.js';
import type { ChartProblem } from '../shared/problems.js';
import { fitText, labelStep, textWidth } from '../shared/scales.js';
import { barSummary } from '../shared/summary.js';
import type { ChartText } from '../shared/text.js';
import { type BarLayout, layoutBars, type Orientation } from './layout.js';

export type BarSort = 'none' | 'descending' | 'ascending' | 'label';

/**
 * @summary A bar chart of counts by category (citizenship, province, indicator, scam type, needs...), optionally
 * split by a second field into stacked or grouped bars, with disclosure control, a text summary, a data table,
 * keyboard navigation and downloads.
 *
 * Data: `data` (a core `StatTable` of one or two dimensions), or `records` with `field` (and `by`), counted by core's
 * `countBy`, or `src` (JSON or HXL-tagged CSV). Category names are localized: countries by the browser's CLDR
 * names, Cambodian provinces by core's list, options and ILO indicators by core's label catalogues.
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
 * @csspart readout - The description of the bar pointed at or focused.
 * @csspart notes - Notes under the chart: what "<11" means, the source.
 * @csspart actions - The table toggle and the download buttons.
 * @csspart table-wrap - The box around the data table.
 * @csspart table - The data table.
 * @csspart message - The loading or problem message shown instead of a chart.
 *
 * @cssproperty --hw-chart-color-1 - First series (and single-series bars). Default #1d4ed8 / dark #93c5fd.
 * @cssproperty --hw-chart-color-2 - Second series, drawn with stripes. Also --hw-chart-color-3 (dots),
 *   --hw-chart-color-4 (crosses), --hw-chart-color-5 (horizontal lines), --hw-chart-color-6 (vertical lines).
 * @cssproperty --hw-chart-suppressed-color - Hatching and outline of suppressed bars. Default #5f6368.
 * @cssproperty --hw-chart-grid-color - Grid lines. Default #dadce0.
 * @cssproperty --hw-chart-font-size - Text in the chart; never below 12px. Default 0.8125rem.
 * @cssproperty --hw-color-text - Text; see the theme tokens for the others (surface, border, focus, link).
 *
 * @event {CustomEvent<ExportDetail>} hw-export - Before a download: `detail: { format: 'svg' | 'png' | 'csv', fileName, blob }`. Cancel it
 *   to handle the file yourself.
 */
export class HwBarChart extends ChartElement {
  protected static override dataProperties = ['field', 'by'];

  /** With `records`: the field to count by, as a catalogue path (`person.citizenship`). */
  @property() field?: string;
  /** With `records`: a second field, splitting each bar (`person.sex`). */
  @property() by?: string;
  /** Bars along (`horizontal`, the default: long category names stay readable) or up (`vertical`). */
  @property({ reflect: true }) orientation: Orientation = 'horizontal';
  /** Category order: the table's own (`none`, the default: keeps ordered categories such as age bands in order),
   * by value, or by name in the chart's language. */
  @property() sort: BarSort = 'none';
  /** With two dimensions: the series side by side (`grouped`, the default) or on top of each other (`stacked`). */
  @property() layout: 'grouped' | 'stacked' = 'grouped';
  /** The core vocabulary naming the categories (`CASE_STATUSES`), when their values alone do not tell. */
  @property() vocabulary?: string;

  protected readonly shape = { minDimensions: 1, maxDimensions: 2 };

  /** What names options and indicators, by locale: loaded only for charts whose categories need it. */
  private static optionNamers = new Map<Locale, OptionNamer>();

  protected tableFromRecords(records: readonly unknown[], core: CoreCounts): StatTable | ChartProblem {
    if (!this.field) return { code: 'noField' };
    const fields = this.by ? [this.field, this.by] : [this.field];
    return core.countBy(records as never, fields as never);
  }

  /** Options and indicators are named from core's catalogues: wait for the locale's before drawing. */
  protected override readyToDraw(table: StatTable): boolean {
    const locale = this.text().locale;
    if (HwBarChart.optionNamers.has(locale)) return true;
    if (table.dimensions.every((d) => namedWithoutCatalogue(d.field, d.values))) return true;
    this.whenLoaded(
      optionLabels
        .load()
        .then((module) => module.loadOptionNamer(locale))
        .then((namer) => HwBarChart.optionNamers.set(locale, namer)),
    );
    return false;
  }

  private labellers(table: StatTable, text: ChartText) {
    const namer = HwBarChart.optionNamers.get(text.locale);
    return table.dimensions.map((dimension) =>
      categoryLabeller({
        field: dimension.field,
        locale: text.locale,
        options: namer?.(dimension.field, dimension.values, this.vocabulary),
        overrides: this.categoryLabels,
      }),
    );
  }

  /** Category keys in display order. Suppressed categories keep their place among themselves, after the rest. */
  private order(table: StatTable, label: (key: string) => string, locale: string): string[] {
    const keys = [...table.dimensions[0]!.values];
    if (this.sort === 'label') {
      const collator = new Intl.Collator(locale);
      return keys.sort((a, b) => collator.compare(label(a), label(b)));
    }
    if (this.sort !== 'descending' && this.sort !== 'ascending') return keys;
    const size = new Map<string, number | null>();
    const series = Math.max(1, table.dimensions[1]?.values.length ?? 1);
    const marks = marksOf(table, keys);
    keys.forEach((key, c) => {
      const own = marks.slice(c * series, (c + 1) * series);
      const shown = own.filter((m) => m.value !== null).reduce((sum, m) => sum + m.value!, 0);
      // Only shown numbers order the bars: a row total from core, or what is drawn of the row.
      size.set(key, marginOf(table, key) ?? (own.every((m) => m.suppressed) ? null : shown));
    });
    const sign = this.sort === 'descending' ? -1 : 1;
    return keys
      .map((key, i) => ({ key, i, v: size.get(key) ?? null }))
      .sort((a, b) =>
        a.v === null || b.v === null
          ? (a.v === null ? 1 : 0) - (b.v === null ? 1 : 0) || a.i - b.i
          : sign * (a.v - b.v) || a.i - b.i,
      )
      .map((x) => x.key);
  }

  protected draw(table: StatTable, text: ChartText, width: number): Drawing {
    const [labelCategory, labelSeries] = this.labellers(table, text);
    const categories = this.order(table, labelCategory!, text.locale);
    const marks = marksOf(table, categories);
    const seriesKeys = table.dimensions[1]?.values ?? [];
    const seriesLabels = seriesKeys.map((key) => labelSeries!(key));
    const categoryLabels = categories.map((key) => labelCategory!(key));
    const stacked = this.layout === 'stacked' && seriesKeys.length > 1;
    const twoDimensions = table.dimensions.length === 2;
    const k = this.k;
    const short = text.t('suppressedShort', { k });

    // The figure written at the end of each category: its value, or its row total when core gives one.
    const endLabel = (category: number): string => {
      if (!twoDimensions) {
        const mark = marks[category]!;
        return mark.suppressed ? short : text.number(mark.value ?? 0);
      }
      const margin = marginOf(table, categories[category]!);
      return margin === undefined ? '' : margin === null ? short : text.number(margin);
    };
    const endLabels = categories.map((_, i) => endLabel(i));

    const layout = layoutBars({
      width,
      orientation: this.orientation === 'vertical' ? 'vertical' : 'horizontal',
      stacked,
      marks,
      categoryLabels,
      seriesLabels: twoDimensions ? seriesLabels : [],
      legendLabels: [
        ...(twoDimensions ? seriesLabels : []),
        ...(marks.some((m) => m.suppressed) ? [short] : []),
      ],
      k,
      endLabels,
      ...(twoDimensions ? { rowTotals: categories.map((key) => marginOf(table, key)) } : {}),
    });

    const name = (mark: Mark) =>
      mark.seriesKey === undefined
        ? categoryLabels[mark.category]!
        : `${categoryLabels[mark.category]!}, ${seriesLabels[mark.series]!}`;
    const describe = (mark: Mark) =>
      mark.seriesKey === undefined
        ? text.t('markValue', { label: categoryLabels[mark.category]!, value: this.valueText(text, mark) })
        : text.t('markSeriesValue', {
            label: categoryLabels[mark.category]!,
            series: seriesLabels[mark.series]!,
            value: this.valueText(text, mark),
          });

    const title = this.heading || this.defaultTitle(text);
    const rowTotals = twoDimensions ? categories.map((key) => marginOf(table, key)) : undefined;
    const summary = barSummary(text, {
      title,
      marks,
      total: table.total,
      k,
      categories: categories.length,
      label: name,
      ...(rowTotals?.some((v) => v !== undefined) ? { rowTotals } : {}),
    });

    return {
      title,
      summary,
      width: layout.width,
      height: layout.height,
      content: this.renderBars(layout, marks, categoryLabels, seriesLabels, endLabels, text, describe),
      marks,
      grid: { categories: categories.length, series: Math.max(1, seriesKeys.length) },
      categoryAxis: this.orientation === 'vertical' ? 'x' : 'y',
      describe,
      table: () => this.tableView(table, text, title, categories, categoryLabels, seriesKeys, seriesLabels),
    };
  }

  /** Core has no short chart names for fields (its field labels are questions): pages should give a heading. */
  private defaultTitle(text: ChartText): string {
    return text.t('barTitle');
  }

  private renderBars(
    layout: BarLayout,
    marks: Mark[],
    categoryLabels: string[],
    seriesLabels: string[],
    endLabels: string[],
    text: ChartText,
    describe: (mark: Mark) => string,
  ): SVGTemplateResult {
    const { plot, scale } = layout;
    const horizontal = this.orientation !== 'vertical';
    const short = text.t('suppressedShort', { k: this.k });
    const grouped = seriesLabels.length > 1 && this.layout !== 'stacked';
    const seriesCount = Math.max(1, seriesLabels.length);

    const grid = scale.ticks.map((tick) => {
      const at = scale(tick);
      return horizontal
        ? svg`<g class="tick" transform="translate(${plot.x + at} 0)">
            <line class="grid" y1=${plot.y} y2=${plot.y + plot.height}></line>
            <text y=${plot.y + plot.height + 18} text-anchor="middle">${text.number(tick)}</text></g>`
        : svg`<g class="tick" transform="translate(0 ${plot.y + at})">
            <line class="grid" x1=${plot.x} x2=${plot.x + plot.width}></line>
            <text x=${plot.x - 6} dy="0.32em" text-anchor="end">${text.number(tick)}</text></g>`;
    });

    const step = horizontal ? 1 : labelStep(layout.bands[0]?.size ?? 1, 48);
    const axisLabels = categoryLabels.map((label, i) => {
      const band = layout.bands[i]!;
      if (horizontal) {
        return svg`<text class="axis-label" x=${plot.x - 8} y=${plot.y + band.start + band.size / 2}
          dy="0.32em" text-anchor="end">${fitText(label, layout.labelRoom)}</text>`;
      }
      if (i % step !== 0) return nothing;
      const centre = plot.x + band.start + band.size / 2;
      // Centred under its bar, and never past the chart's edges.
      const room = Math.min(layout.labelRoom * step - 4, 2 * centre, 2 * (layout.width - centre));
      return svg`<text class="axis-label" x=${centre} y=${plot.y + plot.height + 18}
        text-anchor="middle">${fitText(label, Math.max(room, 24))}</text>`;
    });

    const bars = marks.map((mark) => {
      const r = layout.bars[mark.index]!;
      const paint = mark.suppressed
        ? { class: 'suppressed', fill: SUPPRESSED_FILL }
        : seriesPaint(seriesLabels.length > 1 ? mark.series : 0);
      const gap = seriesLabels.length > 1 && !grouped ? ' segment-gap' : '';
      return svg`<rect
        class="mark ${paint.class}${gap}${this.isCurrent(mark) ? ' current' : ''}"
        fill=${paint.fill ?? nothing}
        x=${r.x} y=${r.y} width=${r.width} height=${r.height}
        data-mark=${mark.index} data-hover=${mark.index}
        tabindex=${this.tabIndexOf(mark)} role="img" aria-label=${describe(mark)}></rect>`;
    });

    // "<11" on every suppressed bar of several series: beside it side by side, inside it when stacked (if it fits).
    const suppressedLabels = marks.map((mark) => {
      if (!mark.suppressed || mark.seriesKey === undefined) return nothing;
      const r = layout.bars[mark.index]!;
      if (!grouped) {
        const fits = horizontal
          ? r.width >= textWidth(short) + 4
          : r.height >= 16 && r.width >= textWidth(short);
        if (!fits) return nothing;
        return svg`<text class="suppressed-label" x=${r.x + r.width / 2} y=${r.y + r.height / 2} dy="0.32em"
          text-anchor="middle">${short}</text>`;
      }
      return horizontal
        ? svg`<text class="suppressed-label" x=${r.x + r.width + 4} y=${r.y + r.height / 2} dy="0.32em">${short}</text>`
        : svg`<text class="suppressed-label" x=${r.x + r.width / 2} y=${r.y - 4} text-anchor="middle">${short}</text>`;
    });

    const ends = endLabels.map((label, category) => {
      if (!label || grouped) return nothing;
      const inCategory = marks.slice(category * seriesCount, (category + 1) * seriesCount);
      const band = layout.bands[category]!;
      const reach = Math.max(
        ...inCategory.map((m) => {
          const r = layout.bars[m.index]!;
          return horizontal ? r.x + r.width : r.y;
        }),
      );
      const suppressed = inCategory.every((m) => m.suppressed);
      const cls = suppressed ? 'suppressed-label' : 'value-label';
      if (horizontal) {
        return svg`<text class=${cls} x=${reach + 4} y=${plot.y + band.start + band.size / 2} dy="0.32em">${label}</text>`;
      }
      if (textWidth(label) > band.size + 8) return nothing;
      return svg`<text class=${cls} x=${plot.x + band.start + band.size / 2} y=${Math.min(...inCategory.map((m) => layout.bars[m.index]!.y)) - 4}
        text-anchor="middle">${label}</text>`;
    });

    const baseline = horizontal
      ? svg`<line class="axis-line" x1=${plot.x} x2=${plot.x} y1=${plot.y} y2=${plot.y + plot.height}></line>`
      : svg`<line class="axis-line" x1=${plot.x} x2=${plot.x + plot.width} y1=${plot.y + plot.height} y2=${plot.y + plot.height}></line>`;

    return svg`
      ${legend(seriesLabels, layout.width, layout.legendTop, marks.some((m) => m.suppressed) ? short : undefined)}
      <g aria-hidden="true">${grid}${axisLabels}</g>
      <g>${bars}</g>
      <g aria-hidden="true">${baseline}${ends}${suppressedLabels}</g>`;
  }

  private tableView(
    table: StatTable,
    text: ChartText,
    title: string,
    categories: string[],
    categoryLabels: string[],
    seriesKeys: readonly string[],
    seriesLabels: string[],
  ): TableView {
    const marks = marksOf(table, categories);
    const cell = (value: number | null, suppressed: boolean) => this.cellText(text, value, suppressed);
    const total = table.total;
    if (seriesKeys.length === 0) {
      return {
        caption: title,
        headers: [text.t('tableCategory'), text.t('tableCount')],
        rows: marks.map((m) => ({
          label: categoryLabels[m.category]!,
          cells: [cell(m.value, m.suppressed)],
        })),
        footer: { label: text.t('total'), cells: [cell(total.value, total.suppressed)] },
      };
    }
    const margin = (keys: [string, string]) =>
      table.margins.find((m) => m.keys[0] === keys[0] && m.keys[1] === keys[1]);
    const hasColumnTotals = seriesKeys.some((s) => margin(['*', s]));
    const series = seriesKeys.length;
    const blank = { text: '' };
    return {
      caption: title,
      headers: [text.t('tableCategory'), ...seriesLabels, text.t('total')],
      rows: categories.map((key, c) => {
        const own = marks.slice(c * series, (c + 1) * series);
        const rowTotal = margin([key, '*']);
        return {
          label: categoryLabels[c]!,
          cells: [
            ...own.map((m) => cell(m.value, m.suppressed)),
            rowTotal ? cell(rowTotal.value, rowTotal.suppressed) : blank,
          ],
        };
      }),
      footer: {
        label: text.t('total'),
        cells: [
          ...seriesKeys.map((s) => {
            const m = hasColumnTotals ? margin(['*', s]) : undefined;
            return m ? cell(m.value, m.suppressed) : blank;
          }),
          cell(total.value, total.suppressed),
        ],
      },
    };
  }
}
