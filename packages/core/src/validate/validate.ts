import type * as z from 'zod/mini';
import { interpolate } from '../i18n/interpolate.js';
import { type IncidentRecord, IncidentRecordShape } from '../records/incident.js';
import { type IntakeRecord, IntakeRecordShape } from '../records/intake.js';
import { incidentRuleIssues, intakeRuleIssues, isMinor, type RuleIssue } from '../records/rules.js';
import {
  ISSUE_CODES,
  type IssueCode,
  type MessageCatalog,
  type ValidationIssue,
  type ValidationResult,
} from './issues.js';
import { messagesFor } from './messages/index.js';

/** How a validator reports issues: the messages' locale. */
export interface ValidateOptions {
  /** BCP 47 tag of the messages' language; unknown (or, in this entry, not yet loaded) locales fall back to English. */
  locale?: string;
}

/** Finds the message catalogue for a locale. */
export type MessageResolver = (locale: string | undefined) => MessageCatalog;

/** A validator: never throws, whatever `input` is. */
export type Validator<T> = (input: unknown, options?: ValidateOptions) => ValidationResult<T>;

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

function toIssues(issues: readonly RuleIssue[], messages: MessageCatalog): ValidationIssue[] {
  return issues.map(({ path, code, params }) =>
    params
      ? { path, code, message: interpolate(messages[code], params), params }
      : { path, code, message: messages[code] },
  );
}

function fromZod(issue: z.core.$ZodIssue): RuleIssue {
  const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
  return { path, code: codeOf(issue) };
}

/**
 * A validator from a zod parser of the record's fields (the runtime schema, or the same schema compiled by
 * `compileValidators`) and the record's cross-field rules, which run only once every field is valid on its own.
 * @internal
 */
export function validatorFor<T>(
  shape: z.ZodMiniType<T>,
  rules: (record: T) => RuleIssue[],
  finish?: (record: T) => void,
  resolveMessages: MessageResolver = messagesFor,
): Validator<T> {
  return (input, options = {}) => {
    let issues: RuleIssue[];
    try {
      const parsed = shape.safeParse(input);
      if (parsed.success) {
        issues = rules(parsed.data);
        if (issues.length === 0) {
          finish?.(parsed.data);
          return { ok: true, value: parsed.data };
        }
      } else {
        issues = parsed.error.issues.map(fromZod);
      }
    } catch {
      // A hostile input (a getter or proxy that throws) must not crash the caller: it is simply not a record.
      issues = [{ path: [], code: 'invalid_input' }];
    }
    return { ok: false, issues: toIssues(issues, resolveMessages(options.locale)) };
  };
}

/** Sets `childProtection` when the person was under 18 at intake or at recruitment. */
function flagMinor(record: IntakeRecord) {
  if (isMinor(record)) record.childProtection = true;
}

/** @internal */
export function intakeValidator(
  shape: z.ZodMiniType<IntakeRecord>,
  resolveMessages?: MessageResolver,
): Validator<IntakeRecord> {
  return validatorFor(shape, (record) => intakeRuleIssues(record), flagMinor, resolveMessages);
}

/** @internal */
export function incidentValidator(
  shape: z.ZodMiniType<IncidentRecord>,
  resolveMessages?: MessageResolver,
): Validator<IncidentRecord> {
  return validatorFor(shape, (record) => incidentRuleIssues(record), undefined, resolveMessages);
}

// Both built in `@__PURE__` calls: a bundle that uses one validator (a page with one form) drops the other and its
// record's schema.

/**
 * Validates an intake record. Never throws. Messages in English or in a locale loaded with `loadMessages`. On success, `value` is a clean copy: unknown keys removed, and
 * `childProtection` set when the person was under 18 at intake or at recruitment.
 */
export const validateIntake: Validator<IntakeRecord> = /* @__PURE__ */ intakeValidator(IntakeRecordShape);

/** Validates an incident record. Never throws; on success `value` has unknown keys removed. */
export const validateIncident: Validator<IncidentRecord> =
  /* @__PURE__ */ incidentValidator(IncidentRecordShape);
