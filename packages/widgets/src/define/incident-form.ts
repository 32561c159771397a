import { HwIncidentForm } from '../incident-form/incident-form.js';

// Registers <hw-incident-form> and the controls it renders (guarded: two copies of the bundle on one page do not throw).
HwIncidentForm.define('hw-incident-form');

export { HwIncidentForm };

declare global {
  interface HTMLElementTagNameMap {
    'hw-incident-form': HwIncidentForm;
  }
}
