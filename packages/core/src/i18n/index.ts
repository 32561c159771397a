export * from './labels/index.js';
export * from './locales.js';
