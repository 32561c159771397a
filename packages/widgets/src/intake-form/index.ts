export { HwIntakeForm } from './intake-form.js';
export { intakeForm } from './intake-steps.js';
