import { property } from 'lit/decorators.js';
import { HomewardElement } from '../../shared/homeward-element.js';
import { problemMessage } from '../api/contract.js';
import { type StaffSession, staffSession } from '../session/staff-session.js';
import { loadStaffLabels } from '../strings/index.js';

/**
 * The base of the staff elements: the staff catalogue (core's intake and record labels, the staff strings), the
 * page's session (or the one given as `.session`), and forgetting: when the staff member signs out, every element
 * drops what it showed (`forget()`), so nothing they read stays in the page.
 */
export class StaffElement extends HomewardElement {
  static override labels = loadStaffLabels;

  /** The session whose API this element calls; the page's shared one unless set. */
  @property({ attribute: false }) session: StaffSession = staffSession();

  #listening: StaffSession | undefined;
  readonly #onSignedOut = () => {
    this.forget();
    this.requestUpdate();
  };
  readonly #onState = () => this.sessionChanged();

  override connectedCallback(): void {
    super.connectedCallback();
    this.#listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unlisten();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('session') && this.isConnected) this.#listen();
  }

  /** Drops every record content this element holds. Subclasses clear their state and call super. */
  protected forget(): void {}

  /** The session's state changed (signed in, expired). */
  protected sessionChanged(): void {
    this.requestUpdate();
  }

  /** A readable reason for a failed call, in the element's locale. */
  protected failure(response: Response | undefined, problem?: unknown): string {
    if (!response) return this.localize.t('staff.error.network');
    if (response.status === 403) return this.localize.t('staff.error.forbidden');
    const message = problemMessage(problem);
    return message && response.status < 500
      ? message
      : this.localize.t('staff.error.server', { status: String(response.status) });
  }

  /** Dispatches a composed, bubbling event; false when a listener cancelled it. */
  protected emit(type: string, detail: unknown, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  #listen(): void {
    if (this.#listening === this.session) return;
    this.#unlisten();
    this.#listening = this.session;
    this.session.addEventListener('signed-out', this.#onSignedOut);
    this.session.addEventListener('statechange', this.#onState);
  }

  #unlisten(): void {
    this.#listening?.removeEventListener('signed-out', this.#onSignedOut);
    this.#listening?.removeEventListener('statechange', this.#onState);
    this.#listening = undefined;
  }
}
