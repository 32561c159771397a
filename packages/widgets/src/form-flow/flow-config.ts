/**
 * A deployment's choices: which optional fields and sections it asks, which it leaves out, which it requires on top of
 * the schema. Tokens are catalogue keys (`person.languages`), section prefixes (`recruitment`) or step ids (`indicators`).
 * Only what the schema lets out can be skipped: a required field is always asked.
 */
import {
  type FieldDef,
  type FormDef,
  type GroupDef,
  isGroup,
  type StepDef,
  type StepItem,
} from './field-def.js';
import { choiceValues, fieldShape } from './schema-shape.js';

export interface FlowConfig {
  ask: ReadonlySet<string>;
  skip: ReadonlySet<string>;
  require: ReadonlySet<string>;
}

/** Space- or comma-separated tokens of an attribute, as a set. */
export function tokenSet(value: string | readonly string[] | null | undefined): Set<string> {
  if (!value) return new Set();
  const list = typeof value === 'string' ? value.split(/[\s,]+/) : value;
  return new Set(list.map((t) => t.trim()).filter(Boolean));
}

function keyOf(item: StepItem): string {
  return isGroup(item) ? item.group : item.key;
}

/** Whether a token names this key: the key itself, a section holding it, or the step asking it. */
function names(tokens: ReadonlySet<string>, key: string, stepId: string): boolean {
  if (tokens.has(stepId)) return true;
  for (const token of tokens) {
    if (key === token || key.startsWith(`${token}.`) || key.startsWith(`${token}[]`)) return true;
  }
  return false;
}

function asked(item: StepItem, stepId: string, config: FlowConfig, schema: unknown): boolean {
  const key = keyOf(item);
  const shape = fieldShape(schema, isGroup(item) ? `${key}[]` : key);
  const skippable = shape?.skippable ?? true;
  if (skippable && names(config.skip, key, stepId) && !names(config.require, key, '')) return false;
  if ((item.asked ?? 'default') === 'default') return true;
  return names(config.ask, key, stepId) || names(config.require, key, '');
}

/** A field with its vocabulary's values from core's schema: what the validator accepts is what the form offers. */
function withChoices(field: FieldDef, schema: unknown): FieldDef {
  const options = field.options;
  if (!options || !('vocabulary' in options)) return field;
  return { ...field, options: { ...options, values: choiceValues(schema, field.key) } };
}

function resolveGroup(group: GroupDef, stepId: string, config: FlowConfig, schema: unknown): GroupDef {
  const fields = group.fields.filter((f) => asked(f, stepId, config, schema));
  return { ...group, fields: fields.map((f) => withChoices(f, schema)) };
}

/**
 * The form as this deployment asks it: steps with only the fields asked; a step left with nothing to ask is dropped
 * (the check-answers step, which asks nothing, always stays).
 */
export function resolveForm(def: FormDef, config: FlowConfig, schema: unknown): FormDef {
  const steps: StepDef[] = [];
  for (const step of def.steps) {
    const items = step.items
      .filter((item) => asked(item, step.id, config, schema))
      .map((item) =>
        isGroup(item) ? resolveGroup(item, step.id, config, schema) : withChoices(item, schema),
      )
      .filter((item) => !isGroup(item) || item.fields.length > 0);
    if (items.length > 0 || step.items.length === 0) steps.push({ ...step, items });
  }
  return { ...def, steps };
}
