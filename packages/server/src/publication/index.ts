export {
  dayRecord,
  groupRecord,
  incidentDayRecord,
  incidentGroupRecord,
  PUBLIC_INCIDENT_FIELDS,
  PUBLIC_INTAKE_FIELDS,
  type PublicationOptions,
  PublishedStatistics,
  publishedIncidentValuesOf,
  publishedValuesOf,
} from './published-statistics.js';
