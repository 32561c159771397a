export {
  dayRecord,
  groupRecord,
  PUBLIC_INTAKE_FIELDS,
  type PublicationOptions,
  PublishedStatistics,
  publishedValuesOf,
} from './published-statistics.js';
