// The staff elements' classes and session, without registering any tag (the define/* entries do).
export type * from './api/contract.js';
export { HwCaseList } from './case-search/case-list.js';
export { HwCaseSearch } from './case-search/case-search.js';
export { HwCaseView } from './case-view/case-view.js';
export { HwDuplicateReview } from './duplicate-review/duplicate-review.js';
export { HwReceipt } from './receipt/receipt.js';
export { HwReferralForm } from './referral-form/referral-form.js';
export { forgetOnDevice } from './session/forget-on-device.js';
export { StaffSession, staffSession } from './session/staff-session.js';
export { HwSignIn } from './sign-in/sign-in.js';
