import { HwReceipt } from '../staff/receipt/receipt.js';

HwReceipt.define('hw-receipt');

export { HwReceipt };

declare global {
  interface HTMLElementTagNameMap {
    'hw-receipt': HwReceipt;
  }
}
