import type { IssueCode } from '../records/issue-codes.js';

export { ISSUE_CODES, type IssueCode } from '../records/issue-codes.js';

export interface ValidationIssue {
  /** Where the issue is, as keys and array indexes from the record's root: `['person', 'phones', 1]`. */
  path: (string | number)[];
  code: IssueCode;
  /** Written for the person filling in the form, in the requested locale. */
  message: string;
  params?: Record<string, string | number>;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

export type MessageCatalog = Record<IssueCode, string>;
