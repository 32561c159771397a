import { HwTextField } from '../form-controls/text-field/text-field.js';

// Guarded so a page that loads two copies of the bundle does not throw.
if (!customElements.get('hw-text-field')) customElements.define('hw-text-field', HwTextField);

export { HwTextField };

declare global {
  interface HTMLElementTagNameMap {
    'hw-text-field': HwTextField;
  }
}
