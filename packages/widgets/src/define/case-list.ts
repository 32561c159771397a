import { HwCaseList } from '../staff/case-search/case-list.js';

// Registers <hw-case-list> alone, for a page that fetches cases itself.
HwCaseList.define('hw-case-list');

export { HwCaseList };

declare global {
  interface HTMLElementTagNameMap {
    'hw-case-list': HwCaseList;
  }
}
