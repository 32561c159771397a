import { HwErrorSummary } from '../form-controls/error-summary/error-summary.js';

// Guarded so a page that loads two copies of the bundle does not throw.
if (!customElements.get('hw-error-summary')) customElements.define('hw-error-summary', HwErrorSummary);

export { HwErrorSummary };

declare global {
  interface HTMLElementTagNameMap {
    'hw-error-summary': HwErrorSummary;
  }
}
