/**
 * The flat columns of a record kind. One column per catalogue path, named by that path and tagged with its HXL
 * hashtag; a field inside an array of objects gets one column per item, numbered from 0 as in validation paths:
 * `documents[0].type`, `documents[1].type`. Their HXL tags repeat (`#x_document+type` twice): HXL tools read
 * repeated tags in column order, and so does `fromCSV`.
 */
import type { FieldSpec } from './fields.js';

export interface Column {
  header: string;
  hxl: string;
  field: FieldSpec;
  /** The item index, for a field inside an array of objects. */
  slot?: number;
  /** Object keys (and the item index) from the record's root to the value. */
  keys: (string | number)[];
}

/** `documents[].type` with slot 2 → `documents[2].type`. */
export function columnHeader(field: FieldSpec, slot?: number): string {
  return field.group ? `${field.group.path}[${slot ?? 0}].${field.group.field}` : field.path;
}

export function columnKeys(field: FieldSpec, slot?: number): (string | number)[] {
  if (!field.group) return field.path.split('.');
  return [...field.group.path.split('.'), slot ?? 0, ...field.group.field.split('.')];
}

/** Reads the value at `keys`, or undefined when any step is missing. */
export function valueAt(record: unknown, keys: readonly (string | number)[]): unknown {
  let current = record;
  for (let i = 0; i < keys.length; i++) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[keys[i]!];
  }
  return current;
}

/** How many items of each array of objects the records hold at most (at least one column set each). */
export function slotCounts(fields: readonly FieldSpec[], records: Iterable<unknown>): Map<string, number> {
  const paths = [...new Set(fields.flatMap((f) => (f.group ? [f.group.path] : [])))];
  // Plain arrays in the loop: it runs once per record before a large export writes its header.
  const keys = paths.map((path) => path.split('.'));
  const counts = paths.map(() => 1);
  for (const record of records) {
    for (let g = 0; g < keys.length; g++) {
      const items = valueAt(record, keys[g]!);
      if (Array.isArray(items) && items.length > counts[g]!) counts[g] = items.length;
    }
  }
  return new Map(paths.map((path, g) => [path, counts[g]!]));
}

/** The columns in catalogue order, item columns grouped by item (`documents[0].*`, then `documents[1].*`). */
export function buildColumns(fields: readonly FieldSpec[], slots: ReadonlyMap<string, number>): Column[] {
  const columns: Column[] = [];
  const done = new Set<string>();
  for (const field of fields) {
    if (!field.group) {
      columns.push({ header: field.path, hxl: field.meta.hxl, field, keys: columnKeys(field) });
      continue;
    }
    const group = field.group.path;
    if (done.has(group)) continue;
    done.add(group);
    const members = fields.filter((f) => f.group?.path === group);
    // Not capped at the schema's maximum: an over-long list is written whole, and reported when read back.
    const count = slots.get(group) ?? 1;
    for (let slot = 0; slot < count; slot++) {
      for (const member of members) {
        columns.push({
          header: columnHeader(member, slot),
          hxl: member.meta.hxl,
          field: member,
          slot,
          keys: columnKeys(member, slot),
        });
      }
    }
  }
  return columns;
}
