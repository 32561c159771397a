/**
 * The staff API's shapes, as SERVER-PLAN.md describes the contract of @homeward/server. Written by hand until the
 * server's openapi.json is committed; then `paths` comes from the generated schema.d.ts (scripts/generate-staff-api)
 * and these names become aliases of its components, so the elements do not change.
 */
import type { IntakeRecord, ScreeningResult } from '@homeward/core';

export type StaffRole = 'admin' | 'registrar' | 'caseworker' | 'analyst' | 'partner';

export interface StaffUser {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  office: string;
  partner?: string;
}

export interface SessionInfo {
  user: StaffUser;
  csrfToken: string;
  expiresAt: string;
}

export type CaseStatus = IntakeRecord['status'];

export interface CaseFlags {
  minor: boolean;
  screeningMet: boolean;
  possibleDuplicate: boolean;
  retrafficked: boolean;
}

export interface CaseSummary {
  id: string;
  caseNumber: string;
  displayName: string;
  latinName?: string;
  status: CaseStatus;
  office: string;
  registrationDate: string;
  citizenship: string[];
  sex?: string;
  ageBand?: string;
  flags: CaseFlags;
  updatedAt: string;
}

export type CaseSort =
  | 'registrationDate'
  | '-registrationDate'
  | 'caseNumber'
  | '-caseNumber'
  | 'name'
  | '-name'
  | 'status'
  | '-status';

export interface CaseQuery {
  q?: string;
  caseNumber?: string;
  document?: string;
  status?: CaseStatus;
  office?: string;
  citizenship?: string;
  from?: string;
  to?: string;
  minor?: boolean;
  screeningMet?: boolean;
  duplicate?: boolean;
  sort?: CaseSort;
  cursor?: string;
  limit?: number;
}

export interface CasePage {
  items: CaseSummary[];
  nextCursor?: string;
  total: number;
}

export interface CaseEvent {
  at: string;
  type: string;
  by?: string;
  from?: CaseStatus;
  to?: CaseStatus;
  note?: string;
}

export interface CaseNote {
  id: string;
  at: string;
  by?: string;
  text: string;
}

export interface Referral {
  id: string;
  caseId?: string;
  caseNumber?: string;
  partner: string;
  service: string;
  note?: string;
  status?: string;
  at: string;
}

export interface DuplicateLink {
  id: string;
  otherCaseId: string;
  otherCaseNumber?: string;
  probability: number;
  status?: string;
}

export interface CaseDetail {
  id: string;
  caseNumber: string;
  status: CaseStatus;
  office: string;
  version: number | string;
  record: IntakeRecord;
  screening?: ScreeningResult;
  events: CaseEvent[];
  notes: CaseNote[];
  referrals: Referral[];
  duplicates: DuplicateLink[];
  allowedTransitions: CaseStatus[];
}

export interface Receipt {
  caseNumber: string;
  name: string;
  registrationDate: string;
  /** The person's language (BCP 47), for the receipt's second column. */
  language?: string;
  office: { id?: string; name: string; address?: string; phone?: string; email?: string; hours?: string };
  nextSteps: string[];
}

export interface Partner {
  id: string;
  name: string;
  services: string[];
}

export interface DuplicateCase {
  id: string;
  caseNumber: string;
  record: Partial<IntakeRecord> & Record<string, unknown>;
}

export interface DuplicatePairView {
  id: string;
  probability: number;
  explanation: string[];
  a: DuplicateCase;
  b: DuplicateCase;
  status?: string;
}

export interface MergeRequest {
  keep: 'a' | 'b';
  fields: Record<string, 'a' | 'b'>;
  reason: string;
}

export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  caseId?: string;
}

/** What the server answers with a 4xx: a reason, maybe the current state (412) or field issues (422). */
export interface ApiProblem {
  error?: string;
  message?: string;
  current?: CaseDetail;
  issues?: { path?: string; message: string }[];
  retryAfter?: number;
  lockedUntil?: string;
}
