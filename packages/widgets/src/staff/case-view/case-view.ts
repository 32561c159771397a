import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { HomewardElement } from '../../shared/homeward-element.js';
import type { CaseDetail, CaseEvent } from '../api/contract.js';
import { HwReferralForm } from '../referral-form/referral-form.js';
import { fieldValueText, statusText } from '../shared/field-value.js';
import { staffStyles } from '../shared/staff.styles.js';
import { StaffElement } from '../shared/staff-element.js';
import { addedSince, recordChanges } from './case-diff.js';
import { CaseModel } from './case-model.js';
import {
  consentSection,
  documentsSection,
  type Heading,
  labelOr,
  personSection,
  screeningSection,
} from './case-sections.js';
import { caseViewStyles } from './case-view.styles.js';

/**
 * @summary The whole case at a glance, its status changed along the workflow, notes and referrals added.
 *
 * One case, readable at a glance: the person, their consent (what may be shared, with whom), the screening result
 * in words (ILO indicators met, child protection), documents and travel document progress, the status history,
 * notes, referrals, likely duplicates and, for administrators, who read or changed the case. The status can be
 * changed only to the statuses the workflow allows from the current one. When someone else saved the case first
 * (412), what changed is shown and the officer's change is kept to be applied again.
 *
 * Accessibility. Keyboard: native controls throughout, in reading order: the receipt link, the status form (a
 * select offering only the allowed statuses, a note, "Change status"), the note form, the referral form, the
 * duplicate links. When someone saved the case first, focus moves to the conflict's heading, so the next Tab reaches
 * "Apply my change again" (disabled when the workflow no longer allows it) and "Discard my change". Saving an empty
 * note puts focus back in the note field. Screen readers: "Opening the case…" is announced (`role="status"`) and a
 * case that cannot be opened (not found, network, server) as an alert (`role="alert"`); the case's heading is at
 * `heading-level` and each section (person, consent, screening, documents, status, notes, referrals, duplicates,
 * audit) is a region labelled by its own heading one level below; the outcome of a status change or a note ("Status
 * changed to …", "Note saved.", a refusal or failure with its reason) is announced in a `role="status"` region; the
 * status history is an ordered list with machine-readable times; the conflict is a group labelled by its heading,
 * with a table of what changed (field, when you opened it, now); the audit trail is a table with column headers.
 *
 * @event {CustomEvent<{ id: string; status: CaseStatus }>} hw-status-changed - The status changed (also when a kept change was applied again after a conflict). `detail: { id, status }`.
 * @csspart header - The case number, status and receipt link.
 * @csspart person - The person section.
 * @csspart consent - The consent section.
 * @csspart screening - The screening section.
 * @csspart documents - The documents and travel section.
 * @csspart status - The status history and change form.
 * @csspart conflict - What changed, when someone saved first.
 * @csspart notes - The notes.
 * @csspart referrals - The referrals and the referral form.
 * @csspart duplicates - The likely duplicates.
 * @csspart audit - The audit trail (administrators).
 * @cssproperty --hw-color-accent - Buttons and links; see the theme tokens for the rest.
 */
export class HwCaseView extends StaffElement {
  static override styles = [HomewardElement.styles, staffStyles, caseViewStyles];
  static override dependencies = { 'hw-referral-form': HwReferralForm };

  /** The case to show (its id, not its case number: ids are what links carry). */
  @property({ attribute: 'case-id' }) caseId = '';
  /** Level (1-6) of the element's top heading, to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Link of the printable receipt, `{id}` replaced. */
  @property({ attribute: 'receipt-href' }) receiptHref = '';
  /** Link of the duplicate review, `{id}` replaced by the pair's id. */
  @property({ attribute: 'duplicates-href' }) duplicatesHref = '';

  readonly #model = new CaseModel(
    () => this.session,
    () => this.requestUpdate(),
  );

  /** The case on screen (read-only). */
  get caseDetail(): CaseDetail | undefined {
    return this.#model.state.detail;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('caseId') && this.caseId) void this.#model.load(this.caseId);
  }

  protected override forget(): void {
    this.#model.forget();
  }

  /** Moves the case to `to` (what the form does). */
  changeStatus(to: string, note?: string): Promise<void> {
    return this.#model.changeStatus({ to, ...(note ? { note } : {}) }).then(() => this.#announceStatus());
  }

  #announceStatus(): void {
    const outcome = this.#model.state.outcome;
    if (outcome?.kind === 'status')
      this.emit('hw-status-changed', { id: this.caseId, status: outcome.status });
    if (this.#model.state.conflict) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('[part=conflict] [role=heading]')?.focus(),
      );
    }
  }

  readonly #heading = (offset: number): Heading => {
    const level = Math.min(Math.max(this.headingLevel + offset, 1), 6);
    return (text, id) => html`<div role="heading" aria-level=${level} id=${id} class="h">${text}</div>`;
  };

  protected override render(): TemplateResult {
    const l = this.localize;
    const { state } = this.#model;
    if (state.loading) return html`<p role="status">${l.t('staff.case.loading')}</p>`;
    if (state.loadFailed !== undefined) {
      return html`<p class="message problem" role="alert">
        ${
          state.loadFailed === 404
            ? l.t('staff.case.notFound')
            : state.loadFailed === 0
              ? l.t('staff.error.network')
              : l.t('staff.error.server', { status: state.loadFailed })
        }
      </p>`;
    }
    const detail = state.detail;
    if (!detail) return html``;
    const h = this.#heading(1);
    const number = detail.caseNumber ?? l.t('staff.case.noCaseNumber');
    return html`
      <header part="header">
        ${this.#heading(0)(l.t('staff.case.title', { caseNumber: number }), 'case-h')}
        <p>
          <span class="flag status">${statusText(l, detail.status)}</span>
          ${
            this.receiptHref
              ? html`<a class="link" href=${this.receiptHref.replace('{id}', encodeURIComponent(detail.id))}
                >${l.t('staff.case.printReceipt')}</a>`
              : nothing
          }
        </p>
      </header>
      <p class="live" role="status">${this.#outcomeText()}</p>
      <div class="grid">
        ${personSection(l, detail.record, h)} ${consentSection(l, detail.record, state.partners, h)}
        ${screeningSection(l, detail, h)} ${documentsSection(l, detail.record, h)}
      </div>
      ${this.#renderStatus(detail, h)} ${this.#renderNotes(detail, h)} ${this.#renderReferrals(detail, h)}
      ${this.#renderDuplicates(detail, h)} ${this.#renderAudit(h)}
    `;
  }

  #outcomeText(): string {
    const l = this.localize;
    const outcome = this.#model.state.outcome;
    if (!outcome) return '';
    if (outcome.kind === 'status')
      return l.t('staff.case.statusChanged', { status: statusText(l, outcome.status) });
    if (outcome.kind === 'note') return l.t('staff.case.noteSaved');
    if (outcome.kind === 'refused') return l.t('staff.case.transitionRefused');
    return l.t('staff.case.failed', {
      reason:
        outcome.status === 0
          ? l.t('staff.error.network')
          : outcome.status === 403
            ? l.t('staff.error.forbidden')
            : (outcome.message ?? l.t('staff.error.server', { status: outcome.status })),
    });
  }

  #eventText(event: CaseEvent): string {
    const l = this.localize;
    if (event.type === 'created') return l.t('staff.case.eventCreated', { status: statusText(l, event.to) });
    if (event.type === 'status')
      return l.t('staff.case.eventStatus', { from: statusText(l, event.from), to: statusText(l, event.to) });
    if (event.type === 'referral') {
      const partner = this.#model.state.partners.find((p) => p.id === event.to)?.name ?? event.to ?? '';
      return l.t('staff.case.eventReferral', { partner });
    }
    if (event.type === 'merge') return l.t('staff.case.eventMerge');
    return l.t('staff.case.eventEdit');
  }

  #renderStatus(detail: CaseDetail, h: Heading): TemplateResult {
    const l = this.localize;
    const { busy, conflict } = this.#model.state;
    return html`<section part="status" aria-labelledby="status-h">
      ${h(l.t('staff.case.timeline'), 'status-h')}
      <ol class="timeline">
        ${detail.events.map(
          (e) => html`<li>
            <time datetime=${e.at}>${l.date(e.at, { dateStyle: 'medium', timeStyle: 'short' })}</time>:
            ${this.#eventText(e)}${e.note ? html` <q>${e.note}</q>` : nothing}
          </li>`,
        )}
      </ol>
      ${conflict ? this.#renderConflict(detail) : nothing}
      <form class="status-form" novalidate @submit=${this.#submitStatus}>
        <fieldset>
          <legend>${l.t('staff.case.changeStatus')}</legend>
          ${
            detail.allowedTransitions.length === 0
              ? html`<p>${l.t('staff.case.noTransitions')}</p>`
              : html`<div class="field">
                  <label for="to">${l.t('staff.case.newStatus')}</label>
                  <select id="to" name="to">
                    ${detail.allowedTransitions.map((s) => html`<option value=${s}>${statusText(l, s)}</option>`)}
                  </select>
                </div>
                <div class="field">
                  <label for="status-note">${l.t('staff.case.statusNote')}</label>
                  <textarea id="status-note" name="note" rows="2" maxlength="2000"></textarea>
                </div>
                <button class="button" type="submit" ?disabled=${busy}>${l.t('staff.case.applyStatus')}</button>`
          }
        </fieldset>
      </form>
    </section>`;
  }

  #renderConflict(now: CaseDetail): TemplateResult {
    const l = this.localize;
    const conflict = this.#model.state.conflict!;
    const changes = recordChanges(conflict.before, now);
    const added = addedSince(conflict.before, now);
    const possible = now.allowedTransitions.includes(conflict.pending.to);
    return html`<div part="conflict" class="message problem conflict" role="group" aria-labelledby="conflict-h">
      <div role="heading" aria-level=${Math.min(this.headingLevel + 2, 6)} id="conflict-h" tabindex="-1">
        ${l.t('staff.case.conflictTitle')}
      </div>
      <p>${l.t('staff.case.conflictText')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">${l.t('staff.case.conflictField')}</th>
            <th scope="col">${l.t('staff.case.conflictYours')}</th>
            <th scope="col">${l.t('staff.case.conflictNow')}</th>
          </tr>
        </thead>
        <tbody>
          ${changes.map(
            (c) => html`<tr>
              <th scope="row">${labelOr(l, `intake.${c.labelPath}.label`, c.path)}</th>
              <td>${fieldValueText(l, c.labelPath, c.before)}</td>
              <td>${fieldValueText(l, c.labelPath, c.after)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${
        added.events.length
          ? html`<ul>
            ${added.events.map((e) => html`<li>${this.#eventText(e)}</li>`)}
          </ul>`
          : nothing
      }
      ${added.notes.length ? html`<p>${l.t('staff.case.conflictNotes', { count: added.notes.length })}</p>` : nothing}
      <p>
        ${l.t('staff.case.yourChange', { status: statusText(l, conflict.pending.to) })}
        ${possible ? nothing : html`<strong>${l.t('staff.case.transitionRefused')}</strong>`}
      </p>
      <div class="actions">
        <button class="button" type="button" ?disabled=${!possible || this.#model.state.busy} @click=${this.#reapply}>
          ${l.t('staff.case.reapply')}
        </button>
        <button class="button secondary" type="button" @click=${() => this.#model.discard()}>
          ${l.t('staff.case.discardMine')}
        </button>
      </div>
    </div>`;
  }

  #renderNotes(detail: CaseDetail, h: Heading): TemplateResult {
    const l = this.localize;
    return html`<section part="notes" aria-labelledby="notes-h">
      ${h(l.t('staff.case.notes'), 'notes-h')}
      ${
        detail.notes.length
          ? html`<ul class="notes">
            ${detail.notes.map(
              (n) => html`<li>
                <time datetime=${n.at}>${l.date(n.at, { dateStyle: 'medium', timeStyle: 'short' })}</time>
                <p>${n.text}</p>
              </li>`,
            )}
          </ul>`
          : html`<p>${l.t('staff.case.noNotes')}</p>`
      }
      <form novalidate @submit=${this.#submitNote}>
        <div class="field">
          <label for="note">${l.t('staff.case.addNote')}</label>
          <textarea id="note" name="note" rows="3" maxlength="5000"></textarea>
        </div>
        <button class="button secondary" type="submit" ?disabled=${this.#model.state.busy}>
          ${l.t('staff.case.saveNote')}
        </button>
      </form>
    </section>`;
  }

  #renderReferrals(detail: CaseDetail, h: Heading): TemplateResult {
    const l = this.localize;
    const { partners } = this.#model.state;
    return html`<section part="referrals" aria-labelledby="referrals-h">
      ${h(l.t('staff.case.referrals'), 'referrals-h')}
      ${
        detail.referrals.length
          ? html`<ul>
            ${detail.referrals.map(
              (r) => html`<li>
                ${l.t('staff.case.referralLine', {
                  partner: partners.find((p) => p.id === r.partnerId)?.name ?? r.partnerId,
                  service: labelOr(l, `option.NEEDS.${r.service}`, r.service),
                  status: l.t(`staff.referral.status.${r.status}`),
                })}
              </li>`,
            )}
          </ul>`
          : html`<p>${l.t('staff.case.noReferrals')}</p>`
      }
      <hw-referral-form
        .session=${this.session}
        .caseDetail=${detail}
        .partners=${partners}
        heading-level=${Math.min(this.headingLevel + 2, 6)}
        @hw-referral-sent=${() => void this.#model.refresh()}
      ></hw-referral-form>
    </section>`;
  }

  #renderDuplicates(detail: CaseDetail, h: Heading): TemplateResult {
    const l = this.localize;
    const open = detail.duplicates.filter((d) => d.status === 'open');
    return html`<section part="duplicates" aria-labelledby="duplicates-h">
      ${h(l.t('staff.case.duplicates'), 'duplicates-h')}
      ${
        open.length
          ? html`<ul>
            ${open.map((d) => {
              const text = l.t('staff.dup.probability', {
                percent: l.number(d.probability, { style: 'percent' }),
              });
              return html`<li>
                ${
                  this.duplicatesHref
                    ? html`<a class="link" href=${this.duplicatesHref.replace('{id}', encodeURIComponent(d.id))}>${text}</a>`
                    : text
                }
              </li>`;
            })}
          </ul>`
          : html`<p>${l.t('staff.case.noDuplicates')}</p>`
      }
    </section>`;
  }

  #renderAudit(h: Heading): TemplateResult | typeof nothing {
    const audit = this.#model.state.audit;
    if (!audit) return nothing;
    const l = this.localize;
    return html`<section part="audit" aria-labelledby="audit-h">
      ${h(l.t('staff.case.audit'), 'audit-h')}
      <table>
        <thead>
          <tr>
            <th scope="col">${l.t('staff.case.auditWhen')}</th>
            <th scope="col">${l.t('staff.case.auditWho')}</th>
            <th scope="col">${l.t('staff.case.auditWhat')}</th>
          </tr>
        </thead>
        <tbody>
          ${audit.map(
            (a) => html`<tr>
              <td><time datetime=${a.at}>${l.date(a.at, { dateStyle: 'medium', timeStyle: 'short' })}</time></td>
              <td>${a.actorRole ? l.t(`staff.role.${a.actorRole}`) : '—'}</td>
              <td>${labelOr(l, `staff.audit.${a.action}`, a.action)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  readonly #submitStatus = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const to = form.querySelector('select')?.value;
    const note = form.querySelector('textarea')?.value.trim();
    if (!to) return;
    void this.changeStatus(to, note).then(() => {
      if (this.#model.state.outcome?.kind === 'status') form.reset();
    });
  };

  readonly #reapply = (): void => {
    void this.#model.reapply().then(() => this.#announceStatus());
  };

  readonly #submitNote = (event: SubmitEvent): void => {
    event.preventDefault();
    const textarea = (event.currentTarget as HTMLFormElement).querySelector('textarea')!;
    const text = textarea.value.trim();
    if (!text) {
      textarea.focus();
      return;
    }
    void this.#model.addNote(text).then((ok) => {
      if (ok) textarea.value = '';
    });
  };
}
