/**
 * The staff operations in openapi-typescript's `paths` shape, for openapi-fetch. Hand-written from the contract in
 * SERVER-PLAN.md while the server's openapi.json does not exist; once it does, this file re-exports the generated
 * `paths` from schema.d.ts (`pnpm --filter @homeward/widgets run staff-api`) and nothing else changes.
 */
import type {
  ApiProblem,
  AuditEntry,
  CaseDetail,
  CasePage,
  CaseQuery,
  CaseStatus,
  DuplicatePairView,
  MergeRequest,
  Partner,
  Receipt,
  Referral,
  SessionInfo,
} from './contract.js';

type Json<T> = { content: { 'application/json': T } };
type Problem = Json<ApiProblem>;
type NoBody = { content?: never };
type IdPath = { path: { id: string } };
type IfMatch = { 'if-match': string };

export interface paths {
  '/api/session': {
    get: { responses: { 200: Json<SessionInfo>; 401: Problem } };
    post: {
      requestBody: Json<{ email: string; password: string }>;
      responses: { 200: Json<SessionInfo>; 401: Problem; 423: Problem; 429: Problem };
    };
    delete: { responses: { 204: NoBody } };
  };
  '/api/cases': {
    get: {
      parameters: { query?: CaseQuery };
      responses: { 200: Json<CasePage>; 400: Problem; 401: Problem };
    };
  };
  '/api/cases/{id}': {
    get: {
      parameters: IdPath;
      responses: { 200: Json<CaseDetail>; 401: Problem; 403: Problem; 404: Problem };
    };
    put: {
      parameters: IdPath & { header: IfMatch };
      requestBody: Json<{ record: unknown }>;
      responses: { 200: Json<CaseDetail>; 400: Problem; 401: Problem; 412: Problem };
    };
  };
  '/api/cases/{id}/status': {
    post: {
      parameters: IdPath & { header: IfMatch };
      requestBody: Json<{ to: CaseStatus; note?: string }>;
      responses: { 200: Json<CaseDetail>; 401: Problem; 409: Problem; 412: Problem };
    };
  };
  '/api/cases/{id}/notes': {
    post: {
      parameters: IdPath;
      requestBody: Json<{ text: string }>;
      responses: { 201: Json<unknown>; 401: Problem };
    };
  };
  '/api/cases/{id}/referrals': {
    post: {
      parameters: IdPath;
      requestBody: Json<{ partner: string; service: string; note?: string }>;
      responses: { 201: Json<Referral>; 401: Problem; 422: Problem };
    };
  };
  '/api/cases/{id}/receipt': {
    get: { parameters: IdPath; responses: { 200: Json<Receipt>; 401: Problem; 404: Problem } };
  };
  '/api/partners': { get: { responses: { 200: Json<Partner[]>; 401: Problem } } };
  '/api/referrals': { get: { responses: { 200: Json<Referral[] | { items: Referral[] }>; 401: Problem } } };
  '/api/duplicates': {
    get: {
      parameters: { query?: { status?: string } };
      responses: { 200: Json<DuplicatePairView[] | { items: DuplicatePairView[] }>; 401: Problem };
    };
  };
  '/api/duplicates/{id}/merge': {
    post: {
      parameters: IdPath;
      requestBody: Json<MergeRequest>;
      responses: { 200: Json<unknown>; 401: Problem };
    };
  };
  '/api/duplicates/{id}/dismiss': {
    post: {
      parameters: IdPath;
      requestBody: Json<{ reason: string }>;
      responses: { 200: Json<unknown>; 401: Problem };
    };
  };
  '/api/audit': {
    get: {
      parameters: { query?: { caseId?: string } };
      responses: { 200: Json<AuditEntry[] | { items: AuditEntry[] }>; 401: Problem; 403: Problem };
    };
  };
}
