/**
 * k-anonymity of a set of records over chosen quasi-identifiers: records sharing all their values form an
 * equivalence class; a class smaller than k singles people out.
 */

import type { StatRecord } from '../stats/fields.js';
import { categoryField, INCIDENT_CATEGORIES, INTAKE_CATEGORIES } from '../stats/fields.js';
import { DEFAULT_K } from './suppress.js';

/** How `kAnonymity` judges records: the k that equivalence classes must reach. */
export interface KAnonymityOptions {
  /** Classes smaller than this put their records at risk: 11 by default. */
  k?: number;
}

/**
 * A record in an equivalence class smaller than k: its position and id, the class's size and its quasi-identifier
 * values.
 */
export interface RecordAtRisk {
  index: number;
  id?: string;
  classSize: number;
  /** The record's values of the quasi-identifiers, in the order given (`''` for none). */
  values: string[];
}

/** The k that a set of records achieves, and the records in classes smaller than the k asked for. */
export interface KAnonymityResult {
  /** The size of the smallest equivalence class: the k the records achieve (0 when there are none). */
  k: number;
  classes: number;
  /** Records in classes smaller than the threshold, smallest classes first. */
  atRisk: RecordAtRisk[];
  threshold: number;
}

const known = (path: string) => path in INTAKE_CATEGORIES || path in INCIDENT_CATEGORIES;

/** A quasi-identifier's value: through the statistics' field (age band derived from birth date or age), else by path. */
function reader(path: string): (record: object) => string {
  if (known(path)) {
    const field = categoryField(path);
    return (record) => {
      const value = field.get(record as StatRecord);
      return Array.isArray(value)
        ? [...new Set(value)].sort().join('+')
        : ((value as string | undefined) ?? '');
    };
  }
  const steps = path.split('.');
  return (record) => {
    let node: unknown = record;
    for (const step of steps)
      node = node === null || typeof node !== 'object' ? undefined : (node as Record<string, unknown>)[step];
    if (Array.isArray(node)) return [...new Set(node.map(String))].sort().join('+');
    return node === undefined || node === null ? '' : String(node);
  };
}

/**
 * Groups records by their values of `quasiIdentifiers` (catalogue paths; the statistics fields such as
 * `person.ageBand` are derived as in `countBy`, lists are compared as sets, a missing value is a value of its own)
 * and reports the smallest class and every record in a class smaller than `k`. Works on raw or redacted records:
 * check what you publish, e.g. `kAnonymity(records.map((r) => redact(r, 'public')), [...])`.
 */
export function kAnonymity(
  records: readonly object[],
  quasiIdentifiers: readonly string[],
  options: KAnonymityOptions = {},
): KAnonymityResult {
  const threshold = options.k ?? DEFAULT_K;
  const readers = quasiIdentifiers.map(reader);
  const keys = records.map((record) => readers.map((read) => read(record)));
  const sizes = new Map<string, number>();
  const classKeys = keys.map((values) => JSON.stringify(values));
  for (const key of classKeys) sizes.set(key, (sizes.get(key) ?? 0) + 1);
  const atRisk: RecordAtRisk[] = [];
  records.forEach((record, index) => {
    const classSize = sizes.get(classKeys[index]!)!;
    if (classSize >= threshold) return;
    const id = (record as { id?: unknown }).id;
    atRisk.push({ index, ...(typeof id === 'string' ? { id } : {}), classSize, values: keys[index]! });
  });
  atRisk.sort((a, b) => a.classSize - b.classSize || a.index - b.index);
  let smallest = sizes.size === 0 ? 0 : Number.POSITIVE_INFINITY;
  for (const size of sizes.values()) if (size < smallest) smallest = size;
  return {
    k: smallest,
    classes: sizes.size,
    atRisk,
    threshold,
  };
}
