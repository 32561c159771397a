import { HwDuplicateReview } from '../staff/duplicate-review/duplicate-review.js';

HwDuplicateReview.define('hw-duplicate-review');

export { HwDuplicateReview };

declare global {
  interface HTMLElementTagNameMap {
    'hw-duplicate-review': HwDuplicateReview;
  }
}
