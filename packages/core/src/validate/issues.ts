import type { IssueCode } from '../records/issue-codes.js';

export { ISSUE_CODES, type IssueCode } from '../records/issue-codes.js';

/** One problem found in a record: where (its path), its code and its message in the locale asked for. */
export interface ValidationIssue {
  /** Where the issue is, as keys and array indexes from the record's root: `['person', 'phones', 1]`. */
  path: (string | number)[];
  code: IssueCode;
  /** Written for the person filling in the form, in the requested locale. */
  message: string;
  params?: Record<string, string | number>;
}

/** What a validator returns (it never throws): the parsed value, or the issues. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** A message for every issue code, in one locale. */
export type MessageCatalog = Record<IssueCode, string>;
