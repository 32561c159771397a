import { loadMessages, messagesFor } from '@homeward/core/validate';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { HomewardElement } from '../shared/homeward-element.js';

export interface FormControlEventDetail<V = string | string[]> {
  name: string;
  value: V;
}

/**
 * What every Homeward form control shares: form association through ElementInternals (value, validity, reset,
 * restore, disabled fieldsets), the label / hint / error layout with `aria-describedby`, and the `hw-*` events.
 * A subclass renders its input(s) and says which element carries the name, description and focus.
 */
export abstract class FormControlBase<V extends string | string[] = string> extends HomewardElement {
  /** Shows core's localized `required` message. */
  static override messages = loadMessages;

  static readonly formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  /** The field's key in the form data, and in the record: a dotted path such as `person.fullName`. */
  @property({ reflect: true }) name = '';
  /** The visible label. Always shown: a placeholder is never a label. */
  @property() label = '';
  /** Help text under the label, linked to the input with `aria-describedby`. */
  @property() hint = '';
  /** An error message. Shown with a visually hidden "Error:" prefix; marks the input `aria-invalid`. */
  @property() error = '';
  /** The field must be answered: an empty field is invalid with core's localized "required" message. */
  @property({ type: Boolean, reflect: true }) required = false;
  /** The field cannot be changed or focused, and its value is left out of the form data (as for native inputs). */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** Appends "(optional)" to the label of a field that is not required (GOV.UK marks optional, not required, fields). */
  @property({ type: Boolean, attribute: 'mark-optional' }) markOptional = false;

  abstract value: V;

  /** Disabled by a `<fieldset disabled>` around it. */
  @state() protected formDisabled = false;

  protected readonly internals: ElementInternals = this.attachInternals();
  #defaultValue: V | undefined;

  /** The form this control belongs to, as for native inputs. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  /** The field's validity (`valueMissing`, `customError`...), as a native input's `validity`. */
  get validity(): ValidityState {
    return this.internals.validity;
  }
  /** The message the browser would show for the field's first problem; empty when the field is valid. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  /** Whether the field takes part in form validation (false while disabled), as for native inputs. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** The element that takes focus and carries the label and description (an input, select or fieldset). */
  protected abstract get control(): HTMLElement | null;
  /** Where `focus()` lands: the control itself unless a subclass knows better (the checked radio). */
  protected get focusTarget(): HTMLElement | null {
    return this.control;
  }
  protected abstract isEmpty(): boolean;
  /** The value as form data: a string, or a FormData for several values under one name. */
  protected abstract formValue(): string | FormData | null;

  /** Disabled itself (`disabled`) or by a `<fieldset disabled>` around it. */
  get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Like a native input's value attribute, the first value is what a form reset goes back to.
    if (this.#defaultValue === undefined) this.#defaultValue = structuredClone(this.value);
  }

  override focus(options?: FocusOptions): void {
    const target = this.focusTarget;
    if (target) target.focus(options);
    else super.focus(options);
  }

  override blur(): void {
    this.focusTarget?.blur();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('value') || changed.has('name')) {
      const value = this.formValue();
      this.internals.setFormValue(value, value);
    }
    this.#syncValidity();
  }

  #syncValidity(): void {
    const anchor = this.control ?? undefined;
    if (this.error) {
      this.internals.setValidity({ customError: true }, this.error, anchor);
    } else if (this.required && this.isEmpty()) {
      this.internals.setValidity({ valueMissing: true }, messagesFor(this.localize.locale).required, anchor);
    } else {
      this.internals.setValidity({});
    }
  }

  formResetCallback(): void {
    this.value = structuredClone(this.#defaultValue) as V;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    this.value = this.valueFromState(state);
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** The value a browser hands back on back/forward navigation or autofill restore. */
  protected abstract valueFromState(state: string | File | FormData | null): V;

  /** Ids of the hint and the error, for `aria-describedby`. */
  protected describedBy(): string | typeof nothing {
    const ids = [this.hint ? 'hint' : '', this.error ? 'error' : ''].filter(Boolean).join(' ');
    return ids || nothing;
  }

  protected renderLabelText(): TemplateResult {
    return html`${this.label}${
      this.markOptional && !this.required
        ? html` <span class="optional">${this.localize.t('optional')}</span>`
        : nothing
    }`;
  }

  protected renderHint(): TemplateResult | typeof nothing {
    return this.hint ? html`<div id="hint" class="hint" part="hint">${this.hint}</div>` : nothing;
  }

  protected renderError(): TemplateResult | typeof nothing {
    return this.error
      ? html`<p id="error" class="error" part="error">
          <span class="visually-hidden">${this.localize.t('errorPrefix')}</span> ${this.error}
        </p>`
      : nothing;
  }

  protected emit(type: 'hw-input' | 'hw-change'): void {
    this.dispatchEvent(
      new CustomEvent<FormControlEventDetail<V>>(type, {
        bubbles: true,
        composed: true,
        detail: { name: this.name, value: this.value },
      }),
    );
  }

  protected emitBlur(): void {
    this.dispatchEvent(
      new CustomEvent('hw-blur', { bubbles: true, composed: true, detail: { name: this.name } }),
    );
  }
}
