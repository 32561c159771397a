/**
 * The Store the routes and services use: plain data in, plain data out. Record bodies, notes and referral notes go
 * in and come out as objects and strings; the store seals them (AES-256-GCM) before they reach the database and keeps
 * only the clear columns below, none of which is a direct identifier. Name, document and phone look-ups go through
 * keyed hashes (blind index) the store computes itself: callers pass the values, never hashes.
 *
 * Stable contract: extend additively. Dates and timestamps are ISO 8601 strings (UTC for timestamps).
 */

export type RecordKind = 'intake' | 'incident';

export type Role = 'admin' | 'registrar' | 'caseworker' | 'analyst' | 'partner';

/** Uniform record keys for the cell key method are drawn from [0, RECORD_KEY_RANGE). */
export const RECORD_KEY_RANGE = 2 ** 31 - 1;

/** Columns kept in clear for filtering and counting: quasi-identifiers at most, never a name, number or phone. */
export interface ClearColumns {
  office: string;
  status: string;
  /** YYYY-MM-DD (the record's registration or report date). */
  registrationDate: string;
  /** ISO 3166-1 alpha-2 codes, first = primary. */
  citizenship: string[];
  /** ISO 3166-2 code of the exploitation province, if known. */
  province: string | null;
  ageBand: string | null;
  sex: string | null;
  minor: boolean;
  screeningMet: boolean;
  possibleDuplicate: boolean;
  retrafficked: boolean;
  /** Consent to research and statistics withdrawn: left out of statistics. Absent means false. */
  researchWithdrawn?: boolean;
  /** Incidents only: what incident statistics read (migration 0004). */
  incident?: IncidentColumns;
}

export interface StoredRecord<R = unknown> {
  id: string;
  kind: RecordKind;
  /** 1 on insert, +1 on every change of the body or status: the ETag. */
  version: number;
  record: R;
  clear: ClearColumns;
  caseNumber: string | null;
  /** Uniform random integer in [0, RECORD_KEY_RANGE), fixed at insert (cell key method). */
  recordKey: number;
  idempotencyKey: string | null;
  /** Hash of what the client sent, to tell a replay from a different record under the same key or id. */
  fingerprint: string;
  createdAt: string;
  updatedAt: string;
  /** Set when merged into another record (duplicate review): the record that was kept. */
  mergedInto: string | null;
}

export interface CaseNumberRequest {
  /** Sequence scope, e.g. the office prefix `PNH`. */
  scope: string;
  /** Two- or four-digit year; sequences restart per (scope, year). */
  year: number;
  /** Formats the allocated sequence (core's case-number format with its check digit). */
  format: (sequence: number) => string;
}

export interface InsertRecordInput<R = unknown> {
  kind: RecordKind;
  id: string;
  record: R;
  clear: ClearColumns;
  fingerprint: string;
  idempotencyKey?: string;
  /** Allocate a case number in the same transaction (only when the row is new: a replay keeps its number). */
  caseNumber?: CaseNumberRequest;
  /** Enqueue a duplicate check in the same transaction, so that a killed process never loses one. */
  enqueueDuplicateCheck?: boolean;
  /** Staff member who registered it, or null for public intake. */
  actorId?: string | null;
}

export type InsertRecordResult<R = unknown> =
  | { status: 'created'; record: StoredRecord<R> }
  /** Same key (or same id) with the same fingerprint: the earlier answer again. */
  | { status: 'replayed'; record: StoredRecord<R> }
  /** The idempotency key was used for a different submission. */
  | { status: 'key_conflict'; record: StoredRecord<R> }
  /** A different record with this id exists. */
  | { status: 'id_conflict'; record: StoredRecord<R> };

export interface UpdateRecordInput<R = unknown> {
  id: string;
  expectedVersion: number;
  record: R;
  clear: ClearColumns;
  actorId: string | null;
  /** Short reason kept with the version (never record contents), e.g. 'edit', 'merge'. */
  reason?: string;
}

export type UpdateResult<T> =
  | { status: 'updated'; record: T }
  | { status: 'conflict'; current: T }
  | { status: 'not_found' };

export interface RecordVersion<R = unknown> {
  version: number;
  record: R;
  clear: ClearColumns;
  changedAt: string;
  changedBy: string | null;
  reason: string | null;
}

export type RecordSort =
  | 'registrationDate'
  | '-registrationDate'
  | 'updatedAt'
  | '-updatedAt'
  | 'caseNumber'
  | '-caseNumber';

export interface RecordFilter {
  kind?: RecordKind;
  ids?: string[];
  caseNumber?: string;
  office?: string | string[];
  status?: string | string[];
  citizenship?: string;
  province?: string;
  ageBand?: string;
  sex?: string;
  /** Inclusive YYYY-MM-DD bounds on registrationDate. */
  from?: string;
  to?: string;
  minor?: boolean;
  screeningMet?: boolean;
  possibleDuplicate?: boolean;
  retrafficked?: boolean;
  /** Exact look-ups through the blind index (the store normalises and hashes). */
  name?: string;
  document?: string;
  phone?: string;
  /** Leave out records merged into another (default true). */
  excludeMerged?: boolean;
}

export interface Page<T> {
  items: T[];
  nextCursor?: string;
  total: number;
}

export interface ListOptions {
  cursor?: string;
  /** 1..500, default 50. */
  limit?: number;
}

export type TokenKind = 'name' | 'document' | 'phone';

export interface RecordsRepository {
  insert<R>(input: InsertRecordInput<R>): Promise<InsertRecordResult<R>>;
  get<R = unknown>(id: string): Promise<StoredRecord<R> | undefined>;
  getByCaseNumber<R = unknown>(caseNumber: string): Promise<StoredRecord<R> | undefined>;
  getByIdempotencyKey<R = unknown>(kind: RecordKind, key: string): Promise<StoredRecord<R> | undefined>;
  getMany<R = unknown>(ids: string[]): Promise<StoredRecord<R>[]>;
  update<R>(input: UpdateRecordInput<R>): Promise<UpdateResult<StoredRecord<R>>>;
  /** Flags the duplicate worker and merges set; does not change the version. */
  setFlags(
    id: string,
    flags: Partial<Pick<ClearColumns, 'possibleDuplicate' | 'retrafficked'>>,
  ): Promise<void>;
  markMerged(id: string, into: string): Promise<void>;
  list<R = unknown>(
    filter: RecordFilter,
    options?: ListOptions & { sort?: RecordSort },
  ): Promise<Page<StoredRecord<R>>>;
  /** Ids of records whose blind-index tokens match the value exactly (normalised first). */
  findByToken(kind: TokenKind, value: string): Promise<string[]>;
  /** Ids of other records sharing at least one blind-index token with this one: duplicate candidates. */
  candidates(id: string, limit?: number): Promise<string[]>;
  history<R = unknown>(id: string): Promise<RecordVersion<R>[]>;
  count(filter?: RecordFilter): Promise<number>;
}

export interface CaseEvent {
  id: string;
  caseId: string;
  type: 'status' | 'merge' | 'edit' | 'referral' | 'created';
  from: string | null;
  to: string | null;
  /** Sealed at rest. */
  note: string | null;
  actorId: string | null;
  at: string;
}

export interface CaseNote {
  id: string;
  caseId: string;
  /** Sealed at rest. */
  text: string;
  authorId: string | null;
  at: string;
}

export interface StatusChangeInput {
  id: string;
  expectedVersion: number;
  to: string;
  note?: string;
  actorId: string | null;
  /** The record body with its new status (the caller sets `status`); its clear columns follow. */
  record: unknown;
  clear: ClearColumns;
}

export interface CasesRepository {
  /** Next sequence for (scope, year), never repeated, also under concurrency and across processes. */
  nextSequence(scope: string, year: number): Promise<number>;
  /** Updates the body and status (version +1) and appends a status event, in one transaction. */
  changeStatus<R>(input: StatusChangeInput): Promise<UpdateResult<StoredRecord<R>>>;
  addEvent(event: Omit<CaseEvent, 'id' | 'at'> & { at?: string }): Promise<CaseEvent>;
  events(caseId: string): Promise<CaseEvent[]>;
  addNote(note: { caseId: string; text: string; authorId: string | null; at?: string }): Promise<CaseNote>;
  notes(caseId: string): Promise<CaseNote[]>;
}

export interface Partner {
  id: string;
  name: string;
  services: string[];
  contact: string | null;
  createdAt: string;
}

export interface PartnersRepository {
  create(partner: Omit<Partner, 'id' | 'createdAt'> & { id?: string }): Promise<Partner>;
  get(id: string): Promise<Partner | undefined>;
  getByName(name: string): Promise<Partner | undefined>;
  list(): Promise<Partner[]>;
}

export type ReferralStatus = 'sent' | 'accepted' | 'declined' | 'completed';

export interface Referral {
  id: string;
  caseId: string;
  partnerId: string;
  service: string;
  /** Sealed at rest. */
  note: string | null;
  status: ReferralStatus;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ReferralsRepository {
  create(input: {
    caseId: string;
    partnerId: string;
    service: string;
    note?: string | null;
    createdBy: string | null;
  }): Promise<Referral>;
  get(id: string): Promise<Referral | undefined>;
  setStatus(id: string, status: ReferralStatus): Promise<Referral | undefined>;
  listForCase(caseId: string): Promise<Referral[]>;
  list(
    filter?: { partnerId?: string; status?: ReferralStatus },
    options?: ListOptions,
  ): Promise<Page<Referral>>;
}

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  office: string | null;
  partnerId: string | null;
  /** argon2id PHC string; never a password. */
  passwordHash: string;
  failedLogins: number;
  lockedUntil: string | null;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface UsersRepository {
  create(input: {
    email: string;
    name: string;
    role: Role;
    office?: string | null;
    partnerId?: string | null;
    passwordHash: string;
  }): Promise<User>;
  get(id: string): Promise<User | undefined>;
  /** Case-insensitive. */
  getByEmail(email: string): Promise<User | undefined>;
  list(): Promise<User[]>;
  count(role?: Role): Promise<number>;
  /** Increments failed logins and sets lockedUntil when given; returns the new count. */
  recordFailedLogin(id: string, lockUntil?: string | null): Promise<number>;
  /** Clears failed logins and any lock (after a good login or by an admin). */
  resetFailedLogins(id: string): Promise<void>;
  setPasswordHash(id: string, passwordHash: string): Promise<void>;
  setDisabled(id: string, disabled: boolean): Promise<void>;
}

export interface Session {
  /** SHA-256 of the session id the cookie carries; the id itself is never stored. */
  idHash: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
  revokedAt: string | null;
  ip: string | null;
}

export interface SessionsRepository {
  create(session: Omit<Session, 'revokedAt' | 'lastSeenAt'> & { lastSeenAt?: string }): Promise<Session>;
  get(idHash: string): Promise<Session | undefined>;
  touch(idHash: string, lastSeenAt: string, expiresAt?: string): Promise<void>;
  revoke(idHash: string): Promise<void>;
  revokeAllForUser(userId: string): Promise<number>;
  /** Deletes sessions expired or revoked before `before`; returns how many. */
  deleteExpired(before: string): Promise<number>;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorId: string | null;
  actorRole: string | null;
  /** e.g. 'record.read', 'record.update', 'export.csv', 'login.success', 'login.failure'. */
  action: string;
  targetType: string | null;
  targetId: string | null;
  /** Client address. */
  ip: string | null;
  /** Small non-identifying details (counts, profile, outcome): never record contents. */
  detail: Record<string, string | number | boolean | null> | null;
}

export interface AuditRepository {
  append(entry: Omit<AuditEntry, 'id' | 'at'> & { at?: string }): Promise<AuditEntry>;
  /** Newest first. */
  list(
    filter?: { actorId?: string; action?: string; targetId?: string; from?: string; to?: string },
    options?: ListOptions,
  ): Promise<Page<AuditEntry>>;
}

export interface DuplicateJob {
  id: string;
  recordId: string;
  attempts: number;
  lastError: string | null;
}

export interface DuplicateJobsRepository {
  enqueue(recordId: string): Promise<void>;
  /** Claims up to `limit` due jobs for `leaseMs`; a crashed worker's lease runs out and the job returns. */
  claim(options: { workerId: string; leaseMs: number; limit?: number }): Promise<DuplicateJob[]>;
  complete(jobId: string): Promise<void>;
  /** Back to the queue after `retryAfterMs`, or dead after too many attempts. */
  fail(jobId: string, error: string, retryAfterMs: number): Promise<void>;
  /** Jobs waiting or leased (not completed, not dead). */
  pending(): Promise<number>;
}

export type DuplicatePairStatus = 'open' | 'merged' | 'dismissed';

export interface DuplicatePair {
  id: string;
  /** Ordered so that aId < bId: one pair per two records. */
  aId: string;
  bId: string;
  probability: number;
  /** Comparison levels and weights per field (never the values compared). */
  explanation: unknown;
  status: DuplicatePairStatus;
  /** Sealed at rest. */
  reason: string | null;
  resolvedBy: string | null;
  resolvedAt: string | null;
  createdAt: string;
}

export interface DuplicatePairsRepository {
  /** Inserts the pair, or refreshes probability and explanation of an open one; never reopens a resolved one. */
  upsert(input: {
    aId: string;
    bId: string;
    probability: number;
    explanation: unknown;
  }): Promise<DuplicatePair>;
  get(id: string): Promise<DuplicatePair | undefined>;
  list(
    filter?: { status?: DuplicatePairStatus; recordId?: string },
    options?: ListOptions,
  ): Promise<Page<DuplicatePair>>;
  resolve(
    id: string,
    input: { status: 'merged' | 'dismissed'; reason: string; actorId: string | null },
  ): Promise<DuplicatePair | undefined>;
}

export type StatColumn =
  | 'office'
  | 'status'
  | 'registrationDate'
  | 'registrationMonth'
  | 'registrationYear'
  | 'citizenship'
  | 'province'
  | 'ageBand'
  | 'sex'
  | 'minor'
  | 'screeningMet'
  | 'possibleDuplicate'
  | 'retrafficked';

export interface StatGroup {
  /** One value per grouped column (null when unknown); booleans as 'true'/'false'. */
  key: Partial<Record<StatColumn, string | null>>;
  count: number;
  /** SUM(record_key) over the group (cell key method). */
  recordKeySum: number;
}

export interface StatisticsRepository {
  /** GROUP BY in the database over the clear columns; merged records are left out. Bounded by `maxGroups`. */
  counts(query: {
    kind: RecordKind;
    groupBy: StatColumn[];
    filter?: Omit<RecordFilter, 'name' | 'document' | 'phone' | 'ids' | 'kind'>;
    maxGroups?: number;
  }): Promise<StatGroup[]>;
  /**
   * The rows public statistics are computed from, counted in SQL: intake records that are not merged into another,
   * grouped by every column a public table reads, each group with its count and the sum of its records' cell key
   * method keys (`record_key % 65536`). No record body is read. Records registered after `upTo` (the snapshot
   * date, `YYYY-MM-DD`) are left out: a month's group cannot be cut at a day.
   */
  publicationGroups(kind: 'intake', upTo: string): Promise<PublicationGroup[]>;
  /**
   * The rows public series are computed from: unmerged records of a kind grouped by registration date and research
   * consent only, with their counts and key sums (a series reads nothing else, so a case's status or a corrected
   * value never re-draws a day).
   */
  publicationDays(kind: 'intake'): Promise<PublicationDay[]>;
  /**
   * The rows public incident count tables are computed from: incidents that started on or before `upTo` grouped by
   * start month and the incident statistics columns (type, date precision, country, province, outcomes), with
   * their counts and key sums. Read from clear columns (migration 0004), never the sealed bodies.
   */
  incidentGroups(upTo: string): Promise<IncidentPublicationGroup[]>;
  /**
   * The rows public incident series are computed from: incidents grouped by start date and the three estimates of
   * the people affected (so a series can add them up exactly), with their counts and key sums.
   */
  incidentDays(): Promise<IncidentPublicationDay[]>;
}

/** What incident statistics read about an incident, kept in clear columns (migration 0004): no free text. */
export interface IncidentColumns {
  type: string;
  /** `dates.start`, `YYYY-MM-DD`. */
  start: string;
  precision: string;
  country: string;
  /** Distinct outcomes, sorted. */
  outcomes: string[];
  peopleMin: number;
  peopleBest: number;
  peopleMax: number;
}

/** One row of `incidentGroups`: incidents of one start month alike in every incident statistics column. */
export interface IncidentPublicationGroup {
  /** `YYYY-MM`. */
  month: string;
  type: string;
  precision: string;
  country: string;
  province: string | null;
  outcomes: string[];
  count: number;
  /** Σ (record_key mod 2^16) over the group (not reduced). */
  keySum: number;
}

/** One row of `incidentDays`. */
export interface IncidentPublicationDay {
  start: string;
  peopleMin: number;
  peopleBest: number;
  peopleMax: number;
  count: number;
  /** Σ (record_key mod 2^16) over the group (not reduced). */
  keySum: number;
}

/** One row of `publicationDays`. */
export interface PublicationDay {
  registrationDate: string;
  researchWithdrawn: boolean;
  count: number;
  /** Σ (record_key mod 2^16) over the group (not reduced). */
  keySum: number;
}

/**
 * One row of `publicationGroups`: records of one registration month alike in every public statistics column (count
 * tables are binned by month, so the day is not read: fewer groups, and a date moved within its month changes
 * nothing).
 */
export interface PublicationGroup {
  /** `YYYY-MM`. */
  month: string;
  office: string;
  status: string;
  /** The `minor` column: flagged for child protection (under 18 at intake or at recruitment). */
  minor: boolean;
  sex: string | null;
  ageBand: string | null;
  citizenship: string[];
  province: string | null;
  researchWithdrawn: boolean;
  count: number;
  /** Σ (record_key mod 2^16) over the group (not reduced). */
  keySum: number;
}

export interface Snapshot {
  id: string;
  name: string;
  publishedAt: string;
  data: unknown;
}

export interface SnapshotsRepository {
  publish(input: { name: string; data: unknown; publishedAt?: string }): Promise<Snapshot>;
  latest(name: string): Promise<Snapshot | undefined>;
  list(name?: string, limit?: number): Promise<Omit<Snapshot, 'data'>[]>;
}

export interface StoreRepositories {
  records: RecordsRepository;
  cases: CasesRepository;
  partners: PartnersRepository;
  referrals: ReferralsRepository;
  users: UsersRepository;
  sessions: SessionsRepository;
  audit: AuditRepository;
  duplicateJobs: DuplicateJobsRepository;
  duplicatePairs: DuplicatePairsRepository;
  statistics: StatisticsRepository;
  snapshots: SnapshotsRepository;
}

export interface Store extends StoreRepositories {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs `work` in one database transaction; the repositories it receives are bound to it. */
  transaction<T>(work: (tx: StoreRepositories) => Promise<T>): Promise<T>;
  /** Cheap query proving the database answers (readiness). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** SQLite: folder holding homeward.db (and the key file when no key is given). Ignored with databaseUrl. */
  dataDir: string;
  /** postgres://… selects PostgreSQL. */
  databaseUrl?: string;
  /** 32-byte master key (HOMEWARD_DATA_KEY). When absent, read or create `keyFile`. */
  dataKey?: Uint8Array;
  /** Key file path; default `<dataDir>/homeward.key`, created with mode 0600 on first run. */
  keyFile?: string;
  /** Run pending migrations on open (default true). */
  migrate?: boolean;
  /** SQLite synchronous mode (default 'NORMAL': survives a killed process). */
  sqliteSynchronous?: 'NORMAL' | 'FULL';
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
  /**
   * Open to serve, named for the lock (e.g. 'serve', 'pnpm start'): the store holds the data folder's lock
   * (`homeward.lock`) and, on PostgreSQL, a shared advisory lock on the database, until it closes; rotate-key and
   * copy-to-postgres refuse meanwhile, and so does a second store opened to serve the same folder.
   */
  lock?: string;
}

/** Refused to open: wrong key, unreadable key file, newer schema than this code. The message names the fix. */
export class StoreOpenError extends Error {
  constructor(
    message: string,
    readonly code: 'wrong_key' | 'bad_key' | 'schema_too_new' | 'unreachable',
  ) {
    super(message);
    this.name = 'StoreOpenError';
  }
}

export type OpenStore = (options: StoreOptions) => Promise<Store>;
