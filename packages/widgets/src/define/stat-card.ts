import { HwStatCard } from '../charts/stat-card/stat-card.js';

// Guarded so a page that loads two copies of the bundle does not throw.
if (!customElements.get('hw-stat-card')) customElements.define('hw-stat-card', HwStatCard);

export { HwStatCard };

declare global {
  interface HTMLElementTagNameMap {
    'hw-stat-card': HwStatCard;
  }
}
