import type { IntakeRecord } from '../../src/records/intake.js';
import { validateIntake } from '../../src/validate/validate.js';

/** A deep copy without empty arrays and empty objects: a flat format has no cell for "an empty list". */
export function pruneEmpty<T>(value: T): T {
  if (Array.isArray(value)) return value.map(pruneEmpty) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const pruned = pruneEmpty(v);
    if (Array.isArray(pruned) && pruned.length === 0) continue;
    if (pruned && typeof pruned === 'object' && !Array.isArray(pruned) && Object.keys(pruned).length === 0)
      continue;
    out[key] = pruned;
  }
  return out as T;
}

/** The record as the validator returns it (the form every import produces), or a failure naming the issues. */
export function valid(record: unknown): IntakeRecord {
  const result = validateIntake(record);
  if (!result.ok) throw new Error(`not a valid record: ${JSON.stringify(result.issues)}`);
  return result.value;
}

export function clone<T>(value: T): T {
  return structuredClone(value);
}
