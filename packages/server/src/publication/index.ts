export { type PublicationOptions, PublishedStatistics } from './published-statistics.js';
export { publicWindow } from './windows.js';
