import { HwSignIn } from '../staff/sign-in/sign-in.js';

// Registers <hw-sign-in> and the controls it renders (guarded: two copies of the bundle on one page do not throw).
HwSignIn.define('hw-sign-in');

export { HwSignIn };

declare global {
  interface HTMLElementTagNameMap {
    'hw-sign-in': HwSignIn;
  }
}
