import { HwCaseView } from '../staff/case-view/case-view.js';

// Registers <hw-case-view> and the <hw-referral-form> it renders.
HwCaseView.define('hw-case-view');

export { HwCaseView };

declare global {
  interface HTMLElementTagNameMap {
    'hw-case-view': HwCaseView;
  }
}
