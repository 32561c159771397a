import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { HomewardElement } from '../../shared/homeward-element.js';
import { type CaseDetail, type Partner, problemMessage, type Referral } from '../api/contract.js';
import { consentedPartners, labelOr } from '../case-view/case-sections.js';
import { staffStyles } from '../shared/staff.styles.js';
import { StaffElement } from '../shared/staff-element.js';

/**
 * @summary Refer the person to a partner organisation they consented to share their case with.
 *
 * Refers a case to a partner organisation. Only the partners the person agreed to share their case with can be
 * chosen (the others are listed, disabled, with the reason); the server checks consent again, and when it refuses
 * (422, for instance because consent was withdrawn meanwhile) its reason is shown and nothing is sent.
 *
 * Accessibility. Keyboard: native controls with visible labels: the partner select, the service select (disabled
 * until a consented partner is chosen, its options that partner's services), a note and the send button; a partner
 * without consent stays in the list but cannot be chosen. Screen readers: the
 * form is labelled by its heading (at `heading-level`); a partner that cannot be chosen reads "…: no consent to
 * share"; when the person consented to no partner, that is said in words above the fields; the outcome is announced
 * in a live region: a sent referral as a status (`role="status"`), a refusal (with the server's reason), a missing
 * choice or a failure as an alert (`role="alert"`).
 *
 * @event {CustomEvent<{ referral: Referral }>} hw-referral-sent - A referral was made. `detail: { referral }` (the referral as the server recorded it).
 * @csspart form - The form.
 * @csspart message - The outcome message.
 * @cssproperty --hw-color-accent - Buttons; see the theme tokens for the rest.
 */
export class HwReferralForm extends StaffElement {
  static override styles = [HomewardElement.styles, staffStyles];

  /** The case to refer (its record's consent decides which partners may be chosen). */
  @property({ attribute: false }) caseDetail: CaseDetail | undefined;
  /** The partner organisations; loaded from the API when not given. */
  @property({ attribute: false }) partners: Partner[] | undefined;
  /** Level (1-6) of the element's top heading, to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private partnerId = '';
  @state() private service = '';
  @state() private busy = false;
  @state() private outcome: { ok: boolean; text: string; detail?: string } | undefined;

  protected override forget(): void {
    this.caseDetail = undefined;
    this.partners = undefined;
    this.partnerId = '';
    this.service = '';
    this.outcome = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.partners) void this.#loadPartners();
  }

  async #loadPartners(): Promise<void> {
    try {
      const { data } = await this.session.call(() => this.session.api.GET('/api/partners'));
      if (data && !this.partners) this.partners = (data.items ?? []) as Partner[];
    } catch {
      this.outcome = { ok: false, text: this.localize.t('staff.error.network') };
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    const detail = this.caseDetail;
    if (!detail) return nothing;
    const l = this.localize;
    const all = this.partners ?? [];
    const allowed = new Set(consentedPartners(detail.record, all).map((p) => p.id));
    const chosen = all.find((p) => p.id === this.partnerId && allowed.has(p.id));
    const level = Math.min(Math.max(this.headingLevel, 1), 6);
    return html`<form part="form" aria-labelledby="ref-title" novalidate @submit=${this.submit}>
      <div id="ref-title" role="heading" aria-level=${level}>${l.t('staff.referral.title')}</div>
      ${
        allowed.size === 0 && this.partners
          ? html`<p class="message">${l.t('staff.referral.noneConsented')}</p>`
          : nothing
      }
      <div class="field">
        <label for="partner">${l.t('staff.referral.partner')}</label>
        <select id="partner" name="partner" .value=${this.partnerId} @change=${this.pickPartner}>
          <option value=""></option>
          ${all.map(
            (p) =>
              html`<option value=${p.id} ?disabled=${!allowed.has(p.id)} ?selected=${p.id === this.partnerId}>
                ${allowed.has(p.id) ? p.name : l.t('staff.referral.notConsented', { partner: p.name })}
              </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="service">${l.t('staff.referral.service')}</label>
        <select id="service" name="service" ?disabled=${!chosen} @change=${this.pickService}>
          <option value=""></option>
          ${(chosen?.services ?? []).map(
            (s) =>
              html`<option value=${s} ?selected=${s === this.service}>
                ${labelOr(l, `option.NEEDS.${s}`, s)}
              </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="note">${l.t('staff.referral.note')}</label>
        <textarea id="note" name="note" rows="3" maxlength="2000"></textarea>
      </div>
      <div class="actions">
        <button class="button" type="submit" ?disabled=${this.busy}>${l.t('staff.referral.submit')}</button>
      </div>
      <div part="message" aria-live="polite">
        ${
          this.outcome
            ? html`<p class="message ${this.outcome.ok ? 'done' : 'problem'}" role=${this.outcome.ok ? 'status' : 'alert'}>
              ${this.outcome.text}${this.outcome.detail ? html`<br />${this.outcome.detail}` : nothing}
            </p>`
            : nothing
        }
      </div>
    </form>`;
  }

  private pickPartner(event: Event): void {
    this.partnerId = (event.target as HTMLSelectElement).value;
    this.service = '';
  }

  private pickService(event: Event): void {
    this.service = (event.target as HTMLSelectElement).value;
  }

  /** Sends the referral; the server has the last word on consent. */
  async refer(partnerId: string, service: string, note = ''): Promise<boolean> {
    const detail = this.caseDetail;
    const l = this.localize;
    const partner = this.partners?.find((p) => p.id === partnerId);
    if (!detail || !partner || !service) {
      this.outcome = { ok: false, text: l.t('staff.referral.choose') };
      return false;
    }
    this.busy = true;
    this.outcome = undefined;
    try {
      const { data, error, response } = await this.session.call(() =>
        this.session.api.POST('/api/cases/{id}/referrals', {
          params: { path: { id: detail.id } },
          body: { partner: partnerId, service, ...(note ? { note } : {}) },
        }),
      );
      if (data) {
        this.outcome = { ok: true, text: l.t('staff.referral.sent', { partner: partner.name }) };
        this.partnerId = '';
        this.service = '';
        const textarea = this.renderRoot.querySelector('textarea');
        if (textarea) textarea.value = '';
        this.emit('hw-referral-sent', { referral: data as unknown as Referral });
        return true;
      }
      this.outcome =
        response.status === 422
          ? {
              ok: false,
              text: l.t('staff.referral.refused', { partner: partner.name }),
              ...(problemMessage(error) ? { detail: problemMessage(error)! } : {}),
            }
          : { ok: false, text: l.t('staff.case.failed', { reason: this.failure(response, error) }) };
      return false;
    } catch {
      this.outcome = { ok: false, text: this.failure(undefined) };
      return false;
    } finally {
      this.busy = false;
    }
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const note = this.renderRoot.querySelector('textarea')?.value.trim() ?? '';
    void this.refer(this.partnerId, this.service, note);
  }
}
