import { html, nothing } from 'lit';
import { property, query, queryAll } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { HomewardElement } from '../../shared/homeward-element.js';
import { formControlStyles } from '../form-control.styles.js';
import { FormControlBase } from '../form-control-base.js';
import { choiceFieldStyles } from './choice-field.styles.js';

export interface ChoiceOption {
  value: string;
  /** Already translated. */
  label: string;
  /** Help for this option, linked to it with `aria-describedby`. */
  hint?: string;
}

export type ChoiceFieldType = 'radio' | 'checkbox' | 'select';

/**
 * @summary Choose one (radios, select) or several (checkboxes) of a list of options; takes part in forms.
 *
 * Radios and checkboxes are a `<fieldset>` whose `<legend>` is the label; arrow keys move between radios, Space
 * ticks a checkbox. Use `select` only for long lists such as countries (GOV.UK advises radios otherwise).
 * `value` is a string for `radio` and `select`, an array of strings for `checkbox`.
 *
 * Accessibility. Keyboard: radios are one tab stop and arrow keys move between them; Tab moves through checkboxes
 * and Space ticks one; a select opens with Space or Alt+Down. Screen readers: radios and checkboxes are grouped in
 * a `<fieldset>` whose `<legend>` is the label; the hint and the error describe the group or the select
 * (`aria-describedby`); an error sets `aria-invalid` and is read with a visually hidden "Error:" before it.
 *
 * @csspart base - The wrapper (a fieldset for radios and checkboxes).
 * @csspart label - The legend, or the select's label.
 * @csspart hint - The hint under the label.
 * @csspart error - The error message.
 * @csspart input - The `<select>`, or each radio / checkbox `<input>`.
 * @csspart items - The list of radios or checkboxes.
 * @csspart item - One radio or checkbox with its label and hint.
 * @csspart option-label - The label of one radio or checkbox.
 * @csspart option-hint - The hint of one radio or checkbox.
 *
 * @cssproperty --hw-color-accent - Colour of the ticked radios and checkboxes; see the theme tokens for the rest.
 *
 * @event {CustomEvent<FormControlEventDetail<string | string[]>>} hw-input - A choice changed. `detail: { name, value }`.
 * @event {CustomEvent<FormControlEventDetail<string | string[]>>} hw-change - A choice changed (same moment as `hw-input`: a choice is committed when made).
 * @event {CustomEvent<{ name: string }>} hw-blur - Focus left the field. `detail: { name }`.
 */
export class HwChoiceField extends FormControlBase<string | string[]> {
  static override styles = [HomewardElement.styles, formControlStyles, choiceFieldStyles];

  /** `radio` (default: pick one, arrow keys move between options), `checkbox` (pick several) or `select`. */
  @property({ reflect: true }) type: ChoiceFieldType = 'radio';
  /** The options; as an attribute, JSON: `options='[{"value":"yes","label":"Yes"}]'`. */
  @property({ type: Array }) options: ChoiceOption[] = [];
  /** The chosen option's value; for checkboxes, the array of chosen values (as an attribute, one value). */
  @property() value: string | string[] = '';
  /** The empty first option of a select; defaults to "Choose an option" in the element's locale. */
  @property() placeholder = '';
  /** Lays radios or checkboxes out in a row (for two or three short options such as Yes / No). */
  @property({ type: Boolean, reflect: true }) inline = false;

  @query('#input') private select!: HTMLSelectElement | null;
  @queryAll('input') private inputs!: NodeListOf<HTMLInputElement>;

  /** The chosen values as a list, whatever the type. */
  get values(): string[] {
    if (Array.isArray(this.value)) return this.value.filter((v) => v !== '');
    return this.value === '' || this.value == null ? [] : [this.value];
  }

  protected get control(): HTMLElement | null {
    return this.type === 'select' ? this.select : (this.inputs?.[0] ?? null);
  }

  /** The checked radio (as a browser would tab to it), else the first option. */
  protected override get focusTarget(): HTMLElement | null {
    if (this.type === 'select') return this.select;
    const inputs = [...(this.inputs ?? [])];
    return inputs.find((i) => i.checked) ?? inputs[0] ?? null;
  }

  protected isEmpty(): boolean {
    return this.values.length === 0;
  }

  protected formValue(): string | FormData | null {
    if (this.type !== 'checkbox') return this.values[0] ?? null;
    const data = new FormData();
    for (const v of this.values) data.append(this.name, v);
    return data;
  }

  protected valueFromState(state: string | File | FormData | null): string | string[] {
    if (state instanceof FormData) return state.getAll(this.name).map(String);
    const single = typeof state === 'string' ? state : '';
    return this.type === 'checkbox' ? (single ? [single] : []) : single;
  }

  #onChoice(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (this.type === 'checkbox') {
      const checked = [...this.inputs].filter((i) => i.checked).map((i) => i.value);
      this.value = checked;
    } else {
      this.value = target.value;
    }
    this.emit('hw-input');
    this.emit('hw-change');
  }

  #onFocusOut(event: FocusEvent): void {
    // Moving between radios is not leaving the field.
    const next = event.relatedTarget as Node | null;
    if (next && this.shadowRoot?.contains(next)) return;
    this.emitBlur();
  }

  #renderSelect() {
    const selected = this.values[0] ?? '';
    return html`<div class="field ${this.error ? 'invalid' : ''}" part="base" @focusout=${this.#onFocusOut}>
      <label class="label" part="label" for="input">${this.renderLabelText()}</label>
      ${this.renderHint()} ${this.renderError()}
      <select
        id="input"
        class="box"
        part="input"
        .value=${live(selected)}
        ?required=${this.required}
        ?disabled=${this.isDisabled}
        aria-describedby=${this.describedBy()}
        aria-invalid=${this.error ? 'true' : nothing}
        @change=${this.#onChoice}
      >
        <option value="" ?selected=${selected === ''}>
          ${this.placeholder || this.localize.t('selectPlaceholder')}
        </option>
        ${this.options.map(
          (o) => html`<option value=${o.value} ?selected=${o.value === selected}>${o.label}</option>`,
        )}
      </select>
    </div>`;
  }

  #renderChoices() {
    const chosen = new Set(this.values);
    const type = this.type === 'checkbox' ? 'checkbox' : 'radio';
    return html`<fieldset
      class="field ${this.error ? 'invalid' : ''}"
      part="base"
      aria-describedby=${this.describedBy()}
      ?disabled=${this.isDisabled}
      @focusout=${this.#onFocusOut}
    >
      <legend class="label" part="label">${this.renderLabelText()}</legend>
      ${this.renderHint()} ${this.renderError()}
      <div class="items" part="items">
        ${this.options.map(
          (o, i) => html`<div class="item" part="item">
            <input
              id="option-${i}"
              part="input"
              type=${type}
              name="choice"
              .value=${o.value}
              .checked=${live(chosen.has(o.value))}
              ?required=${this.required && type === 'radio'}
              aria-invalid=${this.error ? 'true' : nothing}
              aria-describedby=${o.hint ? `option-${i}-hint` : nothing}
              @change=${this.#onChoice}
            />
            <label for="option-${i}" part="option-label">${o.label}</label>
            ${
              o.hint
                ? html`<div id="option-${i}-hint" class="option-hint" part="option-hint">${o.hint}</div>`
                : nothing
            }
          </div>`,
        )}
      </div>
    </fieldset>`;
  }

  protected override render() {
    return this.type === 'select' ? this.#renderSelect() : this.#renderChoices();
  }
}
