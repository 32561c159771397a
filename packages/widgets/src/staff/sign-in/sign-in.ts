import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { HwTextField } from '../../form-controls/text-field/text-field.js';
import { HomewardElement } from '../../shared/homeward-element.js';
import { forgetOnDevice } from '../session/forget-on-device.js';
import type { SignInOutcome } from '../session/staff-session.js';
import { staffStyles } from '../shared/staff.styles.js';
import { StaffElement } from '../shared/staff-element.js';
import { signInStyles } from './sign-in.styles.js';

/**
 * @summary Staff sign-in and sign-out; an ended session is renewed over the work on screen.
 *
 * Staff sign-in and sign-out. Signed out, it shows the sign-in form; signed in, who is signed in and a sign-out
 * button. When the session ends under a task it opens a modal sign-in dialog over the page: the work on screen stays,
 * and the requests that were waiting are sent once the same person has signed in again. The password is read from
 * its field when the form is sent and the field is emptied at once: the element never keeps it.
 *
 * Accessibility. Keyboard: a native form (labelled email and password fields; Enter in the password field sends it)
 * and, signed in, a sign-out button. A refused sign-in (wrong password, locked account, rate limit, network) or a
 * missing field puts focus back in the emptied password field. When the session ends, the sign-in opens in a modal
 * dialog with focus in its password field; Escape does not close it (the work behind it waits for the same person to
 * sign in again), and it closes itself once they have. Screen readers: the form's title is a heading at
 * `heading-level`, the dialog is labelled by its title and says why it opened; why a sign-in was refused (with the
 * minutes or seconds to wait) is an alert (`role="alert"`); "You are signed out. Nothing you read is kept on this
 * device." after signing out, and the loading message while the session is checked, are announced as status
 * (`role="status"`); signed in, it reads who is signed in, with their role and office.
 *
 * @event {CustomEvent<{ user: StaffUser }>} hw-signed-in - Signed in (also after an expiry). `detail: { user }` (the staff member now signed in).
 * @event hw-signed-out - Signed out; the page should leave (the element has already cleared what it could).
 * @csspart form - The sign-in form.
 * @csspart dialog - The dialog shown when the session has ended.
 * @cssproperty --hw-color-accent - Buttons and links; see the theme tokens for the rest.
 * @cssproperty --hw-color-text - Text colour.
 */
export class HwSignIn extends StaffElement {
  static override styles = [HomewardElement.styles, staffStyles, signInStyles];
  static override dependencies = { 'hw-text-field': HwTextField };

  /** Level (1-6) of the element's top heading, to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Where to go after signing out (`location.replace`), e.g. the sign-in page. None: stay. */
  @property({ attribute: 'signed-out-href' }) signedOutHref = '';

  @state() private busy = false;
  @state() private problem = '';
  @state() private justSignedOut = false;
  @query('dialog') private dialog?: HTMLDialogElement;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.session.state === 'unknown') void this.session.restore();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const expired = this.session.state === 'expired';
    if (expired && this.dialog && !this.dialog.open) {
      this.dialog.showModal();
      this.dialog.querySelector<HTMLElement>('input[type=password]')?.focus();
    } else if (!expired && this.dialog?.open) this.dialog.close();
  }

  protected override forget(): void {
    this.problem = '';
  }

  protected override render(): TemplateResult {
    const s = this.session;
    if (s.state === 'signed-in' && s.user) {
      return html`<div class="who" part="base">
        <span>${this.localize.t('staff.signIn.signedInAs', {
          name: s.user.name,
          role: this.localize.t(`staff.role.${s.user.role}`),
          office: s.user.office ?? this.localize.t('staff.signIn.allOffices'),
        })}</span>
        <button class="button secondary" type="button" @click=${this.signOut}>
          ${this.localize.t('staff.signIn.signOut')}
        </button>
      </div>`;
    }
    if (s.state === 'expired') {
      return html`<dialog part="dialog" aria-labelledby="expired-title" @cancel=${(e: Event) => e.preventDefault()}>
        <h2 id="expired-title">${this.localize.t('staff.signIn.expiredTitle')}</h2>
        <p>${this.localize.t('staff.signIn.expiredText')}</p>
        ${this.renderForm(s.user?.email ?? '')}
      </dialog>`;
    }
    if (s.state === 'unknown') return html`<p role="status">${this.localize.t('staff.loading')}</p>`;
    const level = Math.min(Math.max(this.headingLevel, 1), 6);
    return html`<div part="base">
      <div role="heading" aria-level=${level} class="title"><strong>${this.localize.t('staff.signIn.title')}</strong></div>
      ${this.justSignedOut ? html`<p class="message done" role="status">${this.localize.t('staff.signIn.signedOut')}</p>` : ''}
      ${this.renderForm('')}
    </div>`;
  }

  private renderForm(email: string): TemplateResult {
    return html`<form part="form" novalidate @submit=${this.submit}>
      <p class="message problem" role="alert" ?hidden=${!this.problem}>${this.problem}</p>
      <hw-text-field
        name="email"
        type="email"
        autocomplete="username"
        required
        .value=${email}
        label=${this.localize.t('staff.signIn.email')}
      ></hw-text-field>
      <div class="password">
        <label for="password">${this.localize.t('staff.signIn.password')}</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required />
      </div>
      <button class="button" type="submit" ?disabled=${this.busy}>
        ${this.localize.t(this.busy ? 'staff.signIn.signingIn' : 'staff.signIn.submit')}
      </button>
    </form>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const email = (form.querySelector('hw-text-field') as HwTextField).value.trim();
    const passwordField = form.querySelector<HTMLInputElement>('input[type=password]')!;
    const password = passwordField.value;
    passwordField.value = '';
    if (!email || !password) {
      this.problem = this.localize.t('staff.signIn.missing');
      passwordField.focus();
      return;
    }
    this.busy = true;
    this.problem = '';
    const outcome = await this.session.signIn(email, password);
    this.busy = false;
    if (outcome.ok) {
      this.justSignedOut = false;
      this.dispatchEvent(
        new CustomEvent('hw-signed-in', { detail: { user: outcome.user }, bubbles: true, composed: true }),
      );
      return;
    }
    this.problem = this.explain(outcome);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input[type=password]')?.focus();
  }

  private explain(outcome: Extract<SignInOutcome, { ok: false }>): string {
    switch (outcome.reason) {
      case 'locked':
        return this.localize.t('staff.signIn.locked', {
          minutes: Math.max(1, Math.ceil((outcome.seconds ?? 900) / 60)),
        });
      case 'rate-limited':
        return this.localize.t('staff.signIn.rateLimited', { seconds: outcome.seconds ?? 60 });
      case 'network':
        return this.localize.t('staff.signIn.network');
      default:
        return this.localize.t('staff.signIn.invalid');
    }
  }

  private async signOut(): Promise<void> {
    await this.session.signOut();
    await forgetOnDevice();
    this.justSignedOut = true;
    this.dispatchEvent(new CustomEvent('hw-signed-out', { bubbles: true, composed: true }));
    if (this.signedOutHref) location.replace(this.signedOutHref);
  }
}
