/**
 * Places core's validation issues on the fields that show them. An issue's record path (`['documents', 1, 'status']`)
 * becomes a field name (`documents.k7.status`); an issue about a whole list or section goes to the first field that
 * asks part of it. Issues no field on any step can show (a deployment that forgot its office id) are `unplaced`.
 */
import type { ValidationIssue } from '@homeward/core';
import { type FormDef, isGroup } from './field-def.js';
import type { FlowState } from './flow-state.js';
import { fieldNameOf, type RecordPath } from './paths.js';

export interface PlacedIssue {
  issue: ValidationIssue;
  /** The field name showing it, and its step. */
  name: string;
  step: string;
}

export interface IssueMap {
  /** The first issue of each field, by field name: a field shows one message at a time. */
  byName: Map<string, PlacedIssue>;
  unplaced: ValidationIssue[];
}

/** The field name an issue's path points at, with repeated items' indexes read as their item keys. */
export function nameOfPath(path: RecordPath, itemsAt: Record<string, string[]>): string {
  let name = '';
  let catalogKey = '';
  for (const part of path) {
    if (typeof part === 'number') {
      const key = itemsAt[catalogKey]?.[part];
      // An index into a list asked as one value (citizenship) or a set of checkboxes: the issue is the field's.
      if (key === undefined) break;
      name += `.${key}`;
      catalogKey += '[]';
    } else {
      name += name ? `.${part}` : part;
      catalogKey += catalogKey ? `.${part}` : part;
    }
  }
  return name;
}

interface Slot {
  name: string;
  step: string;
}

/** Every field name the form shows, in the order of the form (groups also answer to their own name). */
export function slotsOf(def: FormDef, state: FlowState): Slot[] {
  const slots: Slot[] = [];
  for (const step of def.steps) {
    for (const item of step.items) {
      if (!isGroup(item)) {
        slots.push({ name: item.key, step: step.id });
        continue;
      }
      slots.push({ name: item.group, step: step.id });
      for (const key of state.items[item.group] ?? []) {
        for (const field of item.fields) slots.push({ name: fieldNameOf(field.key, [key]), step: step.id });
      }
    }
  }
  return slots;
}

function slotFor(name: string, slots: Slot[]): Slot | undefined {
  const exact = slots.find((s) => s.name === name);
  if (exact) return exact;
  // The issue is deeper than any field (an item of a list asked as one value): the field holding it.
  const holder = slots
    .filter((s) => name.startsWith(`${s.name}.`))
    .sort((a, b) => b.name.length - a.name.length)[0];
  if (holder) return holder;
  // The issue is about a whole section (`peopleAffected.bySex`): its first field.
  return slots.find((s) => s.name.startsWith(`${name}.`));
}

export function placeIssues(
  issues: readonly ValidationIssue[],
  def: FormDef,
  state: FlowState,
  itemsAt: Record<string, string[]>,
): IssueMap {
  const slots = slotsOf(def, state);
  const byName = new Map<string, PlacedIssue>();
  const unplaced: ValidationIssue[] = [];
  for (const issue of issues) {
    const slot = slotFor(nameOfPath(issue.path, itemsAt), slots);
    if (!slot) unplaced.push(issue);
    else if (!byName.has(slot.name)) byName.set(slot.name, { issue, name: slot.name, step: slot.step });
  }
  return { byName, unplaced };
}
