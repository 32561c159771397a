import { caseNumberPrefix, formatCaseNumber } from '@homeward/core';
import type { ApiConfig } from '../app-config.js';
import type { CaseNumberRequest } from '../store/types.js';

/** What the store needs to allocate a case number for a record of this office registered on this date. */
export function caseNumberRequest(
  office: string,
  registrationDate: string,
  config: ApiConfig,
): CaseNumberRequest {
  const prefix = config.officePrefixes[office] ?? caseNumberPrefix(office);
  const year = Number(registrationDate.slice(2, 4));
  return { scope: prefix, year, format: (sequence) => formatCaseNumber({ prefix, year, sequence }) };
}
