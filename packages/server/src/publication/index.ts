export {
  groupRecord,
  PUBLIC_INTAKE_FIELDS,
  type PublicationOptions,
  PublishedStatistics,
} from './published-statistics.js';
