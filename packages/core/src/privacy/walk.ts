/**
 * Walks a record along its field catalogue, so that privacy rules act on each field's metadata (sensitivity, HXL
 * tag) rather than on hand-kept lists of fields. Paths are catalogue paths: `person.fullName`, `documents[].number`.
 */
import { type FieldMeta, incidentFieldCatalog, intakeFieldCatalog } from '../records/catalog.js';
import type { IncidentRecord } from '../records/incident.js';
import type { IntakeRecord } from '../records/intake.js';

/** Returned by a leaf function to leave the field out. */
export const DROP: unique symbol = Symbol('drop');

export type Leaf = (path: string, meta: FieldMeta | undefined, value: unknown) => unknown;

export type AnyRecord = IntakeRecord | IncidentRecord;

export function isIntake(record: AnyRecord): record is IntakeRecord {
  return 'person' in record;
}

export function catalogueOf(record: AnyRecord): Readonly<Record<string, FieldMeta>> {
  return isIntake(record) ? intakeFieldCatalog : incidentFieldCatalog;
}

function walk(
  node: unknown,
  path: string,
  catalogue: Readonly<Record<string, FieldMeta>>,
  leaf: Leaf,
): unknown {
  const meta = path === '' ? undefined : catalogue[path];
  if (meta !== undefined) return leaf(path, meta, node);
  if (Array.isArray(node)) {
    const items = node.map((item) => walk(item, `${path}[]`, catalogue, leaf)).filter((v) => v !== DROP);
    return items.length > 0 ? items : DROP;
  }
  if (node !== null && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      const child = walk(value, path === '' ? key : `${path}.${key}`, catalogue, leaf);
      if (child !== DROP) out[key] = child;
    }
    return path === '' || Object.keys(out).length > 0 ? out : DROP;
  }
  // A field the catalogue does not know: the leaf decides (privacy rules leave it out).
  return leaf(path, undefined, node);
}

/**
 * A new record made by passing every catalogued field (a scalar, or a whole list of scalars such as
 * `person.phones`) through `leaf`; objects and lists left empty are dropped. The input is not changed.
 */
export function mapFields(record: AnyRecord, leaf: Leaf): Record<string, unknown> {
  return walk(record, '', catalogueOf(record), leaf) as Record<string, unknown>;
}

/** Every catalogued field value of a record with its path (list fields give their whole list). */
export function fieldValues(
  record: AnyRecord,
): { path: string; meta: FieldMeta | undefined; value: unknown }[] {
  const out: { path: string; meta: FieldMeta | undefined; value: unknown }[] = [];
  mapFields(record, (path, meta, value) => {
    out.push({ path, meta, value });
    return value;
  });
  return out;
}
