/**
 * The incident record's field registry: each field defined once, by catalogue path, as in `intake.ts`.
 * The zod shape is in records/incident.ts.
 */
import type { IncidentRecord } from '../records/incident.js';
import { defineFields } from './types.js';

/**
 * The incident record's fields by catalogue path (`location.province`, `dates.start`): sensitivity, HXL
 * counterpart, vocabulary, description and how statistics read each one.
 */
export const incidentFields = defineFields<IncidentRecord>()({
  id: {
    sensitivity: 'none',
    hxl: '#event+id',
    description: 'Record identifier (UUID).',
  },
  schemaVersion: {
    sensitivity: 'none',
    hxl: '#meta+version',
    description: 'Version of this schema the record follows.',
  },
  type: {
    sensitivity: 'none',
    hxl: '#event+type',
    vocabulary: 'INCIDENT_TYPES',
    description: 'What happened: a compound release, a raid, a rescue, an escape or a transfer of people.',
    stats: { count: (r) => r.type },
  },
  'dates.start': {
    sensitivity: 'none',
    hxl: '#date+start',
    description: 'First day (or the first day of the week, month or year given by `precision`).',
    stats: { date: (r) => r.dates.start },
  },
  'dates.end': {
    sensitivity: 'none',
    hxl: '#date+end',
    description: 'Last day, when it lasted more than one day.',
    stats: { date: (r) => r.dates.end },
  },
  'dates.precision': {
    sensitivity: 'none',
    hxl: '#date+precision',
    vocabulary: 'DATE_PRECISIONS',
    description: 'How exactly the dates are known: a release “in the second week of January” is `week`.',
    stats: { count: (r) => r.dates.precision },
  },
  reportedOn: {
    sensitivity: 'none',
    hxl: '#date+reported',
    description: 'Day the incident was first reported.',
    stats: { date: (r) => r.reportedOn },
  },
  'location.country': {
    sensitivity: 'none',
    hxl: '#country+code+v_iso2',
    vocabulary: 'COUNTRIES',
    description: 'Country (ISO 3166-1 alpha-2).',
    stats: { count: (r) => r.location.country },
  },
  'location.province': {
    sensitivity: 'none',
    hxl: '#adm1+code',
    vocabulary: 'PROVINCES',
    description: 'Province (ISO 3166-2). In Cambodia one of KH-1 … KH-25.',
    stats: { count: (r) => r.location.province },
  },
  'location.locality': {
    sensitivity: 'none',
    hxl: '#loc+name',
    description: 'Town or locality.',
  },
  'location.coordinates.lat': {
    sensitivity: 'quasi',
    hxl: '#geo+lat',
    description: 'Latitude in decimal degrees.',
  },
  'location.coordinates.lon': {
    sensitivity: 'quasi',
    hxl: '#geo+lon',
    description: 'Longitude in decimal degrees.',
  },
  'location.coordinates.precision': {
    sensitivity: 'none',
    hxl: '#geo+precision',
    vocabulary: 'COORDINATE_PRECISIONS',
    description: 'How precise the coordinates are.',
  },
  compoundName: {
    sensitivity: 'none',
    hxl: '#loc+name+compound',
    description: 'Name of the compound, as known.',
  },
  allegedOperator: {
    sensitivity: 'sensitive',
    hxl: '#group+name+operator',
    description: 'Company or group alleged to run the compound.',
  },
  'peopleAffected.min': {
    sensitivity: 'none',
    hxl: '#affected+min',
    description: 'Lowest estimate.',
  },
  'peopleAffected.best': {
    sensitivity: 'none',
    hxl: '#affected+num',
    description: 'Best estimate.',
  },
  'peopleAffected.max': {
    sensitivity: 'none',
    hxl: '#affected+max',
    description: 'Highest estimate.',
  },
  'peopleAffected.byCitizenship[].country': {
    sensitivity: 'none',
    hxl: '#country+code+v_iso2+affected',
    vocabulary: 'COUNTRIES',
    description: 'Citizenship (ISO 3166-1 alpha-2).',
  },
  'peopleAffected.byCitizenship[].count': {
    sensitivity: 'none',
    hxl: '#affected+num+citizenship',
    description: 'Number of people of that citizenship.',
  },
  'peopleAffected.bySex.female': {
    sensitivity: 'none',
    hxl: '#affected+f',
    description: 'Number of women and girls.',
  },
  'peopleAffected.bySex.male': {
    sensitivity: 'none',
    hxl: '#affected+m',
    description: 'Number of men and boys.',
  },
  'peopleAffected.bySex.other': {
    sensitivity: 'none',
    hxl: '#affected+x_other',
    description: 'Number of people of another sex.',
  },
  'peopleAffected.bySex.unknown': {
    sensitivity: 'none',
    hxl: '#affected+x_unknown',
    description: 'Number of people whose sex is not known.',
  },
  'peopleAffected.minors': {
    sensitivity: 'none',
    hxl: '#affected+children',
    description: 'Number of people under 18. May not exceed `max`.',
  },
  outcomes: {
    sensitivity: 'none',
    hxl: '#x_outcome',
    vocabulary: 'INCIDENT_OUTCOMES',
    description: 'What became of the people affected.',
    stats: { count: (r) => r.outcomes, multiValued: true },
  },
  summary: {
    sensitivity: 'sensitive',
    hxl: '#description',
    description: 'Summary of what is known.',
  },
  'sources[].kind': {
    sensitivity: 'none',
    hxl: '#meta+source+type',
    vocabulary: 'SOURCE_KINDS',
    description: 'Kind of source.',
  },
  'sources[].url': {
    sensitivity: 'none',
    hxl: '#meta+url',
    description: 'Web address of the source (http or https only).',
  },
  'sources[].publisher': {
    sensitivity: 'none',
    hxl: '#meta+source',
    description: 'Who published the source.',
  },
  'sources[].capturedOn': {
    sensitivity: 'none',
    hxl: '#date+captured',
    description: 'Day the source was captured or archived.',
  },
  'sources[].archiveSha256': {
    sensitivity: 'none',
    hxl: '#meta+hash',
    description: 'SHA-256 of the archived copy, 64 lower-case hexadecimal characters.',
  },
  'sources[].verification.status': {
    sensitivity: 'none',
    hxl: '#status+verification',
    vocabulary: 'VERIFICATION_STATUSES',
    description: 'Verification status.',
  },
  'sources[].verification.methods': {
    sensitivity: 'none',
    hxl: '#x_verification+method',
    vocabulary: 'VERIFICATION_METHODS',
    description: 'Checks done: of the source, technical (metadata, geolocation), of the content.',
  },
  'sources[].verification.notes': {
    sensitivity: 'sensitive',
    hxl: '#description+verification',
    description: 'Notes on the verification.',
  },
});

/** Descriptions of the objects and arrays that hold the incident record's fields, for the JSON Schema. */
export const incidentGroups: Record<string, string> = {
  dates: 'When it happened, and how exactly that is known.',
  location: 'Where it happened.',
  'location.coordinates': 'Coordinates (WGS 84), with how precise they are.',
  peopleAffected: 'Number of people affected, as an estimate: lowest, best and highest.',
  'peopleAffected.byCitizenship': 'Breakdown by citizenship, where known. Its sum may not exceed `max`.',
  'peopleAffected.bySex': 'Breakdown by sex, where known. Its sum may not exceed `max`.',
  sources: 'Evidence sources, at least one, each with its verification.',
  'sources[].verification': 'Verification of the source (Berkeley Protocol).',
};
