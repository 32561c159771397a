/**
 * What a person has answered so far, exactly as typed: answers by field name, and the item keys of each repeated group.
 * This is what a draft stores; a record is built from it only to validate or submit.
 */

import { type FieldDef, type FormDef, type GroupDef, isGroup } from './field-def.js';
import type { RawValue } from './parse-input.js';
import { fieldNameOf } from './paths.js';

export interface FlowState {
  /** Answers by field name (`person.fullName`, `documents.k3.type`). */
  values: Record<string, RawValue>;
  /** Item keys of each repeated group, in order (`{ documents: ['k3', 'k7'] }`). */
  items: Record<string, string[]>;
}

/** A short random item key; letters first, so that it can never be mistaken for an array index. */
export function newItemKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `k${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('')}`;
}

/** A fresh state: every group with its initial items. */
export function emptyState(def: FormDef): FlowState {
  const items: Record<string, string[]> = {};
  for (const group of groupsOf(def)) {
    items[group.group] = Array.from({ length: group.initialItems }, newItemKey);
  }
  return { values: {}, items };
}

/** A stored state made safe to use: unknown shapes are dropped, groups the form knows get their initial items. */
export function restoreState(def: FormDef, stored: unknown): FlowState {
  const fresh = emptyState(def);
  if (stored === null || typeof stored !== 'object') return fresh;
  const { values, items } = stored as Partial<FlowState>;
  const out: FlowState = { values: {}, items: fresh.items };
  if (values && typeof values === 'object') {
    for (const [name, value] of Object.entries(values)) {
      if (typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'))) {
        out.values[name] = value;
      }
    }
  }
  if (items && typeof items === 'object') {
    for (const group of Object.keys(fresh.items)) {
      const keys = (items as Record<string, unknown>)[group];
      if (Array.isArray(keys) && keys.every((k) => typeof k === 'string' && /^k\w+$/.test(k))) {
        out.items[group] = [...keys];
      }
    }
  }
  return out;
}

export function groupsOf(def: FormDef): GroupDef[] {
  return def.steps.flatMap((s) => s.items.filter(isGroup));
}

/** The field names of one field: one name, or one per item of its group. */
export function fieldNames(field: FieldDef, state: FlowState, group?: GroupDef): string[] {
  if (!group) return [field.key];
  return (state.items[group.group] ?? []).map((item) => fieldNameOf(field.key, [item]));
}

/** Adds an item to a group; returns the new state and the new item's key. */
export function addItem(state: FlowState, group: string): { state: FlowState; key: string } {
  const key = newItemKey();
  return {
    state: { ...state, items: { ...state.items, [group]: [...(state.items[group] ?? []), key] } },
    key,
  };
}

/** Removes an item and its answers. */
export function removeItem(state: FlowState, group: string, key: string): FlowState {
  const prefix = `${group}.${key}.`;
  const values = Object.fromEntries(
    Object.entries(state.values).filter(([name]) => !name.startsWith(prefix)),
  );
  return { values, items: { ...state.items, [group]: (state.items[group] ?? []).filter((k) => k !== key) } };
}

export function setValue(state: FlowState, name: string, value: RawValue): FlowState {
  return { ...state, values: { ...state.values, [name]: value } };
}
