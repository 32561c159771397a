export { composedClosest } from './dom/composed-closest.js';
export { findInTree } from './dom/find-in-tree.js';
export { HomewardElement } from './homeward-element.js';
export * from './localize/index.js';
export * from './storage/index.js';
export { tokens } from './theme/tokens.styles.js';
export { focusRing, visuallyHidden } from './theme/utilities.styles.js';
