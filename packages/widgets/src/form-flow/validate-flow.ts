/**
 * Validates a person's answers with core's validator, and places each issue on the field that shows it. Fields a
 * deployment requires on top of the schema report core's own `required` message: no rule or wording is made up here.
 */
import { messagesFor, type ValidationIssue, type Validator } from '@homeward/core/validate';
import { buildRecord, isShown } from './build-record.js';
import { type FormDef, isGroup } from './field-def.js';
import type { FlowConfig } from './flow-config.js';
import { type FlowState, fieldNames } from './flow-state.js';
import { type IssueMap, type PlacedIssue, placeIssues, slotsOf } from './issue-map.js';
import { isEmpty } from './parse-input.js';
import { partialRuleIssues, type RuleCheck } from './partial-rules.js';
import { fieldNameOf } from './paths.js';

export type { Validator };

export interface FlowValidation<T> {
  /** The validated record, when every answer is acceptable. */
  value?: T;
  issues: IssueMap;
}

function extraRequired(
  def: FormDef,
  state: FlowState,
  config: FlowConfig,
  itemsAt: Record<string, string[]>,
  locale: string,
): { name: string; step: string; issue: ValidationIssue }[] {
  const out: { name: string; step: string; issue: ValidationIssue }[] = [];
  const message = messagesFor(locale).required;
  for (const step of def.steps) {
    for (const item of step.items) {
      if (isGroup(item)) {
        // Required inside a repeated item: in every item the person started (empty ones are not submitted).
        for (const field of item.fields.filter((f) => config.require.has(f.key))) {
          for (const key of itemsAt[item.group] ?? []) {
            const name = fieldNameOf(field.key, [key]);
            if (isEmpty(state.values[name])) {
              out.push({ name, step: step.id, issue: { path: name.split('.'), code: 'required', message } });
            }
          }
        }
      } else if (config.require.has(item.key) && isShown(def, state, item)) {
        const [name] = fieldNames(item, state);
        if (name && isEmpty(state.values[name])) {
          out.push({ name, step: step.id, issue: { path: name.split('.'), code: 'required', message } });
        }
      }
    }
  }
  return out;
}

export function validateFlow<T>(
  def: FormDef,
  state: FlowState,
  options: {
    base: Record<string, unknown>;
    schema: unknown;
    validate: Validator<T>;
    locale: string;
    config: FlowConfig;
    /** Core's cross-field rules, run on the answers so far (see partial-rules.ts). */
    rules?: RuleCheck;
    /** What the rules need to read a partial record (`sources: []`). */
    ruleDefaults?: Record<string, unknown>;
  },
): FlowValidation<T> {
  const { record, itemsAt } = buildRecord(def, state, options.base, options.schema);
  const result = options.validate(record, { locale: options.locale });
  let found: ValidationIssue[] = result.ok ? [] : result.issues;
  if (!result.ok && options.rules) {
    const seen = new Set(found.map((i) => `${i.path.join('.')}|${i.code}`));
    const early = partialRuleIssues(record, found, options.rules, options.locale, options.ruleDefaults);
    found = [...found, ...early.filter((i) => !seen.has(`${i.path.join('.')}|${i.code}`))];
  }
  const issues = placeIssues(found, def, state, itemsAt);
  for (const extra of extraRequired(def, state, options.config, itemsAt, options.locale)) {
    if (!issues.byName.has(extra.name)) issues.byName.set(extra.name, extra);
  }
  const clean = result.ok && issues.byName.size === 0 && issues.unplaced.length === 0;
  return clean ? { value: result.value, issues } : { issues };
}

/** The issues of one step, in the order its fields are asked. */
export function issuesOfStep(
  def: FormDef,
  state: FlowState,
  issues: IssueMap,
  stepId: string,
): PlacedIssue[] {
  const order = slotsOf(def, state).map((s) => s.name);
  return [...issues.byName.values()]
    .filter((p) => p.step === stepId)
    .sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
}
