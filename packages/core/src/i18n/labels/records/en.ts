import type { LabelCatalog } from '../types.js';

const consentDate = 'Date of this answer';
const consentDateHelp = 'The day the person gave or refused this consent.';
const consentWithdrawn = 'Date consent was withdrawn';
const consentWithdrawnHelp = 'Only if the person has changed their mind. Leave empty otherwise.';

/** English labels no form shows: the source every other locale translates. */
export const en: LabelCatalog = {
  // ── Intake: the record ──
  'intake.id.label': 'Record reference',
  'intake.id.help': '',
  'intake.schemaVersion.label': 'Record format version',
  'intake.schemaVersion.help': '',
  'intake.registrationDate.label': 'Date of registration',
  'intake.registrationDate.help': '',
  'intake.office.label': 'Office',
  'intake.office.help': 'The embassy, consulate or organisation registering this person.',
  'intake.channel.label': 'How did this person reach us?',
  'intake.channel.help': '',

  // ── Intake: how you left ──
  'intake.departure.incidentId.label': 'Linked incident reference',
  'intake.departure.incidentId.help':
    'If this person left during a release or raid that is already recorded.',

  // ── Intake: consent ──
  'intake.consent.store.date.label': consentDate,
  'intake.consent.store.date.help': consentDateHelp,
  'intake.consent.store.withdrawnOn.label': consentWithdrawn,
  'intake.consent.store.withdrawnOn.help': consentWithdrawnHelp,
  'intake.consent.shareWithPartners.date.label': consentDate,
  'intake.consent.shareWithPartners.date.help': consentDateHelp,
  'intake.consent.shareWithPartners.withdrawnOn.label': consentWithdrawn,
  'intake.consent.shareWithPartners.withdrawnOn.help': consentWithdrawnHelp,
  'intake.consent.shareWithPartners.partners.label': 'Which organisations may we share with?',
  'intake.consent.shareWithPartners.partners.help': 'We share only with the organisations named here.',
  'intake.consent.contactLater.date.label': consentDate,
  'intake.consent.contactLater.date.help': consentDateHelp,
  'intake.consent.contactLater.withdrawnOn.label': consentWithdrawn,
  'intake.consent.contactLater.withdrawnOn.help': consentWithdrawnHelp,
  'intake.consent.research.date.label': consentDate,
  'intake.consent.research.date.help': consentDateHelp,
  'intake.consent.research.withdrawnOn.label': consentWithdrawn,
  'intake.consent.research.withdrawnOn.help': consentWithdrawnHelp,

  // ── Intake: case ──
  'intake.childProtection.label': 'Child protection',
  'intake.childProtection.help':
    'Set automatically when the person was under 18 at registration or when recruited. Refer them to child protection services.',
  'intake.status.label': 'Case status',
  'intake.status.help': '',

  // ── Options ──
  'option.CHANNELS.walk_in': 'Came to the office',
  'option.CHANNELS.hotline': 'Called the hotline',
  'option.CHANNELS.online': 'Online',
  'option.CHANNELS.referral': 'Referred by another organisation',
  'option.CHANNELS.outreach': 'Met by an outreach team',
  'option.NEEDS.returnHome': 'Going home',
  'option.NEEDS.canTravelIndependently': 'Can travel home alone',
  'option.NEEDS.emergencyTravelDocument': 'Emergency travel document',
  'option.NEEDS.medical': 'Medical care',
  'option.NEEDS.psychological': 'Emotional support',
  'option.NEEDS.shelter': 'A safe place to stay',
  'option.NEEDS.legal': 'Legal advice',
  'option.NEEDS.familyContact': 'Contacting family',
  'option.CASE_STATUSES.registered': 'Registered',
  'option.CASE_STATUSES.assessed': 'Needs assessed',
  'option.CASE_STATUSES.documents_issued': 'Documents issued',
  'option.CASE_STATUSES.repatriated': 'Returned home',
  'option.CASE_STATUSES.referred': 'Referred to another organisation',
  'option.CASE_STATUSES.closed': 'Closed',

  // ── Incident ──
  'incident.id.label': 'Incident reference',
  'incident.id.help': '',
  'incident.schemaVersion.label': 'Record format version',
  'incident.schemaVersion.help': '',
};
