import { DEFAULT_K } from '@homeward/core';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { HomewardElement } from '../../shared/homeward-element.js';
import { visuallyHidden } from '../../shared/theme/utilities.styles.js';
import { chartStyles } from '../shared/chart.styles.js';
import { ChartDataController, isProblem, LOADING } from '../shared/chart-data.js';
import { ChartStringsController } from '../shared/chart-strings-controller.js';
import { perturbationNote } from '../shared/disclosure.js';
import { type ChartProblem, problemMessage } from '../shared/problems.js';
import type { ChartText } from '../shared/text.js';
import { type Figure, type FigureInput, figureFrom } from './figures.js';

type View =
  | { state: 'loading' }
  | { state: 'problem'; problem: ChartProblem }
  | { state: 'ready'; figures: Figure[] };

/** JSON in an attribute; text that is not JSON is kept as it is, to be shown as bad data rather than thrown. */
const jsonConverter = {
  fromAttribute(value: string | null): unknown {
    if (value === null) return undefined;
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  },
};

/**
 * @summary One headline figure with its label, date and source; when sources disagree (440 and 1,440), every
 * figure is shown side by side, each with its own source, never merged.
 *
 * Data: `data` (a core `StatTable`: its total is the figure), `figures` (several tables or published figures
 * `{ value, source: { name, date, url }, date }`), the `value` / `source` / `source-url` / `date` attributes for
 * one figure without script, `records` with `field` (counted by core's `countBy`), or `src` (JSON or CSV).
 * A figure below `suppress-below` shows as "<11", through core's disclosure control. A figure from a perturbed table
 * (core's cell key method, as the server's public statistics are) says so under the figures, and by how much at most.
 *
 * Accessibility. Keyboard: nothing to operate but a source's link. Screen readers: the card is a section labelled
 * by its label (a heading at `heading-level`); a suppressed figure reads "fewer than 11, not shown" rather than
 * "<11"; loading and problems are announced (`role="status"`).
 *
 * @csspart base - The card.
 * @csspart label - What the figure counts (the card's heading).
 * @csspart figures - The list of figures.
 * @csspart figure - One figure with its date and source.
 * @csspart value - The number itself.
 * @csspart meta - The date and source of a figure.
 * @csspart note - The notes under the figures (sources disagree, perturbation, suppression).
 * @csspart message - The loading or problem message shown instead of figures.
 *
 * @cssproperty --hw-stat-card-value-size - Size of the figure. Default 2.5rem.
 * @cssproperty --hw-color-text - Text; see the theme tokens for the others (surface, border, link).
 */
export class HwStatCard extends HomewardElement {
  static override styles = [
    HomewardElement.styles,
    visuallyHidden,
    chartStyles,
    css`
      .card {
        padding: var(--_space-4);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      .label {
        margin: 0 0 var(--_space-2);
        font-size: var(--_font-size);
        font-weight: 600;
      }
      .figures {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space-5);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .figure {
        display: flex;
        flex-direction: column;
        gap: var(--_space-1);
        min-inline-size: 8rem;
      }
      .figures.several .figure + .figure {
        padding-inline-start: var(--_space-5);
        border-inline-start: 2px solid var(--_border);
      }
      .value {
        font-size: var(--hw-stat-card-value-size, 2.5rem);
        font-weight: 700;
        line-height: 1.1;
        font-variant-numeric: tabular-nums;
      }
      .meta {
        color: var(--_text-secondary);
        font-size: max(12px, var(--_font-size-small));
      }
      .meta a {
        color: var(--_link);
      }
      .note {
        margin: var(--_space-3) 0 0;
        color: var(--_text-secondary);
        font-size: max(12px, var(--_font-size-small));
      }
    `,
  ];

  /** What the figure counts: "Indonesians registered after leaving scam compounds". */
  @property() label = '';
  /** The heading level of the label, 1 to 6; 0 for no heading (plain text). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;
  /** A core `StatTable`: its total is the figure, its source and window say where from and when. */
  @property({ attribute: false }) data?: unknown;
  /** Several figures, each a table or `{ value, source, date }`, shown side by side; as an attribute, JSON. */
  @property({ converter: jsonConverter }) figures?: unknown;
  /** One figure without script: the number (with `source`, `source-url` and `date`). */
  @property({ type: Number }) value?: number;
  /** The name of the source of `value` ("Ministry of Foreign Affairs"), shown under the figure. */
  @property() source?: string;
  /** The address of the source of `value`: the source's name becomes a link to it. */
  @property({ attribute: 'source-url' }) sourceUrl?: string;
  /** The date of `value` (`YYYY-MM-DD`), shown as "as of" in the page's locale. */
  @property() date?: string;
  /** Records counted by core (with `field`, whose total is the figure). */
  @property({ attribute: false }) records?: unknown;
  /** The core field that `records` are counted by (e.g. `nationality`); the figure is the table's total. */
  @property() field?: string;
  /** A URL to JSON (a table, a figure or a list of them) or to CSV (a table). */
  @property() src?: string;
  /** Figures below this show as "<11". */
  @property({ attribute: 'suppress-below', type: Number }) suppressBelow = DEFAULT_K;
  /** Disclosure control is on unless this is `off`. */
  @property() suppression: 'on' | 'off' = 'on';

  private view: View = { state: 'problem', problem: { code: 'missing' } };
  private readonly input = new ChartDataController(this);
  private readonly strings = new ChartStringsController(this, () => this.localize.locale);

  private get k(): number {
    return this.suppression === 'off' ? 0 : this.suppressBelow;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src')) this.input.setSource(this.src);
    this.view = this.computeView();
  }

  /** The inputs, in order of precedence: figures, data, a value attribute, records, src. */
  private inputs(): unknown[] | ChartProblem | typeof LOADING {
    if (this.figures !== undefined && this.figures !== null) {
      return Array.isArray(this.figures) ? this.figures : [this.figures];
    }
    if (this.data !== undefined && this.data !== null) return [this.data];
    if (this.value !== undefined && this.value !== null) {
      const figure: FigureInput = {
        value: this.value,
        ...(this.source
          ? { source: { name: this.source, ...(this.sourceUrl ? { url: this.sourceUrl } : {}) } }
          : {}),
        ...(this.date ? { date: this.date } : {}),
      };
      return [figure];
    }
    if (this.records !== undefined && this.records !== null) {
      const field = this.field;
      if (!field) return { code: 'noField' };
      const counted = this.input.count(this.records, (records, core) =>
        core.countBy(records as never, field as never),
      );
      return counted === LOADING || isProblem(counted) ? counted : [counted];
    }
    if (this.src) {
      const loaded = this.input.fromSource();
      return loaded === LOADING || isProblem(loaded) || Array.isArray(loaded) ? loaded : [loaded];
    }
    return { code: 'missing' };
  }

  private computeView(): View {
    try {
      const inputs = this.inputs();
      if (inputs === LOADING) return { state: 'loading' };
      if (!Array.isArray(inputs)) return { state: 'problem', problem: inputs };
      if (inputs.length === 0) return { state: 'problem', problem: { code: 'missing' } };
      const figures: Figure[] = [];
      for (const input of inputs) {
        const figure = figureFrom(input, this.k);
        if (isProblem(figure)) return { state: 'problem', problem: figure };
        figures.push(figure);
      }
      return { state: 'ready', figures };
    } catch {
      return { state: 'problem', problem: { code: 'unknown' } };
    }
  }

  private renderLabel(): TemplateResult | typeof nothing {
    if (!this.label) return nothing;
    const level = Math.round(this.headingLevel);
    return level >= 1 && level <= 6
      ? html`<div class="label" part="label" id="label" role="heading" aria-level=${level}>${this.label}</div>`
      : html`<p class="label" part="label" id="label">${this.label}</p>`;
  }

  private renderFigure(text: ChartText, figure: Figure): TemplateResult {
    const k = this.suppressBelow;
    const value = figure.suppressed
      ? html`<span aria-hidden="true">${text.t('suppressedShort', { k })}</span
          ><span class="visually-hidden">${text.t('suppressedLong', { k })}</span>`
      : text.number(figure.value ?? 0);
    const source = figure.source ? text.t('source', { name: figure.source.name }) : text.t('noSource');
    return html`<li class="figure" part="figure">
      <span class="value" part="value">${value}</span>
      ${figure.date ? html`<span class="meta" part="meta">${text.t('asOf', { date: text.date(figure.date) })}</span>` : nothing}
      <span class="meta" part="meta">
        ${figure.source?.url ? html`<a href=${figure.source.url}>${source}</a>` : source}
      </span>
    </li>`;
  }

  override render() {
    const text = this.strings.text();
    const view = this.view;
    if (view.state !== 'ready') {
      return html`<section class="card" part="base" aria-labelledby=${this.label ? 'label' : nothing}>
        ${this.renderLabel()}
        <div class="message ${view.state === 'problem' ? 'problem' : ''}" part="message" role="status">
          ${
            view.state === 'problem'
              ? html`<strong>${text.t('errorTitle')}</strong> ${problemMessage(text, view.problem, (key) => key)}`
              : text.t('loading')
          }
        </div>
      </section>`;
    }
    const { figures } = view;
    const several = figures.length > 1;
    const shown = new Set(figures.map((f) => (f.suppressed ? 'suppressed' : String(f.value))));
    const disagree = several && shown.size > 1;
    // One note per distinct perturbation (figures from two publications may say different things).
    const perturbed = [
      ...new Set(figures.map((f) => (f.perturbation ? perturbationNote(text, f) : undefined))),
    ].filter((note): note is string => note !== undefined);
    return html`<section class="card" part="base" aria-labelledby=${this.label ? 'label' : nothing}>
      ${this.renderLabel()}
      <ul class="figures ${several ? 'several' : ''}" part="figures" role="list">
        ${figures.map((figure) => this.renderFigure(text, figure))}
      </ul>
      ${disagree ? html`<p class="note" part="note">${text.t('sourcesDisagree')}</p>` : nothing}
      ${perturbed.map((note) => html`<p class="note perturbation" part="note">${note}</p>`)}
      ${
        figures.some((f) => f.suppressed)
          ? html`<p class="note" part="note">${text.t('suppressionNote', { k: this.suppressBelow })}</p>`
          : nothing
      }
      ${this.suppression === 'off' ? html`<p class="note warning" part="note">${text.t('suppressionOff')}</p>` : nothing}
    </section>`;
  }
}
