import { html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { findInTree } from '../../shared/dom/find-in-tree.js';
import { HomewardElement } from '../../shared/homeward-element.js';
import { focusRing, visuallyHidden } from '../../shared/theme/utilities.styles.js';
import { errorSummaryStyles } from './error-summary.styles.js';

export interface ErrorSummaryItem {
  /** The same wording as the field's inline message. */
  message: string;
  /**
   * The field to go to: an element, or the id or `name` of one, looked up in the summary's own tree (the form's
   * shadow root) and then outwards to the document. Without a target the message is shown as plain text.
   */
  target?: string | HTMLElement;
}

/**
 * @summary The GOV.UK error summary: "There is a problem" and a link to each field in error. Takes focus when shown.
 *
 * Put it at the top of the step, set `errors` after a failed "Continue", and it is announced, focused, and each
 * link moves focus into its field (also a field inside another element's shadow root).
 *
 * Accessibility. Keyboard: the summary takes focus when errors appear (unless `no-autofocus`), so the next Tab
 * reaches its first link; following a link moves focus into the field it names. Screen readers: the summary is an
 * alert (`role="alert"`), announced when it appears, labelled by its heading (`heading-level`); each link reads the
 * field's message in the same words as the field's inline error.
 *
 * @csspart base - The bordered box that takes focus.
 * @csspart title - The heading.
 * @csspart list - The list of errors.
 * @csspart link - Each link to a field.
 *
 * @cssproperty --hw-color-error - Border and link colour; see the theme tokens for the rest.
 *
 * @event {CustomEvent<{ target: HTMLElement }>} hw-error-link - A link was followed. `detail: { target: HTMLElement }`; cancel it to handle focus yourself.
 */
export class HwErrorSummary extends HomewardElement {
  static override styles = [HomewardElement.styles, focusRing, visuallyHidden, errorSummaryStyles];

  /** The problems to list, each a message and the field it links to; empty hides the summary. */
  @property({ attribute: false }) errors: ErrorSummaryItem[] = [];
  /** The heading; "There is a problem" in the element's locale by default. */
  @property() heading = '';
  /** The heading's level in the page outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Do not move focus to the summary when errors appear (for a summary shown on load of a page with no errors). */
  @property({ type: Boolean, attribute: 'no-autofocus' }) noAutofocus = false;

  @query('.summary') private box!: HTMLElement | null;

  override focus(options?: FocusOptions): void {
    (this.box ?? this).focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('errors')) this.hidden = this.errors.length === 0;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const previous = changed.get('errors') as ErrorSummaryItem[] | undefined;
    if (changed.has('errors') && this.errors.length > 0 && previous !== this.errors && !this.noAutofocus) {
      this.focus();
    }
  }

  #resolve(target: ErrorSummaryItem['target']): HTMLElement | null {
    if (!target) return null;
    return typeof target === 'string' ? findInTree(this, target) : target;
  }

  #follow(event: Event, item: ErrorSummaryItem): void {
    event.preventDefault();
    const target = this.#resolve(item.target);
    if (!target) return;
    const go = this.dispatchEvent(
      new CustomEvent('hw-error-link', {
        bubbles: true,
        composed: true,
        cancelable: true,
        detail: { target },
      }),
    );
    if (!go) return;
    // Like GOV.UK: bring the field (with its label) into view, then focus its input without a second jump.
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }

  #href(target: ErrorSummaryItem['target']): string {
    const id = typeof target === 'string' ? target : target?.id;
    return id ? `#${id}` : '#';
  }

  protected override render() {
    if (this.errors.length === 0) return nothing;
    return html`<div class="summary" part="base" tabindex="-1" aria-labelledby="title">
      <div role="alert">
        <h2 id="title" class="title" part="title" aria-level=${this.headingLevel}>
          ${this.heading || this.localize.t('errorSummaryTitle')}
        </h2>
        <ul part="list">
          ${this.errors.map((item) =>
            item.target
              ? html`<li>
                  <a part="link" href=${this.#href(item.target)} @click=${(e: Event) => this.#follow(e, item)}
                    >${item.message}</a
                  >
                </li>`
              : html`<li>${item.message}</li>`,
          )}
        </ul>
      </div>
    </div>`;
  }
}
