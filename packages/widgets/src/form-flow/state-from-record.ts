/**
 * The answers of a record, as the form holds them: used to reopen a submission the server refused, or to edit a
 * record. The inverse of build-record.ts, for what a record can hold.
 */
import { type FieldDef, type FormDef, isGroup } from './field-def.js';
import { emptyState, type FlowState, newItemKey } from './flow-state.js';
import type { RawValue } from './parse-input.js';
import { fieldNameOf, getAt, splitKey } from './paths.js';

function toRaw(field: FieldDef, value: unknown): RawValue | undefined {
  const v = field.single && Array.isArray(value) ? value[0] : value;
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return [...v];
  return undefined;
}

export function stateFromRecord(def: FormDef, record: unknown): FlowState {
  const state = emptyState(def);
  for (const step of def.steps) {
    for (const item of step.items) {
      if (!isGroup(item)) {
        const raw = toRaw(item, getAt(record, splitKey(item.key)));
        if (raw !== undefined) state.values[item.key] = raw;
        continue;
      }
      const list = getAt(record, splitKey(item.group));
      if (!Array.isArray(list) || list.length === 0) continue;
      const keys = list.map(() => newItemKey());
      state.items[item.group] = keys;
      list.forEach((entry, index) => {
        for (const field of item.fields) {
          const rest = splitKey(field.key.slice(item.group.length + 3));
          const raw = toRaw(field, getAt(entry, rest));
          if (raw !== undefined) state.values[fieldNameOf(field.key, [keys[index]!])] = raw;
        }
      });
    }
  }
  return state;
}
