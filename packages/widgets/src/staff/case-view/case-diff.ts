/**
 * What changed between two versions of a case, as field paths with both values: what a 412 shows the officer
 * before they apply their change again. Arrays of scalars compare as one value; arrays of objects by index.
 */
import type { CaseDetail } from '../api/contract.js';

export interface FieldChange {
  /** Dotted path in the record, with `[]` for list items (`documents[].status`), as core's label keys have. */
  labelPath: string;
  path: string;
  before: unknown;
  after: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function leaves(value: unknown, path: string, labelPath: string, out: Map<string, [string, unknown]>): void {
  if (isObject(value)) {
    for (const [key, child] of Object.entries(value))
      leaves(child, path ? `${path}.${key}` : key, labelPath ? `${labelPath}.${key}` : key, out);
  } else if (Array.isArray(value) && value.some(isObject)) {
    for (const [i, item] of value.entries()) leaves(item, `${path}[${i}]`, `${labelPath}[]`, out);
  } else {
    out.set(path, [labelPath, value]);
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The record fields that differ, in the order of the newer version's fields, then those removed. */
export function recordChanges(before: CaseDetail, after: CaseDetail): FieldChange[] {
  const a = new Map<string, [string, unknown]>();
  const b = new Map<string, [string, unknown]>();
  leaves(before.record, '', '', a);
  leaves(after.record, '', '', b);
  const changes: FieldChange[] = [];
  for (const [path, [labelPath, value]] of b) {
    if (!same(a.get(path)?.[1], value))
      changes.push({ path, labelPath, before: a.get(path)?.[1], after: value });
  }
  for (const [path, [labelPath, value]] of a) {
    if (!b.has(path)) changes.push({ path, labelPath, before: value, after: undefined });
  }
  return changes;
}

/** Notes, referrals and events added since `before`. */
export function addedSince(before: CaseDetail, after: CaseDetail) {
  const known = (items: { id: string }[]) => new Set(items.map((i) => i.id));
  const notes = known(before.notes);
  const referrals = known(before.referrals);
  const events = known(before.events);
  return {
    notes: after.notes.filter((n) => !notes.has(n.id)),
    referrals: after.referrals.filter((r) => !referrals.has(r.id)),
    events: after.events.filter((e) => !events.has(e.id)),
  };
}
