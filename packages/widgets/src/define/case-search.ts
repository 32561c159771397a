import { HwCaseSearch } from '../staff/case-search/case-search.js';

// Registers <hw-case-search>, the <hw-case-list> it renders and the controls of its form.
HwCaseSearch.define('hw-case-search');

export { HwCaseSearch };

declare global {
  interface HTMLElementTagNameMap {
    'hw-case-search': HwCaseSearch;
  }
}
