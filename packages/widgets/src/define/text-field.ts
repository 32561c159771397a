import { HwTextField } from '../form-controls/text-field/text-field.js';

// Registers <hw-text-field> (guarded: two copies of the bundle on one page do not throw). Entries never import each other:
// an element that renders this one lists it in its static `dependencies` instead.
HwTextField.define('hw-text-field');

export { HwTextField };

declare global {
  interface HTMLElementTagNameMap {
    'hw-text-field': HwTextField;
  }
}
