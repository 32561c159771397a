/**
 * Core runs its cross-field rules (dates in order, consent to store, estimates in order) only on a record that is valid
 * field by field. A form asks one step at a time, so the person would hear of a date out of order only at the very end.
 * Here core's own rule functions run on the answers given so far, without the answers core already refused, so that
 * each step can say at once what core would say later. The rules and their wording are core's; only the timing is ours.
 */
import { interpolate, messagesFor, type ValidationIssue } from '@homeward/core/validate';
import { getAt, type RecordPath } from './paths.js';

interface RuleIssue {
  path: RecordPath;
  code: string;
  params?: Record<string, string | number>;
}

/** One of core's rule functions: `intakeRuleIssues` or `incidentRuleIssues`. */
// biome-ignore lint/suspicious/noExplicitAny: core types its rules for whole records; a partial one is passed here.
export type RuleCheck = (record: any) => RuleIssue[];

function without(record: Record<string, unknown>, paths: RecordPath[]): Record<string, unknown> {
  const copy = structuredClone(record);
  for (const path of paths) {
    if (path.length === 0) continue;
    const parent = getAt(copy, path.slice(0, -1));
    if (parent && typeof parent === 'object')
      delete (parent as Record<string | number, unknown>)[path.at(-1)!];
  }
  return copy;
}

/**
 * Core's cross-field issues on a record that still has field issues. A rule that cannot read the partial record yet
 * (a section missing) reports nothing rather than failing: its turn comes when the section is answered.
 */
export function partialRuleIssues(
  record: Record<string, unknown>,
  fieldIssues: readonly ValidationIssue[],
  rules: RuleCheck,
  locale: string,
  defaults: Record<string, unknown> = {},
): ValidationIssue[] {
  const messages = messagesFor(locale);
  let found: RuleIssue[];
  try {
    found = rules({
      ...defaults,
      ...without(
        record,
        fieldIssues.map((i) => i.path),
      ),
    });
  } catch {
    return [];
  }
  return found.flatMap((issue) => {
    const template = (messages as Record<string, string>)[issue.code];
    if (!template) return [];
    const out: ValidationIssue = {
      path: issue.path,
      code: issue.code as ValidationIssue['code'],
      message: interpolate(template, issue.params),
    };
    if (issue.params) out.params = issue.params;
    return [out];
  });
}
