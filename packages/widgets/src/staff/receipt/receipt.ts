import { interpolate, type Locale, resolveLocale } from '@homeward/core';
import { html, nothing, type PropertyValues, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { qrPath } from '../../form-flow/qr-matrix.js';
import { HomewardElement } from '../../shared/homeward-element.js';
import type { CaseDetail, Receipt } from '../api/contract.js';
import { staffStyles } from '../shared/staff.styles.js';
import { StaffElement } from '../shared/staff-element.js';
import { loadStaffStrings, type StaffKey, type StaffStrings } from '../strings/index.js';
import { receiptStyles } from './receipt.styles.js';

/**
 * @summary A one-page printable receipt: case number large and as a QR code, next steps, the office's contact.
 *
 * The receipt a person keeps after registering: the case number, large and as a QR code, their name, the date,
 * what happens next and how to reach the office, printed in the office's language (the element's `lang`) and in
 * the person's (`person-lang`, else their first recorded language) when Homeward has it. It shows only what the
 * server's receipt endpoint gives: nothing sensitive (no indicators, no narrative) is ever on it. Print styles keep
 * it to one page without the buttons.
 *
 * Accessibility. Keyboard: one control, the print button (Enter or Space opens the browser's print dialog).
 * Screen readers: the receipt is an article labelled by its title (a level-1 heading, as it is the printed page's
 * own title; the next steps and the contact are level-2 headings); the case number's QR code is an image named
 * "QR code of case number …"; the name, date and office are a description list; the next steps an ordered list;
 * text in the person's language is marked with its `lang`, so it is read in that language's voice. Loading is
 * announced (`role="status"`) and a receipt that cannot be had (not found, network, server) as an alert
 * (`role="alert"`).
 *
 * @csspart page - The printable page.
 * @csspart number - The case number and its QR code.
 * @csspart print - The print button (not printed).
 * @cssproperty --hw-color-text - Text colour on screen (black when printed).
 */
export class HwReceipt extends StaffElement {
  static override styles = [HomewardElement.styles, staffStyles, receiptStyles];

  /** The case whose receipt to show (its id, not its case number); the receipt is loaded when it is set or changes. */
  @property({ attribute: 'case-id' }) caseId = '';
  /** The person's language (BCP 47); when unset, the first language on their record. */
  @property({ attribute: 'person-lang' }) personLang = '';
  /** The office's name as printed; the office's code when unset. */
  @property({ attribute: 'office-name' }) officeName = '';

  @state() private receipt: Receipt | undefined;
  @state() private second: { locale: Locale; strings: StaffStrings } | undefined;
  @state() private failed: string | undefined;
  #generation = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed.has('caseId') || changed.has('personLang')) && this.caseId) void this.#load();
  }

  protected override forget(): void {
    this.#generation++;
    this.receipt = undefined;
    this.second = undefined;
    this.failed = undefined;
  }

  async #load(): Promise<void> {
    const generation = ++this.#generation;
    const { session, caseId } = this;
    try {
      const { data, error, response } = await session.call(() =>
        session.api.GET('/api/cases/{id}/receipt', { params: { path: { id: caseId } } }),
      );
      if (generation !== this.#generation) return;
      if (!data) {
        this.failed =
          response.status === 404 ? this.localize.t('staff.case.notFound') : this.failure(response, error);
        return;
      }
      let lang = this.personLang;
      if (!lang) {
        const found = await session.call(() =>
          session.api.GET('/api/cases/{id}', { params: { path: { id: caseId } } }),
        );
        lang = (found.data as unknown as CaseDetail | undefined)?.record.person.languages?.[0] ?? '';
      }
      const locale = resolveLocale(lang);
      // A language Homeward does not speak falls back to English, printed beside the office's language.
      const strings = await loadStaffStrings(locale);
      if (generation !== this.#generation) return;
      this.receipt = data;
      this.second = { locale, strings };
    } catch {
      if (generation === this.#generation) this.failed = this.failure(undefined);
    }
  }

  /** The text in the office's language, and in the person's when that is another language. */
  #both(key: StaffKey, params?: Record<string, string>): TemplateResult {
    const first = this.localize.t(key, params);
    const second = this.second;
    if (!second || second.locale === this.localize.locale) return html`${first}`;
    const other = interpolate(second.strings[key], params);
    return other === first
      ? html`${first}`
      : html`${first}<span class="second" lang=${second.locale}>${other}</span>`;
  }

  protected override render(): TemplateResult {
    if (this.failed) return html`<p class="message problem" role="alert">${this.failed}</p>`;
    const r = this.receipt;
    if (!r) return html`<p role="status">${this.localize.t('staff.loading')}</p>`;
    const number = r.caseNumber ?? '—';
    const qr = r.caseNumber ? qrPath(r.caseNumber, 'M') : undefined;
    const b = (key: StaffKey, params?: Record<string, string>) => this.#both(key, params);
    return html`<article part="page" class="page" aria-labelledby="receipt-title">
      <h1 id="receipt-title">${b('staff.receipt.title')}</h1>
      <div part="number" class="number">
        <div>
          <div class="label">${b('staff.receipt.caseNumber')}</div>
          <div class="case-number">${number}</div>
        </div>
        ${
          qr
            ? html`<svg class="qr" viewBox="0 0 ${qr.size} ${qr.size}" role="img" aria-label=${this.localize.t('staff.receipt.qr', { caseNumber: number })}>
              ${svg`<rect width=${qr.size} height=${qr.size} fill="#fff"></rect><path d=${qr.d} fill="#000"></path>`}
            </svg>`
            : nothing
        }
      </div>
      <dl>
        <dt>${b('staff.receipt.name')}</dt>
        <dd>${r.name}${r.latinName ? html` (${r.latinName})` : nothing}</dd>
        <dt>${b('staff.receipt.registered')}</dt>
        <dd>${this.localize.date(r.registrationDate, { dateStyle: 'long' })}</dd>
        <dt>${b('staff.receipt.office')}</dt>
        <dd>${this.officeName || r.office}</dd>
      </dl>
      <h2>${b('staff.receipt.next')}</h2>
      <ol class="steps">
        ${r.nextSteps.map((step) => {
          const key = `staff.receipt.step.${step}` as StaffKey;
          return html`<li>${this.localize.has(key) ? b(key) : step}</li>`;
        })}
      </ol>
      <h2>${b('staff.receipt.contact')}</h2>
      <p>${this.officeName || r.office}${r.officeContact ? html`<br />${r.officeContact}` : nothing}</p>
      <p class="actions no-print">
        <button part="print" class="button" type="button" @click=${() => window.print()}>
          ${this.localize.t('staff.receipt.print')}
        </button>
      </p>
    </article>`;
  }
}
