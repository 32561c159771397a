import { HwChoiceField } from '../form-controls/choice-field/choice-field.js';

// Registers <hw-choice-field> (guarded: two copies of the bundle on one page do not throw). Entries never import each other:
// an element that renders this one lists it in its static `dependencies` instead.
HwChoiceField.define('hw-choice-field');

export { HwChoiceField };

declare global {
  interface HTMLElementTagNameMap {
    'hw-choice-field': HwChoiceField;
  }
}
