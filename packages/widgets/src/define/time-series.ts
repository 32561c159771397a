import { HwTimeSeries } from '../charts/time-series/time-series.js';

// Guarded so a page that loads two copies of the bundle does not throw.
if (!customElements.get('hw-time-series')) customElements.define('hw-time-series', HwTimeSeries);

export { HwTimeSeries };

declare global {
  interface HTMLElementTagNameMap {
    'hw-time-series': HwTimeSeries;
  }
}
