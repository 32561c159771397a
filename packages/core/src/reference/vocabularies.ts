/** Closed vocabularies of the records. Labels live in the locale catalogues under `option.<vocabulary>.<value>`. */
export const SCAM_TYPES = ['romance', 'investment', 'crypto', 'gambling', 'impersonation', 'other'] as const;
export const CHANNELS = ['walk_in', 'hotline', 'online', 'referral', 'outreach'] as const;
export const SEXES = ['female', 'male', 'other', 'unknown', 'declined'] as const;
export const DOCUMENT_TYPES = [
  'passport',
  'national_id',
  'residence_permit',
  'work_permit',
  'birth_certificate',
  'other',
] as const;
export const DOCUMENT_STATUSES = ['held', 'confiscated', 'lost', 'expired'] as const;
export const RECRUITMENT_METHODS = [
  'social_media',
  'job_site',
  'friend_or_relative',
  'agent',
  'advertisement',
  'other',
  'unknown',
] as const;
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
export const RECRUITMENT_CONSENT = ['deceived', 'voluntary', 'forced', 'unknown'] as const;
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
export const WAGE_PERIODS = ['hour', 'day', 'week', 'month', 'year', 'lump_sum'] as const;
export const DEPARTURE_MODES = ['released', 'escaped', 'rescued', 'other'] as const;
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
export const CONSENT_PURPOSES = ['store', 'shareWithPartners', 'contactLater', 'research'] as const;
export const CASE_STATUSES = [
  'registered',
  'assessed',
  'documents_issued',
  'repatriated',
  'referred',
  'closed',
] as const;
export const INCIDENT_TYPES = ['release', 'raid', 'rescue', 'escape', 'transfer'] as const;
export const DATE_PRECISIONS = ['day', 'week', 'month', 'year'] as const;
export const COORDINATE_PRECISIONS = ['exact', 'approximate', 'locality', 'province'] as const;
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
export const SOURCE_KINDS = [
  'video',
  'image',
  'social_post',
  'news',
  'official_statement',
  'ngo_report',
  'testimony',
] as const;
export const VERIFICATION_STATUSES = [
  'unverified',
  'in_progress',
  'verified',
  'disputed',
  'debunked',
] as const;
/** Berkeley Protocol on Digital Open Source Investigations: the three verification steps. */
export const VERIFICATION_METHODS = ['source', 'technical', 'content'] as const;
export const MESSAGING_PLATFORMS = [
  'telegram',
  'whatsapp',
  'facebook',
  'wechat',
  'line',
  'signal',
  'other',
] as const;
