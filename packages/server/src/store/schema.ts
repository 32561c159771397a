/**
 * Table shapes as the database holds them (Kysely types). Portable choices: text ids and ISO timestamps, booleans as
 * 0/1 integers, sealed values as binary (SQLite blob, PostgreSQL bytea), JSON of non-identifying data as text.
 */
import type { Generated } from 'kysely';
export interface MetaTable {
  key: string;
  value: string;
}

export interface RecordsTable {
  id: string;
  kind: string;
  version: number;
  case_number: string | null;
  office: string;
  status: string;
  registration_date: string;
  /** Primary citizenship, for GROUP BY. */
  citizenship: string | null;
  /** Every citizenship as `,ID,MY,`, for filtering. */
  citizenships: string;
  province: string | null;
  age_band: string | null;
  sex: string | null;
  minor: number;
  screening_met: number;
  possible_duplicate: number;
  retrafficked: number;
  /** Pseudorandom, drawn at creation (not personal data): its low 16 bits are the cell key method's record key. */
  record_key: number;
  /** 1 when consent to research and statistics was withdrawn (version 3). */
  research_withdrawn: Generated<number>;
  /** Incidents only (version 4, null otherwise): the clear columns incident statistics are counted from. */
  incident_type: string | null;
  /** `dates.start`. */
  incident_start: string | null;
  incident_precision: string | null;
  incident_country: string | null;
  /** Distinct outcomes, sorted, as `a,b`; '' for none (and for non-incidents). */
  incident_outcomes: Generated<string>;
  people_min: number | null;
  people_best: number | null;
  people_max: number | null;
  idempotency_key: string | null;
  fingerprint: string;
  key_id: string;
  body: Uint8Array;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
  /** Short reason of the last change ('created', 'edit', 'status', 'merge'): never contents. */
  change_reason: string | null;
  merged_into: string | null;
}

export interface RecordVersionsTable {
  record_id: string;
  version: number;
  key_id: string;
  body: Uint8Array;
  /** The clear columns of that version, as JSON. */
  clear: string;
  changed_at: string;
  changed_by: string | null;
  reason: string | null;
}

export interface RecordTokensTable {
  kind: string;
  token: string;
  record_id: string;
}

export interface CaseSequencesTable {
  scope: string;
  year: number;
  last: number;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: string;
  office: string | null;
  partner_id: string | null;
  password_hash: string;
  failed_logins: number;
  locked_until: string | null;
  disabled: number;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  revoked_at: string | null;
  ip: string | null;
}

export interface AuditLogTable {
  id: string;
  at: string;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  detail: string | null;
}

export interface CaseEventsTable {
  id: string;
  case_id: string;
  type: string;
  from_status: string | null;
  to_status: string | null;
  key_id: string | null;
  note: Uint8Array | null;
  actor_id: string | null;
  at: string;
}

export interface CaseNotesTable {
  id: string;
  case_id: string;
  key_id: string;
  body: Uint8Array;
  author_id: string | null;
  at: string;
}

export interface PartnersTable {
  id: string;
  name: string;
  services: string;
  contact: string | null;
  created_at: string;
}

export interface ReferralsTable {
  id: string;
  case_id: string;
  partner_id: string;
  service: string;
  key_id: string | null;
  note: Uint8Array | null;
  status: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface DuplicateJobsTable {
  id: string;
  record_id: string;
  status: string;
  attempts: number;
  run_after: string;
  leased_by: string | null;
  lease_until: string | null;
  last_error: string | null;
  created_at: string;
}

export interface DuplicatePairsTable {
  id: string;
  a_id: string;
  b_id: string;
  probability: number;
  explanation: string;
  status: string;
  key_id: string | null;
  reason: Uint8Array | null;
  resolved_by: string | null;
  resolved_at: string | null;
  created_at: string;
}

export interface SnapshotsTable {
  id: string;
  name: string;
  published_at: string;
  data: string;
}

export interface Database {
  meta: MetaTable;
  records: RecordsTable;
  record_versions: RecordVersionsTable;
  record_tokens: RecordTokensTable;
  case_sequences: CaseSequencesTable;
  users: UsersTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  case_events: CaseEventsTable;
  case_notes: CaseNotesTable;
  partners: PartnersTable;
  referrals: ReferralsTable;
  duplicate_jobs: DuplicateJobsTable;
  duplicate_pairs: DuplicatePairsTable;
  snapshots: SnapshotsTable;
}
