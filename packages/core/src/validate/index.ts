export * from './issues.js';
export { messagesFor } from './messages/index.js';
export * from './validate.js';
