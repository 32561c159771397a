export * from '../reference/locales.js';
export * from './labels/index.js';
