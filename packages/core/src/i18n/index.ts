export * from '../reference/locales.js';
export { interpolate } from './interpolate.js';
export * from './labels/index.js';
