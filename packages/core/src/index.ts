export * from './exchange/index.js';
export * from './i18n/index.js';
export * from './privacy/index.js';
export * from './records/index.js';
export * from './reference/index.js';
export * from './stats/index.js';
export * from './validate/index.js';
