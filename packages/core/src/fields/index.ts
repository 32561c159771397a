export * from './incident.js';
export * from './intake.js';
export * from './types.js';
