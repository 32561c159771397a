import { DEFAULT_K, type StatTable } from '@homeward/core';
import { html, nothing, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { HomewardElement } from '../../shared/homeward-element.js';
import { focusRing, visuallyHidden } from '../../shared/theme/utilities.styles.js';
import { chartStyles } from './chart.styles.js';
import { ChartDataController, isProblem, LOADING, type Resolved } from './chart-data.js';
import { noteLines, renderNotes } from './chart-notes.js';
import { ChartStringsController } from './chart-strings-controller.js';
import { type Checked, checkTable, type ExpectedShape } from './check-table.js';
import { dataTable, type TableView } from './data-table.js';
import { protect } from './disclosure.js';
import type { ExportFormat, ExportSource } from './export.js';
import { type CoreCounts, imageExport } from './lazy.js';
import { MarkNavigationController } from './mark-navigation.js';
import type { Mark } from './marks.js';
import { patternDefs } from './patterns.js';
import { type ChartProblem, problemMessage } from './problems.js';
import { setTextFont } from './scales.js';
import type { ChartText } from './text.js';

/** What a chart subclass draws from a checked, protected table. */
export interface Drawing {
  title: string;
  summary: string;
  width: number;
  height: number;
  /** The inside of the plot's `<svg>`: axes, marks, labels, legend. */
  content: SVGTemplateResult;
  marks: Mark[];
  grid: { categories: number; series: number };
  /** Which arrow keys walk the categories: Left/Right (`x`) or Up/Down (`y`). */
  categoryAxis: 'x' | 'y';
  describe: (mark: Mark) => string;
  /** The data table, built only when it is shown (open, or printed). */
  table: () => TableView;
  /** Notes of the chart's own (annotations outside the period shown), under the shared ones. */
  notes?: TemplateResult[];
}

type View =
  | { state: 'loading' }
  | { state: 'problem'; problem: ChartProblem }
  | { state: 'ready'; table: StatTable };

export type { ExportDetail, ExportFormat, ExportSource } from './export.js';

/** Properties whose change means the table must be worked out again (subclasses add theirs). */
const DATA_PROPERTIES = ['data', 'records', 'src', 'suppressBelow', 'suppression', 'modulesLoaded'];

/**
 * The frame every chart shares: data in (a core `StatTable`, records counted by core, or a `src` URL), checks that
 * show a message in the chart's locale instead of a blank or a crash, disclosure control by core, the title and
 * generated summary, keyboard navigation between marks, the data table, the notes (source, suppression) and the
 * downloads. A subclass says how to count records and how to draw.
 */
export abstract class ChartElement extends HomewardElement {
  static override styles = [HomewardElement.styles, focusRing, visuallyHidden, chartStyles];

  /** A table from `@homeward/core`'s statistics (`countBy`, `timeSeries`, `suppress`), as it is. */
  @property({ attribute: false }) data?: unknown;
  /** Records to count with core; the attributes of each chart say by which field(s). */
  @property({ attribute: false }) records?: unknown;
  /** A URL to JSON (a table or an array of records) or to HXL-tagged CSV (a table). The only network call. */
  @property() src?: string;
  /** The chart's title. Without one, a title is made from the table (e.g. "Count per day"). */
  @property() heading?: string;
  /** The heading level of the title, 1 to 6, to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** Counts below this (and the counts that would give them away) are shown as "<11", never as their value. */
  @property({ attribute: 'suppress-below', type: Number }) suppressBelow = DEFAULT_K;
  /**
   * Disclosure control is on unless this is `off`. Turning it off shows every small count, with a visible
   * warning: only for data that describes no person (e.g. incidents), never for people's records.
   */
  @property() suppression: 'on' | 'off' = 'on';
  /** The page's own names for categories (`{ other: 'Other countries' }`); they win over core's labels. */
  @property({ attribute: false }) categoryLabels?: Readonly<Record<string, string>>;

  @state() protected width = 0;
  @state() private tableOpen = false;
  /** True while the page prints: the table is printed with the chart, open or not. */
  @state() private printing = false;
  @state() private exportProblem = false;
  /** Counts the on-demand modules that arrived, so that a chart waiting for one works its table out again. */
  @state() protected modulesLoaded = 0;

  private view: View = { state: 'problem', problem: { code: 'missing' } };
  private readonly strings = new ChartStringsController(this, () => this.localize.locale);
  private readonly input = new ChartDataController(this);
  private inputRevision = -1;
  private lastDrawing: Drawing | undefined;
  private readonly navigation = new MarkNavigationController(this, () =>
    this.lastDrawing ? { grid: this.lastDrawing, root: this.renderRoot } : undefined,
  );
  private resizeFrame = 0;
  private readonly resizeObserver = new ResizeObserver((entries) => {
    const size = entries[entries.length - 1]?.contentBoxSize[0]?.inlineSize;
    // Only the width lays a chart out. The new layout is drawn in the next frame: drawing it inside this callback
    // changes the chart's height, which the browser reports as a ResizeObserver loop.
    if (!size || Math.abs(size - this.width) < 1) return;
    cancelAnimationFrame(this.resizeFrame);
    this.resizeFrame = requestAnimationFrame(() => {
      this.width = Math.floor(size);
    });
  });

  /** The table shapes this chart draws. */
  protected abstract readonly shape: ExpectedShape;
  /** Counts records with core (loaded on demand) into a table, or says why it cannot. */
  protected abstract tableFromRecords(
    records: readonly unknown[],
    core: CoreCounts,
  ): StatTable | ChartProblem;
  /** False while the chart waits for something it needs to draw (e.g. label catalogues); it shows "Loading". */
  protected readyToDraw(_table: StatTable): boolean {
    return true;
  }
  /** Lays out and draws a table at a width. */
  protected abstract draw(table: StatTable, text: ChartText, width: number): Drawing;
  /** Properties of the subclass that change the table (field, interval...). */
  protected static dataProperties: readonly string[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver.observe(this);
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('afterprint', this.afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('afterprint', this.afterPrint);
    cancelAnimationFrame(this.resizeFrame);
  }

  /** The threshold of the drawn table: the one core applied, else this chart's. */
  protected get k(): number {
    return (this.view.state === 'ready' && this.view.table.disclosure?.k) || this.suppressBelow;
  }

  /** The font the chart draws text in, read from the page once and again when the chart is resized. */
  private font: { family: string; size: number } | undefined;

  private readFont(): void {
    const plot = this.renderRoot.querySelector('.plot');
    const style = getComputedStyle(plot ?? this);
    const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    // Before the first render there is no plot to ask: its size is max(12px, 0.8125rem) unless the page sets one.
    const size = plot ? Number.parseFloat(style.fontSize) : Math.max(12, 0.8125 * rem);
    this.font = { family: style.fontFamily || 'sans-serif', size };
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.width) this.width = Math.floor(this.clientWidth) || 640;
    if (!this.font || changed.has('width')) this.readFont();
    if (changed.has('src')) this.input.setSource(this.src);
    const own = (this.constructor as typeof ChartElement).dataProperties;
    const arrived = this.input.revision !== this.inputRevision;
    if (arrived || [...DATA_PROPERTIES, ...own].some((name) => changed.has(name))) {
      this.inputRevision = this.input.revision;
      this.view = this.computeView();
    }
  }

  private computeView(): View {
    try {
      let input: Resolved<unknown> = { code: 'missing' };
      if (this.data !== undefined && this.data !== null) input = this.data;
      else if (this.records !== undefined && this.records !== null) input = this.countRecords(this.records);
      else if (this.src) {
        input = this.input.fromSource();
        if (Array.isArray(input)) input = this.countRecords(input);
      }
      if (input === LOADING) return { state: 'loading' };
      if (isProblem(input)) return { state: 'problem', problem: input };
      const checked: Checked = checkTable(input, this.shape);
      if (!checked.ok) return { state: 'problem', problem: checked.problem };
      const table = this.suppression === 'off' ? checked.table : protect(checked.table, this.suppressBelow);
      return { state: 'ready', table };
    } catch {
      return { state: 'problem', problem: { code: 'unknown' } };
    }
  }

  private countRecords(records: unknown): Resolved<StatTable | ChartProblem> {
    return this.input.count(records, (list, core) => this.tableFromRecords(list, core));
  }

  /** Draws again once an on-demand module has arrived (or failed to: the chart then says what went wrong). */
  protected whenLoaded(loading: Promise<unknown>): void {
    loading.then(
      () => this.modulesLoaded++,
      () => {
        this.view = { state: 'problem', problem: { code: 'unknown' } };
        this.requestUpdate();
      },
    );
  }

  /** The chart's words and formats in its current locale. */
  protected text(): ChartText {
    return this.strings.text();
  }

  /** Names a category in a problem message; subclasses with localized categories override it. */
  protected problemLabel(key: string): string {
    return key;
  }

  /** The roving tab stop: one mark in the tab order, the others reached with the arrow keys. */
  protected tabIndexOf(mark: Mark): number {
    return this.navigation.tabIndexOf(mark);
  }

  /** Whether a mark is pointed at or focused, to outline it. */
  protected isCurrent(mark: Mark): boolean {
    return this.navigation.isCurrent(mark);
  }

  /** The text of a cell: its value, or the suppressed label and the words a screen reader speaks for it. */
  protected cellText(text: ChartText, value: number | null, suppressed: boolean) {
    if (suppressed) {
      return {
        text: text.t('suppressedShort', { k: this.k }),
        spoken: text.t('suppressedLong', { k: this.k }),
      };
    }
    return { text: value === null ? '' : text.number(value) };
  }

  /** How a mark's value is said: its number, or that it is not shown. */
  protected valueText(text: ChartText, mark: Mark): string {
    return mark.suppressed || mark.value === null
      ? text.t('suppressedLong', { k: this.k })
      : text.number(mark.value);
  }

  override render() {
    const text = this.text();
    const view = this.view;
    if (view.state !== 'ready') return this.renderMessage(text, view);
    if (!this.readyToDraw(view.table)) return this.renderMessage(text, { state: 'loading' });
    let drawing: Drawing;
    try {
      setTextFont(this.font!.family, this.font!.size);
      drawing = this.draw(view.table, text, this.width);
    } catch {
      return this.renderMessage(text, { state: 'problem', problem: { code: 'unknown' } });
    }
    this.lastDrawing = drawing;
    this.navigation.fit(drawing.marks.length);
    const current = this.navigation.current;
    const readout = drawing.marks[current] ? drawing.describe(drawing.marks[current]) : '';
    return html`<figure part="base" aria-labelledby="title">
      ${this.renderTitle(drawing.title)}
      <p class="summary" part="summary" id="summary">${drawing.summary}</p>
      <div
        class="plot"
        part="plot"
        @keydown=${this.navigation.onKeydown}
        @focusin=${this.navigation.onFocusIn}
        @focusout=${this.navigation.onFocusOut}
        @pointerover=${this.navigation.onPointerOver}
        @pointerleave=${this.navigation.onPointerLeave}
      >
        <!-- Listeners sit on this box, not on the SVG: Chromium makes an SVG with focus listeners a tab stop. -->
        <svg
          class="chart"
          width=${drawing.width}
          height=${drawing.height}
          viewBox="0 0 ${drawing.width} ${drawing.height}"
          role="group"
          aria-labelledby="title"
          aria-describedby="summary hint"
        >
          ${patternDefs()}${drawing.content}
        </svg>
      </div>
      <p class="readout" part="readout" aria-hidden="true">${readout}</p>
      <p class="visually-hidden" id="hint">${text.t('keyboardHint')}</p>
      ${renderNotes(text, this.notes(view.table, drawing), drawing.notes)}
      <div class="actions" part="actions">
        <button type="button" aria-expanded=${this.tableOpen} aria-controls="data" @click=${this.toggleTable}>
          ${this.tableOpen ? text.t('hideTable') : text.t('showTable')}
        </button>
        <div class="downloads" role="group" aria-labelledby="downloads">
          <span id="downloads">${text.t('downloads')}:</span>
          <button type="button" @click=${() => this.download('svg')}>${text.t('downloadSvg')}</button>
          <button type="button" @click=${() => this.download('png')}>${text.t('downloadPng')}</button>
          <button type="button" @click=${() => this.download('csv')}>${text.t('downloadCsv')}</button>
        </div>
        <p role="status" class="warning">${this.exportProblem ? text.t('exportFailed') : ''}</p>
      </div>
      <div id="data" class="table-wrap" part="table-wrap" ?hidden=${!this.tableOpen && !this.printing}>
        ${this.tableOpen || this.printing ? dataTable(drawing.table()) : nothing}
      </div>
    </figure>`;
  }

  protected override firstUpdated(): void {
    // The first layout used the default text size; if the page sets another, lay out again with it.
    const before = this.font?.size;
    this.readFont();
    if (this.font?.size !== before) this.requestUpdate();
  }

  private renderTitle(title: string): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    return html`<div class="title" part="title" id="title" role="heading" aria-level=${level}>${title}</div>`;
  }

  private renderMessage(text: ChartText, view: Exclude<View, { state: 'ready' }>): TemplateResult {
    const title = this.heading;
    const problem = view.state === 'problem';
    return html`<figure part="base" aria-labelledby=${title ? 'title' : nothing}>
      ${title ? this.renderTitle(title) : nothing}
      <div class="message ${problem ? 'problem' : ''}" part="message" role="status">
        ${
          problem
            ? html`<strong>${text.t('errorTitle')}</strong>
              ${problemMessage(text, view.problem, (key) => this.problemLabel(key))}`
            : text.t('loading')
        }
      </div>
    </figure>`;
  }

  private notes(table: StatTable, drawing: Drawing) {
    return { table, marks: drawing.marks, k: this.k, suppression: this.suppression };
  }

  private toggleTable(): void {
    this.tableOpen = !this.tableOpen;
  }

  /** Renders the table before the browser lays the page out for printing (an update now, not in a microtask). */
  private readonly beforePrint = () => {
    this.printing = true;
    this.performUpdate();
  };

  private readonly afterPrint = () => {
    this.printing = false;
  };

  /** The chart as a standalone SVG file (title, summary, plot, notes), or undefined when nothing is drawn. */
  async toSVG(): Promise<Blob | undefined> {
    return (await imageExport.load()).toSVG(this.exportSource());
  }

  /** The chart as a PNG image at twice its size, drawn from the SVG file on a canvas. */
  async toPNG(): Promise<Blob | undefined> {
    return (await imageExport.load()).toPNG(this.exportSource());
  }

  /** The table as drawn (suppressed cells stay suppressed) as HXL-tagged CSV, written by core. */
  async toCSV(): Promise<Blob | undefined> {
    if (this.view.state !== 'ready') return undefined;
    const { writeTableCsv } = await import('./table-csv.js');
    return new Blob([writeTableCsv(this.view.table)], { type: 'text/csv;charset=utf-8' });
  }

  /** What an export is made from: the drawn plot and the words around it, or undefined when nothing is drawn. */
  private exportSource(): ExportSource | undefined {
    const plot = this.renderRoot.querySelector<SVGSVGElement>('svg.chart');
    const drawing = this.lastDrawing;
    if (!plot || !drawing || this.view.state !== 'ready') return undefined;
    return {
      host: this,
      plot,
      title: drawing.title,
      summary: drawing.summary,
      notes: noteLines(this.text(), this.notes(this.view.table, drawing)),
    };
  }

  /**
   * Makes a file and offers it as a download, after a cancelable `hw-export` event: a page that handles the file
   * itself (uploads it, shows it) cancels the event.
   */
  async download(format: ExportFormat): Promise<void> {
    this.exportProblem = false;
    try {
      const blob =
        format === 'svg' ? await this.toSVG() : format === 'png' ? await this.toPNG() : await this.toCSV();
      if (!blob) throw new Error('nothing drawn');
      const { offer } = await imageExport.load();
      offer(this, blob, format, this.lastDrawing?.title ?? '');
    } catch {
      this.exportProblem = true;
    }
  }
}
