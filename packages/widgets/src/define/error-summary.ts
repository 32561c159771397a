import { HwErrorSummary } from '../form-controls/error-summary/error-summary.js';

// Registers <hw-error-summary> (guarded: two copies of the bundle on one page do not throw). Entries never import each other:
// an element that renders this one lists it in its static `dependencies` instead.
HwErrorSummary.define('hw-error-summary');

export { HwErrorSummary };

declare global {
  interface HTMLElementTagNameMap {
    'hw-error-summary': HwErrorSummary;
  }
}
