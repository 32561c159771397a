/**
 * The staff API's shapes, taken from the types openapi-typescript generates from the server's openapi.json
 * (schema.d.ts, `pnpm --filter @homeward/widgets run staff-api`). Where the document says only "an object" (the
 * record, events, notes, referrals and duplicate links inside a case), the shape is refined here from the server's
 * store types, so the elements read named fields; everything else is the generated type, unchanged.
 */
import type { FieldComparison, IntakeRecord, MatchBand, ScreeningResult } from '@homeward/core';
import type { paths } from './schema.js';

/** The JSON body of a response or request body in openapi-typescript's shape. */
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Ok<T> = T extends { responses: { 200: infer R } } ? Json<R> : never;

export type SessionInfo = Ok<paths['/api/session']['get']>;
export type StaffUser = SessionInfo['user'];
export type StaffRole = StaffUser['role'];

/** Core's case statuses; the API carries them as strings. */
export type CaseStatus = IntakeRecord['status'];

export type CasePage = Ok<paths['/api/cases']['get']>;
export type CaseSummary = CasePage['items'][number];
export type CaseFlags = CaseSummary['flags'];
export type CaseQuery = NonNullable<paths['/api/cases']['get']['parameters']['query']>;
export type CaseSort = NonNullable<CaseQuery['sort']>;

/** A status change, an edit, a merge, a referral or the registration itself (server `CaseEvent`). */
export interface CaseEvent {
  id: string;
  caseId: string;
  type: 'status' | 'merge' | 'edit' | 'referral' | 'created';
  from: string | null;
  to: string | null;
  note: string | null;
  actorId: string | null;
  at: string;
}

export interface CaseNote {
  id: string;
  caseId: string;
  text: string;
  authorId: string | null;
  at: string;
}

type GeneratedReferral = NonNullable<Ok<paths['/api/referrals']['get']>['items']>[number];
export type ReferralStatus = NonNullable<GeneratedReferral['status']>;
export type Referral = Required<Omit<GeneratedReferral, 'note'>> & { note: string | null };

/** A likely-duplicate link of a case (server `DuplicatePair`, without the sealed reason). */
export interface DuplicateLink {
  id: string;
  aId: string;
  bId: string;
  probability: number;
  explanation: DuplicateExplanation;
  status: 'open' | 'merged' | 'dismissed';
  resolvedAt: string | null;
  createdAt: string;
}

type GeneratedCase = Ok<paths['/api/cases/{id}']['get']>;
export type CaseDetail = Omit<
  GeneratedCase,
  'record' | 'screening' | 'events' | 'notes' | 'referrals' | 'duplicates'
> & {
  record: IntakeRecord;
  screening?: ScreeningResult;
  events: CaseEvent[];
  notes: CaseNote[];
  referrals: Referral[];
  duplicates: DuplicateLink[];
};

export type Receipt = Ok<paths['/api/cases/{id}/receipt']['get']>;

type GeneratedPartner = NonNullable<Ok<paths['/api/partners']['get']>['items']>[number];
export type Partner = Required<GeneratedPartner>;

/**
 * Why two registrations may be one person: core's `scoreCandidates` result as the server's duplicate worker stores it
 * (the document says only "an object"): band, weight in bits, the deciding `field_level` keys strongest first, and
 * every field's comparison level and weight (never the values compared).
 */
export interface DuplicateExplanation {
  band: MatchBand;
  weight: number;
  reasons: string[];
  comparisons: FieldComparison[];
}

type GeneratedPair = NonNullable<Ok<paths['/api/duplicates']['get']>['items']>[number];
export type DuplicatePairView = Required<Omit<GeneratedPair, 'explanation' | 'resolvedAt'>> & {
  explanation: DuplicateExplanation;
  resolvedAt?: string | null;
};
export type MergeRequest = Json<paths['/api/duplicates/{id}/merge']['post']['requestBody']>;

/** An audit log line (server `AuditEntry`): who did what to which record, never contents. */
export interface AuditEntry {
  id: string;
  at: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  detail: Record<string, string | number | boolean | null> | null;
}

export type ApiIssue = Json<paths['/api/cases']['get']['responses'][400]>['issues'][number];

/** What the server answers with a 4xx: its issues (reasons), and on a 412 the case as it is now. */
export interface ApiProblem {
  issues?: ApiIssue[];
  current?: CaseDetail;
}

/** The first reason the server gave, if any. */
export function problemMessage(problem: unknown): string | undefined {
  const issues = (problem as ApiProblem | undefined)?.issues;
  return Array.isArray(issues) ? issues[0]?.message : undefined;
}
