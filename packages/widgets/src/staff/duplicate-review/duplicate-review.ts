import { matchMessagesFor } from '@homeward/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { HomewardElement } from '../../shared/homeward-element.js';
import { type DuplicatePairView, problemMessage } from '../api/contract.js';
import { fieldValueText } from '../shared/field-value.js';
import { staffStyles } from '../shared/staff.styles.js';
import { StaffElement } from '../shared/staff-element.js';
import { duplicateReviewStyles } from './duplicate-review.styles.js';
import {
  alignPair,
  DuplicateReviewModel,
  type PairRow,
  ROW_FIELDS,
  type Side,
} from './duplicate-review-model.js';

const ROW_LABEL: Record<PairRow, string> = {
  caseNumber: 'staff.list.caseNumber',
  displayName: 'staff.list.name',
  latinName: 'staff.dup.row.latinName',
  sex: 'staff.dup.row.sex',
  ageBand: 'staff.dup.row.age',
  citizenship: 'staff.dup.row.citizenship',
  status: 'staff.list.status',
  office: 'staff.list.office',
  registrationDate: 'staff.list.registered',
};

/**
 * @summary Review likely duplicate registrations: side by side, why they match, merge, dismiss or skip.
 *
 * Shows one open pair at a time: both registrations' summary fields aligned (rows that differ are marked with a
 * word as well as emphasis), the server's match explanation (band and every field's comparison, in the page's
 * language), and the actions: merge (after choosing the record that survives, and confirming), not the same person,
 * or skip. A 409 or 412 (someone resolved or changed the pair first) is shown as such. Behaviour lives in
 * `DuplicateReviewModel`; this element only renders it.
 *
 * Accessibility. Keyboard: native controls: radio buttons for the record that survives (and, once it is chosen,
 * one group per differing field for the value to keep), a required reason, then "Merge", "Not the same person" and
 * "Skip for now". "Merge" asks for confirmation first and moves focus to the confirmation's confirm button (its cancel
 * button beside it). Screen readers: the section is labelled by its heading (at `heading-level`) and the number of
 * pairs left is a status (`role="status"`); the pair is a table with a caption naming both people, column headers
 * for the two cases and each row headed by its field, a differing row saying "(differs)" in words, not by colour
 * only; the match explanation is a captioned table of each field's comparison and whether it counts for or against;
 * a missing choice or reason is an alert tied to its field (`aria-describedby`, `aria-invalid` on the reason); the
 * confirmation is an `alertdialog` labelled by what the merge will do; the outcome is announced in a live region:
 * merged or dismissed as status, a conflict (409/412) or failure as an alert.
 *
 * @event {CustomEvent<{ id: string; action: 'merge' | 'dismiss'; keep?: 'a' | 'b' }>} hw-duplicate-resolved - A pair was merged or dismissed. `detail: { id, action, keep? }` (`keep`: the registration that survives a merge).
 * @csspart pair - The side-by-side table.
 * @csspart explanation - The match explanation.
 * @csspart field-choices - For each field that differs, which registration's value the merged record keeps.
 * @csspart confirm - The merge confirmation.
 * @csspart message - The outcome message.
 * @cssproperty --hw-color-accent - Buttons and links; see the theme tokens for the rest.
 * @cssproperty --hw-color-warning-bg - Background of rows whose values differ.
 */
export class HwDuplicateReview extends StaffElement {
  static override styles = [HomewardElement.styles, staffStyles, duplicateReviewStyles];

  /** The open pairs to review; loaded from the API when not given. */
  @property({ attribute: false })
  get pairs(): DuplicatePairView[] {
    return this.#model.state.pairs;
  }
  set pairs(pairs: DuplicatePairView[]) {
    this.#model.load(pairs);
    this.#given = true;
  }
  /** Level (1-6) of the element's top heading, to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  #given = false;
  readonly #model = new DuplicateReviewModel(
    {
      resolve: async (id, action, body) => {
        const { response, error } = await this.session.call(() =>
          action === 'merge'
            ? this.session.api.POST('/api/duplicates/{id}/merge', {
                params: { path: { id } },
                body: {
                  keep: body.keep ?? 'a',
                  ...(body.fields ? { fields: body.fields } : {}),
                  reason: body.reason,
                },
              })
            : this.session.api.POST('/api/duplicates/{id}/dismiss', {
                params: { path: { id } },
                body: { reason: body.reason },
              }),
        );
        if (response.ok) this.emit('hw-duplicate-resolved', { id, action, keep: body.keep });
        return { status: response.status, message: problemMessage(error) };
      },
    },
    () => this.requestUpdate(),
    (row, value) => {
      const field = ROW_FIELDS[row];
      if (field) return fieldValueText(this.localize, field, value);
      if (row === 'registrationDate') return this.localize.date(String(value), { dateStyle: 'medium' });
      return Array.isArray(value) ? this.localize.list(value.map(String)) : String(value);
    },
  );

  /** The review's state machine (for tests and pages that drive it). */
  get model(): DuplicateReviewModel {
    return this.#model;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#given) void this.load();
  }

  protected override forget(): void {
    this.#model.forget();
    this.#given = false;
  }

  /** Loads the open pairs from the server. */
  async load(): Promise<void> {
    try {
      const { data } = await this.session.call(() =>
        this.session.api.GET('/api/duplicates', { params: { query: { status: 'open' } } }),
      );
      if (data) this.#model.load((data.items ?? []) as unknown as DuplicatePairView[]);
    } catch {
      /* the sign-in element tells about the network */
    }
  }

  protected override updated(): void {
    if (this.#model.state.confirming) {
      this.renderRoot.querySelector<HTMLElement>('[part=confirm] button.confirm')?.focus();
    }
  }

  protected override render(): TemplateResult {
    const l = this.localize;
    const s = this.#model.state;
    const pair = this.#model.current;
    const level = Math.min(Math.max(this.headingLevel, 1), 6);
    return html`<section aria-labelledby="dup-title">
      <div id="dup-title" role="heading" aria-level=${level}>${l.t('staff.dup.title')}</div>
      <p role="status">
        ${s.pairs.length ? l.t('staff.dup.count', { count: String(s.pairs.length) }) : l.t('staff.dup.none')}
      </p>
      ${pair ? this.#renderPair(pair) : nothing}
      <div part="message" aria-live="polite">${this.#renderOutcome()}</div>
    </section>`;
  }

  #caseLabel(pair: DuplicatePairView, side: Side): string {
    return this.localize.t('staff.dup.caseA', { caseNumber: pair[side].caseNumber ?? pair[side].id });
  }

  #renderPair(pair: DuplicatePairView): TemplateResult {
    const l = this.localize;
    const s = this.#model.state;
    const rows = alignPair(pair, this.#model.name);
    const phrases = matchMessagesFor(l.locale) as unknown as Record<string, string>;
    const explanation = pair.explanation;
    const percent = new Intl.NumberFormat(l.locale, { style: 'percent' }).format(pair.probability);
    return html`
      <table part="pair">
        <caption>${l.t('staff.dup.pair', { a: pair.a.displayName, b: pair.b.displayName })}</caption>
        <thead>
          <tr>
            <th scope="col">${l.t('staff.dup.field')}</th>
            <th scope="col">${this.#caseLabel(pair, 'a')}</th>
            <th scope="col">${this.#caseLabel(pair, 'b')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) => html`<tr class=${r.differs ? 'differs' : ''}>
              <th scope="row">
                ${l.t(ROW_LABEL[r.row])}${r.differs ? html` <span class="marker">(${l.t('staff.dup.differs')})</span>` : nothing}
              </th>
              <td>${r.a}</td>
              <td>${r.b}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <div part="explanation">
        <p>${l.t('staff.dup.probability', { percent })}</p>
        ${
          explanation && typeof explanation === 'object' && 'band' in explanation
            ? html`<p class="band">${l.t('staff.dup.band', { band: l.t(`staff.dup.band.${explanation.band}`) })}</p>
                <table class="why">
                  <caption>${l.t('staff.dup.why')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">${l.t('staff.dup.field')}</th>
                      <th scope="col">${l.t('staff.dup.comparison')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${(explanation.comparisons ?? []).map(
                      (c) => html`<tr>
                        <th scope="row">${l.t(`staff.dup.match.${c.field}`)}</th>
                        <td>
                          ${c.level === 'null' ? l.t('staff.dup.noEvidence') : (phrases[`${c.field}_${c.level}`] ?? c.level)}
                          ${c.weight > 0 ? html` (${l.t('staff.dup.for')})` : c.weight < 0 ? html` (${l.t('staff.dup.against')})` : nothing}
                        </td>
                      </tr>`,
                    )}
                  </tbody>
                </table>`
            : nothing
        }
      </div>
      <form novalidate @submit=${(e: Event) => {
        e.preventDefault();
        this.#model.askMerge();
      }}>
        <fieldset aria-describedby=${s.invalid === 'keep' ? 'keep-error' : nothing}>
          <legend>${l.t('staff.dup.keep')}</legend>
          ${(['a', 'b'] as const).map(
            (side) => html`<div>
              <input type="radio" name="keep" id=${`keep-${side}`} value=${side} .checked=${s.keep === side}
                @change=${() => this.#model.choose(side)} />
              <label for=${`keep-${side}`}>${l.t('staff.dup.keepCase', { caseNumber: pair[side].caseNumber ?? pair[side].id })}</label>
            </div>`,
          )}
          ${s.invalid === 'keep' ? html`<p id="keep-error" class="problem" role="alert">${l.t('staff.dup.chooseKeep')}</p>` : nothing}
        </fieldset>
        ${this.#renderFieldChoices(pair)}
        <div class="field">
          <label for="reason">${l.t('staff.dup.reason')}</label>
          <textarea id="reason" name="reason" .value=${s.reason} aria-invalid=${s.invalid === 'reason' ? 'true' : 'false'}
            aria-describedby=${s.invalid === 'reason' ? 'reason-error' : nothing}
            @input=${(e: Event) => this.#model.setReason((e.target as HTMLTextAreaElement).value)}></textarea>
          ${s.invalid === 'reason' ? html`<p id="reason-error" class="problem" role="alert">${l.t('staff.dup.reasonRequired')}</p>` : nothing}
        </div>
        <div class="actions">
          <button class="button merge" type="submit" ?disabled=${s.busy}>${l.t('staff.dup.merge')}</button>
          <button class="button dismiss" type="button" ?disabled=${s.busy} @click=${() => this.#model.dismiss()}>
            ${l.t('staff.dup.dismiss')}
          </button>
          <button class="button skip" type="button" ?disabled=${s.busy} @click=${() => this.#model.skip()}>
            ${l.t('staff.dup.skip')}
          </button>
        </div>
      </form>
      ${
        s.confirming && s.keep
          ? html`<div part="confirm" role="alertdialog" aria-labelledby="confirm-text" aria-modal="false">
              <p id="confirm-text">
                ${l.t('staff.dup.confirm', {
                  kept: pair[s.keep].caseNumber ?? pair[s.keep].id,
                  other: pair[s.keep === 'a' ? 'b' : 'a'].caseNumber ?? '',
                })}
                ${
                  this.#model.takenFromOther.length
                    ? l.t('staff.dup.confirmFields', {
                        other: pair[s.keep === 'a' ? 'b' : 'a'].caseNumber ?? '',
                        fields: l.list(this.#model.takenFromOther.map((row) => l.t(ROW_LABEL[row]))),
                      })
                    : nothing
                }
              </p>
              <div class="actions">
                <button class="button confirm" type="button" ?disabled=${s.busy} @click=${() => this.#model.merge()}>
                  ${l.t('staff.dup.confirmMerge')}
                </button>
                <button class="button cancel" type="button" @click=${() => this.#model.cancelMerge()}>
                  ${l.t('staff.dup.cancel')}
                </button>
              </div>
            </div>`
          : nothing
      }
    `;
  }

  /** Once a record to keep is chosen: for each field that differs, which registration's value the merge keeps. */
  #renderFieldChoices(pair: DuplicatePairView): TemplateResult | typeof nothing {
    const l = this.localize;
    const rows = this.#model.choosableRows;
    if (!this.#model.state.keep || rows.length === 0) return nothing;
    return html`<fieldset part="field-choices" class="field-choices">
      <legend>${l.t('staff.dup.fields')}</legend>
      ${rows.map(
        (r) => html`<fieldset>
          <legend>${l.t(ROW_LABEL[r.row])}</legend>
          ${(['a', 'b'] as const).map(
            (side) => html`<div>
              <input type="radio" name=${`take-${r.row}`} id=${`take-${r.row}-${side}`} value=${side}
                .checked=${this.#model.sideOf(r.row) === side}
                @change=${() => this.#model.takeValue(r.row, side)} />
              <label for=${`take-${r.row}-${side}`}>
                ${l.t('staff.dup.valueFrom', { value: r[side], caseNumber: pair[side].caseNumber ?? pair[side].id })}
              </label>
            </div>`,
          )}
        </fieldset>`,
      )}
    </fieldset>`;
  }

  #renderOutcome(): TemplateResult | typeof nothing {
    const l = this.localize;
    const o = this.#model.state.outcome;
    if (!o) return nothing;
    if (o.kind === 'merged')
      return html`<p class="message done" role="status">${l.t('staff.dup.merged', { caseNumber: o.caseNumber })}</p>`;
    if (o.kind === 'dismissed')
      return html`<p class="message done" role="status">${l.t('staff.dup.dismissed')}</p>`;
    if (o.kind === 'conflict')
      return html`<p class="message problem" role="alert">${l.t('staff.dup.conflict')}${o.message ? html`<br />${o.message}` : nothing}</p>`;
    return html`<p class="message problem" role="alert">${o.message || l.t('staff.error.network')}</p>`;
  }
}
