export { interpolate } from '../i18n/interpolate.js';
// The forms read optional sections and choices from the schemas through the light entry, as they validate.
export { type SchemaNode, schemaAt, unwrapOptional } from '../records/schema-walk.js';
export { compileValidators, type Validators } from './compiled.js';
export * from './issues.js';
export { loadMessages, messagesFor } from './messages/index.js';
export { type IntakeRecordV1, migrate } from './migrate.js';
export {
  type ElementScreening,
  ILO_INDICATOR_ELEMENTS,
  type IloElement,
  type IndicatorStrength,
  type ScreeningResult,
  screen,
} from './screen.js';
export {
  type MessageResolver,
  type ValidateOptions,
  type Validator,
  validateIncident,
  validateIntake,
} from './validate.js';
