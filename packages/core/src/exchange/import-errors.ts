/**
 * What an import reports. Codes are stable (a UI can translate them); `message` is in English, or in the requested
 * locale for validation issues (from the validator's message catalogues).
 */
import type { IssueCode } from '../validate/issues.js';

/** Why a file (or a line) could not be read at all: it is empty, malformed CSV, or not JSON. */
export type FormatErrorCode =
  | 'empty_file'
  | 'unclosed_quote'
  | 'invalid_quotes'
  | 'too_few_fields'
  | 'too_many_fields'
  | 'invalid_encoding'
  | 'invalid_json'
  | 'line_too_long'
  | 'invalid_row';

/**
 * Why an imported file's columns deserve a look: unknown, repeated or missing columns, or ids generated for rows
 * without one.
 */
export type ColumnWarningCode = 'unknown_column' | 'duplicate_column' | 'missing_column' | 'generated_ids';

/** A row or line an import refused, where it is in the file and why (a format error or the validation issues). */
export interface ImportError {
  /** 1-based line of the file where the row (or JSON line) starts. */
  line: number;
  /** The file's header of the column at fault, when one is. */
  column?: string;
  code: FormatErrorCode | IssueCode;
  message: string;
}

/** Something an import noticed that did not stop it (an unknown or missing column), where it is in the file. */
export interface ImportWarning {
  line: number;
  column?: string;
  code: ColumnWarningCode;
  message: string;
}

export const FORMAT_MESSAGES: Record<FormatErrorCode, string> = {
  empty_file: 'The file has no header row.',
  unclosed_quote:
    'A quoted value that starts in this row is never closed: the rest of the file was read as one value and not imported.',
  invalid_quotes:
    'A quote in this row is misplaced (a quoted value must be followed by a comma or a line break).',
  too_few_fields: 'This row has fewer values than the header has columns.',
  too_many_fields: 'This row has more values than the header has columns.',
  invalid_encoding:
    'This row holds bytes that are not valid text in UTF-8 (save the file as UTF-8 and try again).',
  invalid_json: 'This line is not valid JSON.',
  line_too_long: 'This line is longer than the longest accepted and was skipped.',
  invalid_row: 'This row could not be read.',
};
