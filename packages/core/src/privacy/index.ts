export { cumulativeShown, DEFAULT_K, type SuppressOptions, suppress } from './suppress.js';
