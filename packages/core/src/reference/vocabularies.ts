/** Closed vocabularies of the records. Labels live in the locale catalogues under `option.<vocabulary>.<value>`. */
export const SCAM_TYPES = ['romance', 'investment', 'crypto', 'gambling', 'impersonation', 'other'] as const;
/** How the person reached the office. */
export const CHANNELS = ['walk_in', 'hotline', 'online', 'referral', 'outreach'] as const;
/** A person's sex as recorded, including unknown and declined to answer. */
export const SEXES = ['female', 'male', 'other', 'unknown', 'declined'] as const;
/** Kinds of identity document. */
export const DOCUMENT_TYPES = [
  'passport',
  'national_id',
  'residence_permit',
  'work_permit',
  'birth_certificate',
  'other',
] as const;
/** What became of an identity document. */
export const DOCUMENT_STATUSES = ['held', 'confiscated', 'lost', 'expired'] as const;
/** How the person was recruited. */
export const RECRUITMENT_METHODS = [
  'social_media',
  'job_site',
  'friend_or_relative',
  'agent',
  'advertisement',
  'other',
  'unknown',
] as const;
/** Where the recruitment happened (social networks, job sites, messaging apps). */
export const PLATFORMS = [
  'telegram',
  'whatsapp',
  'facebook',
  'tiktok',
  'wechat',
  'line',
  'instagram',
  'job_site',
  'other',
] as const;
/** Whether the person went willingly: deceived, voluntary, forced or unknown. */
export const RECRUITMENT_CONSENT = ['deceived', 'voluntary', 'forced', 'unknown'] as const;
/** Who the recruiter was to the person. */
export const RECRUITER_RELATIONS = [
  'stranger',
  'friend',
  'relative',
  'partner',
  'agent',
  'employer',
  'other',
  'unknown',
] as const;
/** What a wage is paid per: hour, day, week, month, year, or a lump sum. */
export const WAGE_PERIODS = ['hour', 'day', 'week', 'month', 'year', 'lump_sum'] as const;
/** How the person left the compound. */
export const DEPARTURE_MODES = ['released', 'escaped', 'rescued', 'other'] as const;
/** What a person may need now (shelter, medical care, documents, travel home...). */
export const NEEDS = [
  'returnHome',
  'canTravelIndependently',
  'emergencyTravelDocument',
  'medical',
  'psychological',
  'shelter',
  'legal',
  'familyContact',
] as const;
/** What a person can consent to, one consent each. */
export const CONSENT_PURPOSES = ['store', 'shareWithPartners', 'contactLater', 'research'] as const;
/** Where a case stands, from registration to closure. */
export const CASE_STATUSES = [
  'registered',
  'assessed',
  'documents_issued',
  'repatriated',
  'referred',
  'closed',
] as const;
/** Kinds of incident: a release, raid, rescue, escape or transfer of people. */
export const INCIDENT_TYPES = ['release', 'raid', 'rescue', 'escape', 'transfer'] as const;
/** How precisely a date is known: a day, or only its week, month or year. */
export const DATE_PRECISIONS = ['day', 'week', 'month', 'year'] as const;
/** How precise an incident's coordinates are. */
export const COORDINATE_PRECISIONS = ['exact', 'approximate', 'locality', 'province'] as const;
/** What came of an incident for the people in it. */
export const INCIDENT_OUTCOMES = [
  'released',
  'detained',
  'deported',
  'repatriated',
  'sheltered',
  'moved_to_other_compound',
  'missing',
  'unknown',
] as const;
/** Kinds of source an incident is known from. */
export const SOURCE_KINDS = [
  'video',
  'image',
  'social_post',
  'news',
  'official_statement',
  'ngo_report',
  'testimony',
] as const;
/** How far an incident has been verified. */
export const VERIFICATION_STATUSES = [
  'unverified',
  'in_progress',
  'verified',
  'disputed',
  'debunked',
] as const;
/** Berkeley Protocol on Digital Open Source Investigations: the three verification steps. */
export const VERIFICATION_METHODS = ['source', 'technical', 'content'] as const;
/** Messaging apps a person can be reached on. */
export const MESSAGING_PLATFORMS = [
  'telegram',
  'whatsapp',
  'facebook',
  'wechat',
  'line',
  'signal',
  'other',
] as const;
