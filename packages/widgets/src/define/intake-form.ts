// First: zod must be told not to probe `eval` before core's schemas are built (strict CSP).
import '../form-flow/zod-csp.js';
import './choice-field.js';
import './error-summary.js';
import './text-field.js';
import { HwIntakeForm } from '../intake-form/intake-form.js';

// Guarded so a page that loads two copies of the bundle does not throw.
if (!customElements.get('hw-intake-form')) customElements.define('hw-intake-form', HwIntakeForm);

export { HwIntakeForm };

declare global {
  interface HTMLElementTagNameMap {
    'hw-intake-form': HwIntakeForm;
  }
}
