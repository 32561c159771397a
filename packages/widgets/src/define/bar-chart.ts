import { HwBarChart } from '../charts/bar-chart/bar-chart.js';

// Guarded so a page that loads two copies of the bundle does not throw.
if (!customElements.get('hw-bar-chart')) customElements.define('hw-bar-chart', HwBarChart);

export { HwBarChart };

declare global {
  interface HTMLElementTagNameMap {
    'hw-bar-chart': HwBarChart;
  }
}
