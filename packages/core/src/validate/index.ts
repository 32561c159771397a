export { compileValidators, type Validators } from './compiled.js';
export * from './issues.js';
export { messagesFor } from './messages/index.js';
export { type ValidateOptions, type Validator, validateIncident, validateIntake } from './validate.js';
