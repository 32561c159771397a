/**
 * The exchangeable fields of a record kind, derived from its zod shape and its field catalogue (never hand-kept):
 * each catalogue path with the kind of value it holds, so that a flat format (CSV, XLSForm) can write it and read it
 * back with its type.
 */
import { type FieldMeta, incidentFieldCatalog, intakeFieldCatalog } from '../records/catalog.js';
import { type IncidentRecord, IncidentRecordShape } from '../records/incident.js';
import { type IntakeRecord, IntakeRecordShape } from '../records/intake.js';
import { isTextPattern } from '../records/primitives.js';
import { defOf, type SchemaDef, type SchemaNode, schemaAt } from '../records/schema-walk.js';
import type { ValidationResult } from '../validate/issues.js';
import { type ValidateOptions, validateIncident, validateIntake } from '../validate/validate.js';

export type ValueKind = 'string' | 'number' | 'boolean';

export interface FieldSpec {
  /** Catalogue path: `person.fullName`, `person.phones`, `documents[].type`. */
  path: string;
  meta: FieldMeta;
  kind: ValueKind;
  /** An array of scalars (`person.citizenship`): one cell holding every item. */
  list: boolean;
  /** For a field inside an array of objects: the array's path (`documents`) and the field's path inside an item. */
  group?: { path: string; field: string; max: number };
  /** The closed set of values, for enums and literals. */
  values?: readonly (string | number)[];
  /** Most items of a list, or the longest text, where the schema says. */
  max?: number;
  /** For a list of texts: the longest item. */
  itemMax?: number;
  /** A string with a fixed shape (date, uuid, code, phone): surrounding spaces from other tools are trimmed. */
  format?: string;
  /** Free text: written and read back exactly, spaces included. */
  text: boolean;
  /** Required in the record (or, inside an array of objects, in each item). */
  required: boolean;
  /** Required whenever its own object is there (`exploitation.country` once anything about exploitation is given). */
  requiredInParent: boolean;
  /** For numbers: the inclusive bounds the schema sets. */
  range?: { min?: number; max?: number };
}

export interface RecordKind<T> {
  name: 'intake' | 'incident';
  fields: readonly FieldSpec[];
  validate(input: unknown, options?: ValidateOptions): ValidationResult<T>;
}

function maxOf(def: SchemaDef): number | undefined {
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'max_length' && c.maximum !== undefined) return c.maximum;
  }
  return undefined;
}

function rangeOf(def: SchemaDef): FieldSpec['range'] {
  const range: NonNullable<FieldSpec['range']> = {};
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'greater_than' && c.value !== undefined) range.min = c.value;
    if (c.check === 'less_than' && c.value !== undefined) range.max = c.value;
  }
  return range;
}

function scalar(
  schema: SchemaNode,
): Pick<FieldSpec, 'kind' | 'values' | 'format' | 'text' | 'max' | 'range'> {
  const def = defOf(schema);
  switch (def.type) {
    case 'number':
      // `z.int()` has the format `safeint`: an integer question, not a decimal one.
      return {
        kind: 'number',
        text: false,
        range: rangeOf(def),
        ...(def.format ? { format: 'integer' } : {}),
      };
    case 'boolean':
      return { kind: 'boolean', text: false };
    case 'literal': {
      const values = def.values ?? [];
      return { kind: typeof values[0] === 'number' ? 'number' : 'string', values, text: false };
    }
    case 'enum':
      return { kind: 'string', values: Object.values(def.entries ?? {}), format: 'enum', text: false };
    case 'string': {
      const patterned = (def.checks ?? []).some(
        (c) => c._zod.def.check === 'string_format' && !isTextPattern(c._zod.def.pattern),
      );
      const format = def.format ?? (patterned ? 'pattern' : undefined);
      const max = maxOf(def);
      return format ? { kind: 'string', format, text: false } : { kind: 'string', text: true, max };
    }
    default:
      throw new Error(`exchange: no flat form for a ${def.type} field`);
  }
}

/** Walks the shape along a catalogue path (`documents[].type`) to the schema of its value. */
function resolve(shape: unknown, path: string): Omit<FieldSpec, 'meta'> {
  const found = schemaAt(shape, path);
  if (!found) throw new Error(`exchange: catalogue path ${path} is not in the schema`);
  let required = true;
  let group: FieldSpec['group'];
  const walked: string[] = [];
  for (const step of found.steps) {
    required &&= !step.optional;
    walked.push(step.key);
    if (step.item) {
      group = { path: walked.join('.'), field: '', max: maxOf(defOf(step.node)) ?? 10 };
      walked.length = 0;
      // Inside an array of objects, "required" means required in each item.
      required = true;
    }
  }
  const requiredInParent = !found.steps.at(-1)?.optional;
  if (group) group.field = walked.join('.');
  const schema = found.node;
  const def = defOf(schema);
  if (def.type === 'array') {
    return {
      path,
      list: true,
      required,
      requiredInParent,
      ...scalar(def.element!),
      itemMax: scalar(def.element!).max,
      max: maxOf(def),
      ...(group ? { group } : {}),
    };
  }
  return { path, list: false, required, requiredInParent, ...scalar(schema), ...(group ? { group } : {}) };
}

function fieldsOf(shape: unknown, catalog: Record<string, FieldMeta>): FieldSpec[] {
  return Object.entries(catalog).map(([path, meta]) => ({ ...resolve(shape, path), meta }));
}

export const intakeKind: RecordKind<IntakeRecord> = {
  name: 'intake',
  fields: fieldsOf(IntakeRecordShape, intakeFieldCatalog),
  validate: validateIntake,
};

export const incidentKind: RecordKind<IncidentRecord> = {
  name: 'incident',
  fields: fieldsOf(IncidentRecordShape, incidentFieldCatalog),
  validate: validateIncident,
};

export function recordKind(
  name: 'intake' | 'incident' = 'intake',
): RecordKind<IntakeRecord | IncidentRecord> {
  return name === 'incident' ? incidentKind : intakeKind;
}
