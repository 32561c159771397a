import { HwReferralForm } from '../staff/referral-form/referral-form.js';

HwReferralForm.define('hw-referral-form');

export { HwReferralForm };

declare global {
  interface HTMLElementTagNameMap {
    'hw-referral-form': HwReferralForm;
  }
}
