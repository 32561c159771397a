import { html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { HomewardElement } from '../../shared/homeward-element.js';
import { formControlStyles } from '../form-control.styles.js';
import { FormControlBase } from '../form-control-base.js';
import { textFieldStyles } from './text-field.styles.js';

export type TextFieldType = 'text' | 'tel' | 'email' | 'number' | 'date' | 'textarea';

/**
 * @summary A labelled text input that takes part in forms: text, phone, email, number, date or several lines.
 *
 * A name can be typed in any script: text inputs use `dir="auto"`, so Khmer, Chinese or Latin text each lays out in
 * its own direction; phone numbers and emails stay left to right. Spell checking is off: some browsers send the
 * text to an online service to check it, and names are not dictionary words anyway.
 *
 * Accessibility. Keyboard: a native `<input>` (or `<textarea>`) in the tab order; `focus()` and a click on the
 * label reach it (`delegatesFocus`). Screen readers: the label is the input's accessible name, always visible; the
 * hint and the error are its description (`aria-describedby`); an error sets `aria-invalid` and is read with a
 * visually hidden "Error:" before it; "(optional)" is part of the label when `mark-optional` is set.
 *
 * @csspart base - The wrapper of label, hint, error and input.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint under the label.
 * @csspart error - The error message.
 * @csspart input - The `<input>` or `<textarea>`.
 *
 * @cssproperty --hw-color-border - Border of the input; see the theme tokens for the rest.
 *
 * @event {CustomEvent<FormControlEventDetail<string>>} hw-input - Each change of the text. `detail: { name, value }`.
 * @event {CustomEvent<FormControlEventDetail<string>>} hw-change - The value was committed (the input lost focus after a change). `detail: { name, value }`.
 * @event {CustomEvent<{ name: string }>} hw-blur - The input lost focus. `detail: { name }`.
 */
export class HwTextField extends FormControlBase<string> {
  static override styles = [HomewardElement.styles, formControlStyles, textFieldStyles];

  /** The text; for `date`, an ISO date (`YYYY-MM-DD`). Submitted with the form under `name`. */
  @property() value = '';
  /** The kind of input: `text` (default), `email`, `tel`, `number`, `date` or `textarea` (several lines). */
  @property({ reflect: true }) type: TextFieldType = 'text';
  /** The browser's autofill hint: `name`, `tel`, `email`, `bday`... */
  @property() autocomplete = '';
  /** The on-screen keyboard to show: `numeric`, `tel`, `email`... */
  @property() inputmode = '';
  /** The most characters the field takes (the input stops there, as a native `maxlength`). */
  @property({ type: Number }) maxlength: number | undefined;
  /** The lower bound for `number` and `date` (an ISO date). */
  @property() min = '';
  /** The upper bound for `number` and `date` (an ISO date). */
  @property() max = '';
  /** The granularity of a `number` (`1` for whole numbers, `any` for decimals), as for a native input. */
  @property() step = '';
  /** Visible lines of a `textarea`. */
  @property({ type: Number }) rows = 4;

  @query('#input') private input!: HTMLInputElement | HTMLTextAreaElement | null;

  protected get control(): HTMLElement | null {
    return this.input;
  }

  protected isEmpty(): boolean {
    return this.value.trim() === '';
  }

  protected formValue(): string {
    return this.value;
  }

  protected valueFromState(state: string | File | FormData | null): string {
    return typeof state === 'string' ? state : '';
  }

  /** `auto` for free text so each script keeps its direction; left to right for numbers, phones and emails. */
  #textDirection(): 'auto' | 'ltr' | undefined {
    if (this.type === 'text' || this.type === 'textarea') return 'auto';
    if (this.type === 'tel' || this.type === 'email' || this.type === 'number') return 'ltr';
    return undefined;
  }

  #onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
    this.emit('hw-input');
  }

  #onChange(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
    this.emit('hw-change');
  }

  #renderInput() {
    const common = {
      describedBy: this.describedBy(),
      invalid: this.error ? 'true' : nothing,
      dir: this.#textDirection() ?? nothing,
    };
    if (this.type === 'textarea') {
      return html`<textarea
        id="input"
        class="box"
        part="input"
        rows=${this.rows}
        .value=${live(this.value)}
        ?required=${this.required}
        ?disabled=${this.isDisabled}
        maxlength=${this.maxlength ?? nothing}
        autocomplete=${this.autocomplete || nothing}
        spellcheck="false"
        dir=${common.dir}
        aria-describedby=${common.describedBy}
        aria-invalid=${common.invalid}
        @input=${this.#onInput}
        @change=${this.#onChange}
        @blur=${this.emitBlur}
      ></textarea>`;
    }
    return html`<input
      id="input"
      class="box"
      part="input"
      type=${this.type}
      .value=${live(this.value)}
      ?required=${this.required}
      ?disabled=${this.isDisabled}
      maxlength=${this.maxlength ?? nothing}
      min=${this.min || nothing}
      max=${this.max || nothing}
      step=${this.step || nothing}
      autocomplete=${this.autocomplete || nothing}
      inputmode=${this.inputmode || nothing}
      spellcheck="false"
      dir=${common.dir}
      aria-describedby=${common.describedBy}
      aria-invalid=${common.invalid}
      @input=${this.#onInput}
      @change=${this.#onChange}
      @blur=${this.emitBlur}
    />`;
  }

  protected override render() {
    return html`<div class="field ${this.error ? 'invalid' : ''}" part="base">
      <label class="label" part="label" for="input">${this.renderLabelText()}</label>
      ${this.renderHint()} ${this.renderError()} ${this.#renderInput()}
    </div>`;
  }
}
