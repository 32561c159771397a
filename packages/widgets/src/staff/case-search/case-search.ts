import { CASE_STATUSES } from '@homeward/core';
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { HwChoiceField } from '../../form-controls/choice-field/choice-field.js';
import { HwTextField } from '../../form-controls/text-field/text-field.js';
import { HomewardElement } from '../../shared/homeward-element.js';
import type { CaseQuery, CaseSort } from '../api/contract.js';
import { statusText } from '../shared/field-value.js';
import { staffStyles } from '../shared/staff.styles.js';
import { StaffElement } from '../shared/staff-element.js';
import { submitOnEnter } from '../shared/submit-on-enter.js';
import { HwCaseList } from './case-list.js';
import { CaseQueryModel } from './case-query.js';
import { caseSearchStyles } from './case-search.styles.js';

const TEXT_FIELDS = ['q', 'caseNumber', 'document', 'office', 'citizenship', 'from', 'to'] as const;

/**
 * @summary Find a person by name in any script, case number or document number, with filters.
 *
 * Find a person: by name in any script or spelling (the server compares names across scripts with core's
 * matching), by case number, by document number, with filters (status, office, citizenship, registration dates,
 * minor, screening met, possible duplicate). The cases found are listed in an <hw-case-list> below: sortable,
 * paged by cursor, the count announced. Nothing of the search is written to the address or to storage.
 *
 * Accessibility. Keyboard: the form is a `role="search"` landmark of labelled fields; Enter in any text field sends
 * it (as a native form does, though the inputs sit in the fields' own shadow roots); the filters are in a
 * disclosure opened with Enter or Space on its summary; "Clear" empties the form and the results and moves focus
 * back to the name field. The list below is operated as <hw-case-list> says (sortable headers, case links, "Show
 * more cases" moving focus to the new rows). Screen readers: the landmark is labelled by the element's heading (at
 * `heading-level`); "Searching…" is announced (`role="status"`) while a search runs, then the list's live count of
 * cases found; a failed search is announced as an alert (`role="alert"`) with its reason, rather than an empty table.
 *
 * @event {CustomEvent<{ id: string; caseNumber: string }>} hw-open-case - From the list: a case was opened (cancelable: cancel it to open the case in place). `detail: { id, caseNumber }`.
 * @csspart form - The search form.
 * @csspart list - The <hw-case-list>.
 * @cssproperty --hw-color-accent - Buttons and links; see the theme tokens for the rest.
 * @cssproperty --hw-color-text - Text colour.
 */
export class HwCaseSearch extends StaffElement {
  static override styles = [HomewardElement.styles, staffStyles, caseSearchStyles];
  static override dependencies = {
    'hw-text-field': HwTextField,
    'hw-choice-field': HwChoiceField,
    'hw-case-list': HwCaseList,
  };

  /** Level (1-6) of the element's top heading, to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Passed to the list: each case's link, `{id}` replaced. */
  @property({ attribute: 'case-href' }) caseHref = '';
  /** How many cases each search or "Show more cases" asks the server for (the server may cap it). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;

  readonly #model = new CaseQueryModel(
    () => this.session,
    () => this.requestUpdate(),
    () => this.pageSize,
  );

  /** Runs a search (also what the form does). */
  search(query: CaseQuery): Promise<void> {
    return this.#model.search(query);
  }

  protected override forget(): void {
    this.#model.forget();
    for (const field of this.renderRoot.querySelectorAll<HwTextField | HwChoiceField>(
      'hw-text-field, hw-choice-field',
    )) {
      field.value = field instanceof HwChoiceField && field.type === 'checkbox' ? [] : '';
    }
  }

  protected override render(): TemplateResult {
    const { state } = this.#model;
    const t = (key: string) => this.localize.t(key);
    const level = Math.min(Math.max(this.headingLevel, 1), 6);
    const statuses = CASE_STATUSES.map((value) => ({ value, label: statusText(this.localize, value) }));
    const flags = [
      { value: 'minor', label: t('staff.search.flag.minor') },
      { value: 'screeningMet', label: t('staff.search.flag.screeningMet') },
      { value: 'duplicate', label: t('staff.search.flag.duplicate') },
    ];
    return html`
      <form part="form" role="search" aria-labelledby="search-title" novalidate @submit=${this.submit} @keydown=${submitOnEnter}>
        <div id="search-title" role="heading" aria-level=${level} class="title">${t('staff.search.title')}</div>
        <div class="main">
          <hw-text-field name="q" label=${t('staff.search.q')}></hw-text-field>
          <hw-text-field
            name="caseNumber"
            label=${t('staff.search.caseNumber')}
            hint=${t('staff.search.caseNumberHint')}
            autocomplete="off"
          ></hw-text-field>
          <hw-text-field name="document" label=${t('staff.search.document')} autocomplete="off"></hw-text-field>
        </div>
        <details>
          <summary>${t('staff.search.filters')}</summary>
          <div class="filters">
            <hw-choice-field
              name="status"
              type="select"
              label=${t('staff.search.status')}
              placeholder=${t('staff.search.anyStatus')}
              .options=${statuses}
            ></hw-choice-field>
            <hw-text-field name="office" label=${t('staff.search.office')}></hw-text-field>
            <hw-text-field name="citizenship" label=${t('staff.search.citizenship')} maxlength="2"></hw-text-field>
            <hw-text-field name="from" type="date" label=${t('staff.search.from')}></hw-text-field>
            <hw-text-field name="to" type="date" label=${t('staff.search.to')}></hw-text-field>
            <hw-choice-field name="flags" type="checkbox" label=${t('staff.search.flags')} .options=${flags}></hw-choice-field>
          </div>
        </details>
        <div class="actions">
          <button class="button" type="submit" ?disabled=${state.busy}>${t('staff.search.submit')}</button>
          <button class="button secondary" type="button" @click=${this.clear}>${t('staff.search.clear')}</button>
        </div>
      </form>
      ${state.busy ? html`<p class="message" role="status">${t('staff.search.searching')}</p>` : ''}
      ${
        state.failed
          ? html`<p class="message problem" role="alert">
            ${this.localize.t('staff.case.failed', {
              reason:
                state.failed.status === 0
                  ? t('staff.error.network')
                  : (state.failed.message ??
                    this.localize.t('staff.error.server', { status: String(state.failed.status) })),
            })}
          </p>`
          : ''
      }
      <hw-case-list
        part="list"
        .session=${this.session}
        .items=${state.items}
        .total=${state.total}
        .sort=${state.query.sort ?? ''}
        ?has-more=${Boolean(state.nextCursor)}
        ?busy=${state.busy}
        case-href=${this.caseHref}
        @hw-sort=${(e: CustomEvent<{ sort: CaseSort }>) => void this.#model.sortBy(e.detail.sort)}
        @hw-more=${() => void this.#model.more()}
      ></hw-case-list>
    `;
  }

  /** The form's values as a query. */
  private readQuery(): CaseQuery {
    const root = this.renderRoot;
    const query: Record<string, unknown> = {};
    for (const name of TEXT_FIELDS) {
      query[name] = root.querySelector<HwTextField>(`hw-text-field[name=${name}]`)?.value ?? '';
    }
    query.status = root.querySelector<HwChoiceField>('hw-choice-field[name=status]')?.value || undefined;
    const flags = root.querySelector<HwChoiceField>('hw-choice-field[name=flags]')?.values ?? [];
    for (const flag of flags) query[flag] = 'true';
    if (typeof query.citizenship === 'string') query.citizenship = query.citizenship.toUpperCase();
    return query as CaseQuery;
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    void this.#model.search(this.readQuery());
  }

  private clear(): void {
    this.forget();
    this.renderRoot.querySelector<HwTextField>('hw-text-field[name=q]')?.focus();
  }
}
