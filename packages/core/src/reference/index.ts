export * from './age-bands.js';
export * from './cambodia-provinces.js';
export * from './countries.js';
export * from './currencies.js';
export * from './ilo-indicators.js';
export * from './vocabularies.js';
