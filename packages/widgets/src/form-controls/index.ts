export { type ChoiceFieldType, type ChoiceOption, HwChoiceField } from './choice-field/choice-field.js';
export { type ErrorSummaryItem, HwErrorSummary } from './error-summary/error-summary.js';
export { FormControlBase, type FormControlEventDetail } from './form-control-base.js';
export { HwTextField, type TextFieldType } from './text-field/text-field.js';
