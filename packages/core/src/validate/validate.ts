import type * as z from 'zod/mini';
import { type IncidentRecord, IncidentRecordSchema } from '../records/incident.js';
import { type IntakeRecord, IntakeRecordSchema } from '../records/intake.js';
import { isMinor } from '../records/rules.js';
import { ISSUE_CODES, type IssueCode, type ValidationIssue, type ValidationResult } from './issues.js';
import { messagesFor } from './messages/index.js';

export interface ValidateOptions {
  /** BCP 47 tag of the messages' language; unknown locales fall back to English. */
  locale?: string;
}

const knownCodes: ReadonlySet<string> = new Set(ISSUE_CODES);

/** zod issues carry our code as their message (see records/primitives.ts); a few built-in ones are mapped here. */
function codeOf(issue: z.core.$ZodIssue): IssueCode {
  if (knownCodes.has(issue.message)) return issue.message as IssueCode;
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string' ? 'too_long' : issue.origin === 'array' ? 'too_many' : 'too_big';
    case 'too_small':
      return issue.origin === 'number' ? 'too_small' : 'required';
    case 'invalid_value':
      return 'invalid_choice';
    default:
      return 'invalid_type';
  }
}

function format(template: string, params: Record<string, string | number> | undefined): string {
  return params
    ? template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole))
    : template;
}

function toIssues(issues: readonly z.core.$ZodIssue[], locale: string | undefined): ValidationIssue[] {
  const messages = messagesFor(locale);
  return issues.map((issue) => {
    const code = codeOf(issue);
    const params =
      issue.code === 'custom' ? (issue.params as Record<string, string | number> | undefined) : undefined;
    const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
    return params
      ? { path, code, message: format(messages[code], params), params }
      : { path, code, message: messages[code] };
  });
}

function validateWith<T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
  options: ValidateOptions,
): ValidationResult<T> {
  try {
    const result = schema.safeParse(input);
    if (result.success) return { ok: true, value: result.data };
    return { ok: false, issues: toIssues(result.error.issues, options.locale) };
  } catch {
    // A hostile input (a getter or proxy that throws) must not crash the caller: it is simply not a record.
    return {
      ok: false,
      issues: toIssues([{ code: 'custom', message: 'invalid_input', path: [], input }], options.locale),
    };
  }
}

/**
 * Validates an intake record. Never throws. On success, `value` is a clean copy: unknown keys removed, and
 * `childProtection` set when the person was under 18 at intake or at recruitment.
 */
export function validateIntake(
  input: unknown,
  options: ValidateOptions = {},
): ValidationResult<IntakeRecord> {
  const result = validateWith(IntakeRecordSchema, input, options);
  if (result.ok && isMinor(result.value)) result.value.childProtection = true;
  return result;
}

/** Validates an incident record. Never throws; on success `value` has unknown keys removed. */
export function validateIncident(
  input: unknown,
  options: ValidateOptions = {},
): ValidationResult<IncidentRecord> {
  return validateWith(IncidentRecordSchema, input, options);
}
