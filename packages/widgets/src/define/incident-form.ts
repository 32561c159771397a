// First: zod must be told not to probe `eval` before core's schemas are built (strict CSP).
import '../form-flow/zod-csp.js';
import './choice-field.js';
import './error-summary.js';
import './text-field.js';
import { HwIncidentForm } from '../incident-form/incident-form.js';

// Guarded so a page that loads two copies of the bundle does not throw.
if (!customElements.get('hw-incident-form')) customElements.define('hw-incident-form', HwIncidentForm);

export { HwIncidentForm };

declare global {
  interface HTMLElementTagNameMap {
    'hw-incident-form': HwIncidentForm;
  }
}
