import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { HomewardElement } from '../../shared/homeward-element.js';
import type { CaseSort, CaseSummary } from '../api/contract.js';
import { fieldValueText, statusText } from '../shared/field-value.js';
import { staffStyles } from '../shared/staff.styles.js';
import { StaffElement } from '../shared/staff-element.js';
import { caseListStyles } from './case-list.styles.js';

const COLUMNS = [
  { key: 'caseNumber', label: 'staff.list.caseNumber', sort: 'caseNumber' },
  { key: 'name', label: 'staff.list.name', sort: undefined },
  { key: 'status', label: 'staff.list.status', sort: undefined },
  { key: 'office', label: 'staff.list.office', sort: undefined },
  { key: 'registered', label: 'staff.list.registered', sort: 'registrationDate' },
  { key: 'flags', label: 'staff.list.flags', sort: undefined },
] as const;

const FLAGS = ['minor', 'screeningMet', 'possibleDuplicate', 'retrafficked'] as const;

/**
 * @summary A sortable, paged table of cases with the count of rows announced.
 *
 * A table of cases: case number (a link to the case), name in its own script with its Latin spelling, status,
 * office, registration date and flags. Column headers sort (a button each, `aria-sort` on the header); the count
 * of rows found is announced in a live region whenever a search or page completes; "Show more cases" loads the
 * next page and moves focus to its first row.
 *
 * Accessibility. Keyboard: Tab reaches each sortable column header's button, each row's case number (a link with
 * `case-href`, else a button) and "Show more cases"; Enter (or Space on a button) sorts, opens or loads more. After
 * "Show more cases" focus moves to the case number of the first new row, so the keyboard carries on where the new rows
 * begin; the button is disabled while a page loads. Screen readers: a real table with a caption (and "Showing n of m"
 * when more cases match than are listed), column headers, and each row headed by its case number; a sortable header
 * carries `aria-sort` (ascending, descending or none) and its arrow is hidden from them; the count of cases found ("No
 * case matches this search.", "1 case found", "n cases found") is a polite `role="status"` region, emptied while a
 * search runs so each completed search or page is announced; names are marked `dir="auto"` and their Latin spelling
 * `lang="und-Latn"`, so they are read in the right direction and voice.
 *
 * @event {CustomEvent<{ id: string; caseNumber: string }>} hw-open-case - A case's link was followed (cancelable: cancel it to open the case in place). `detail: { id, caseNumber }`.
 * @event {CustomEvent<{ sort: CaseSort }>} hw-sort - A header asked for another order. `detail: { sort }` (e.g. `caseNumber`, `-registrationDate`); the element does not reorder the rows itself.
 * @event {CustomEvent<Record<string, unknown>>} hw-more - "Show more cases" was pressed; load the next page and append it to `items`. Its detail is empty.
 * @csspart table - The table.
 * @csspart count - The announced count.
 * @cssproperty --hw-color-accent - Buttons and links; see the theme tokens for the rest.
 * @cssproperty --hw-color-text - Text colour.
 */
export class HwCaseList extends StaffElement {
  static override styles = [HomewardElement.styles, staffStyles, caseListStyles];

  /** The cases shown, one row each, in the order given (the server sorts). Appending a page keeps the rows above. */
  @property({ attribute: false }) items: CaseSummary[] = [];
  /** How many cases match in all (the rows shown may be fewer). Unset: no search yet. */
  @property({ type: Number }) total: number | undefined;
  /** More cases match than `items` holds: shows "Show more cases" (which fires `hw-more`). */
  @property({ type: Boolean, attribute: 'has-more' }) hasMore = false;
  /** A search or page is loading: "Show more cases" is disabled and the count is withheld until it completes. */
  @property({ type: Boolean }) busy = false;
  /**
   * The order the rows are in, as the API names it (`caseNumber`, `registrationDate`; `-` first for descending), shown
   * by `aria-sort` and an arrow on its header. Empty: the server's default order, no header marked.
   */
  @property() sort: CaseSort | '' = '';
  /** Link of each case, `{id}` replaced: e.g. `case.html#{id}`. Without it, `hw-open-case` alone opens cases. */
  @property({ attribute: 'case-href' }) caseHref = '';

  #focusFrom: number | undefined;

  protected override forget(): void {
    this.items = [];
    this.total = undefined;
    this.hasMore = false;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('items') && this.#focusFrom !== undefined && this.items.length > this.#focusFrom) {
      this.renderRoot.querySelectorAll<HTMLElement>('tbody .open')[this.#focusFrom]?.focus();
      this.#focusFrom = undefined;
    }
  }

  protected override render(): TemplateResult {
    const count = this.total;
    // Until the locale's strings have come, say nothing: the status region would read a raw key aloud.
    const announced =
      count === undefined || !this.localize.has('staff.list.none')
        ? ''
        : count === 0
          ? this.localize.t('staff.list.none')
          : count === 1
            ? this.localize.t('staff.list.countOne')
            : this.localize.t('staff.list.count', { count });
    return html`
      <p class="count" part="count" role="status" aria-live="polite">${this.busy ? '' : announced}</p>
      ${
        this.items.length === 0
          ? nothing
          : html`<div class="table-wrap">
            <table part="table">
              <caption>
                ${this.localize.t('staff.list.caption')}
                ${
                  count !== undefined && count > this.items.length
                    ? html`<span class="showing">${this.localize.t('staff.list.showing', { shown: this.items.length, count })}</span>`
                    : nothing
                }
              </caption>
              <thead>
                <tr>
                  ${COLUMNS.map((c) => this.renderHeader(c))}
                </tr>
              </thead>
              <tbody>
                ${this.items.map((item) => this.renderRow(item))}
              </tbody>
            </table>
          </div>`
      }
      ${
        this.hasMore
          ? html`<div class="actions">
            <button class="button secondary" type="button" ?disabled=${this.busy} @click=${this.more}>
              ${this.localize.t('staff.list.more')}
            </button>
          </div>`
          : nothing
      }
    `;
  }

  private renderHeader(column: (typeof COLUMNS)[number]): TemplateResult {
    const label = this.localize.t(column.label);
    if (!column.sort) return html`<th scope="col">${label}</th>`;
    const current = this.sort.replace(/^-/, '') === column.sort;
    const descending = this.sort.startsWith('-');
    const ariaSort = current ? (descending ? 'descending' : 'ascending') : 'none';
    const next = (current && !descending ? `-${column.sort}` : column.sort) as CaseSort;
    return html`<th scope="col" aria-sort=${ariaSort}>
      <button class="sort" type="button" @click=${() => this.emit('hw-sort', { sort: next })}>
        ${label}<span class="arrow" aria-hidden="true">${current ? (descending ? '▼' : '▲') : '↕'}</span>
      </button>
    </th>`;
  }

  private renderRow(item: CaseSummary): TemplateResult {
    const status = statusText(this.localize, item.status);
    const href = this.caseHref ? this.caseHref.replace('{id}', encodeURIComponent(item.id)) : undefined;
    return html`<tr>
      <th scope="row">
        ${
          href
            ? html`<a class="open" href=${href} @click=${(e: Event) => this.open(e, item)}>${item.caseNumber}</a>`
            : html`<button class="open link" type="button" @click=${(e: Event) => this.open(e, item)}>
              ${item.caseNumber}
            </button>`
        }
      </th>
      <td>
        <span dir="auto">${item.displayName}</span>
        ${
          item.latinName && item.latinName !== item.displayName
            ? html`<br /><span class="latin" lang="und-Latn">${item.latinName}</span>`
            : nothing
        }
      </td>
      <td>${status}</td>
      <td>${fieldValueText(this.localize, 'office', item.office)}</td>
      <td>${this.localize.date(item.registrationDate, { dateStyle: 'medium' })}</td>
      <td>
        ${FLAGS.filter((f) => item.flags[f]).map(
          (f) => html`<span class="flag">${this.localize.t(`staff.flag.${f}`)}</span>`,
        )}
      </td>
    </tr>`;
  }

  private open(event: Event, item: CaseSummary): void {
    const proceed = this.emit('hw-open-case', { id: item.id, caseNumber: item.caseNumber }, true);
    if (!proceed) event.preventDefault();
  }

  private more(): void {
    this.#focusFrom = this.items.length;
    this.emit('hw-more', {});
  }
}
