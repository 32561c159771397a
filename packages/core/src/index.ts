export * from './exchange/index.js';
export * from './fields/index.js';
export * from './i18n/index.js';
export * from './matching/index.js';
export * from './privacy/index.js';
export * from './records/index.js';
export * from './reference/index.js';
export * from './stats/index.js';
// The root's validators and messages know every locale at once; `@homeward/core/validate` loads them on demand.
export { allMessages, messagesFor, validateIncident, validateIntake } from './validate/all-locales.js';
export * from './validate/index.js';
