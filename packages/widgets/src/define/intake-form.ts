import { HwIntakeForm } from '../intake-form/intake-form.js';

// Registers <hw-intake-form> and the controls it renders (guarded: two copies of the bundle on one page do not throw).
HwIntakeForm.define('hw-intake-form');

export { HwIntakeForm };

declare global {
  interface HTMLElementTagNameMap {
    'hw-intake-form': HwIntakeForm;
  }
}
