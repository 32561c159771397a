// Class and helper exports only: importing this module registers no element. Tags are registered by the
// `@homeward/widgets/define/*` entries.
export * from './charts/index.js';
export * from './form-controls/index.js';
export * from './form-flow/index.js';
export * from './incident-form/index.js';
export * from './intake-form/index.js';
export * from './shared/index.js';
export * from './staff/index.js';
