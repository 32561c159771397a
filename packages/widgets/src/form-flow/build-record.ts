/**
 * Builds the candidate record from a person's answers, for core's validator to judge. Nothing is judged here: answers
 * that cannot be read pass through as typed, hidden fields and empty repeated items are left out, and optional sections
 * with nothing in them are dropped (core's schema says which sections are optional).
 */
import { type FieldDef, type FormDef, isGroup } from './field-def.js';
import type { FlowState } from './flow-state.js';
import { isEmpty, parseInput } from './parse-input.js';
import { fieldNameOf, type RecordPath, setAt, splitKey } from './paths.js';
import { pruneEmpty } from './schema-shape.js';

export interface BuiltRecord {
  record: Record<string, unknown>;
  /** For each repeated group, the item key at each index of the record's list (empty items are not in the list). */
  itemsAt: Record<string, string[]>;
}

/** The answer a field holds, read as the record would hold it (used by `when` conditions and the summary). */
export function answerOf(state: FlowState, field: FieldDef, name = field.key): unknown {
  return parseInput(field.kind, state.values[name]);
}

function answerReader(def: FormDef, state: FlowState): (key: string) => unknown {
  const byKey = new Map<string, FieldDef>();
  for (const step of def.steps) for (const item of step.items) if (!isGroup(item)) byKey.set(item.key, item);
  return (key) => {
    const field = byKey.get(key);
    return field ? answerOf(state, field) : undefined;
  };
}

/** Whether a field is shown, given the other answers. */
export function isShown(def: FormDef, state: FlowState, field: FieldDef): boolean {
  return field.when ? field.when(answerReader(def, state)) : true;
}

function place(record: Record<string, unknown>, path: RecordPath, field: FieldDef, value: unknown) {
  if (value === undefined) return;
  setAt(record, path, field.single ? [value] : value);
}

export function buildRecord(
  def: FormDef,
  state: FlowState,
  base: Record<string, unknown>,
  schema: unknown,
): BuiltRecord {
  const record: Record<string, unknown> = structuredClone(base);
  const itemsAt: Record<string, string[]> = {};
  for (const step of def.steps) {
    for (const item of step.items) {
      if (!isGroup(item)) {
        if (isShown(def, state, item)) place(record, splitKey(item.key), item, answerOf(state, item));
        continue;
      }
      const prefix = splitKey(item.group);
      const filled = (state.items[item.group] ?? []).filter((key) =>
        item.fields.some((f) => !isEmpty(state.values[fieldNameOf(f.key, [key])])),
      );
      itemsAt[item.group] = filled;
      filled.forEach((key, index) => {
        for (const field of item.fields) {
          // `documents[].type` → `type`, placed at `documents.<index>.type`.
          const rest = splitKey(field.key.slice(item.group.length + 3));
          place(
            record,
            [...prefix, index, ...rest],
            field,
            answerOf(state, field, fieldNameOf(field.key, [key])),
          );
        }
      });
    }
  }
  def.finish?.(record);
  return { record: (pruneEmpty(record, schema) ?? {}) as Record<string, unknown>, itemsAt };
}
