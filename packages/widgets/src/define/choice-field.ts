import { HwChoiceField } from '../form-controls/choice-field/choice-field.js';

// Guarded so a page that loads two copies of the bundle does not throw.
if (!customElements.get('hw-choice-field')) customElements.define('hw-choice-field', HwChoiceField);

export { HwChoiceField };

declare global {
  interface HTMLElementTagNameMap {
    'hw-choice-field': HwChoiceField;
  }
}
