/**
 * The one reader of zod's internals in Homeward: the exchange columns, the forms' optional sections and the catalogue
 * tests all learn a record's structure here, along catalogue keys (`person.fullName`, `documents[].type`). Only
 * structure is read; every rule stays in the validators. zod keeps a schema's definition under `_zod.def`; should a
 * zod release move it, this is the one file to change.
 */

/** The parts of a zod (mini) schema's definition that the walkers read. */
export interface SchemaDef {
  type: string;
  innerType?: SchemaNode;
  element?: SchemaNode;
  shape?: Record<string, SchemaNode>;
  entries?: Record<string, string>;
  values?: readonly (string | number)[];
  format?: string;
  checks?: readonly { _zod: { def: SchemaCheck } }[];
}

/** A check zod attached to a schema (`max_length`, `greater_than`, `string_format`, ...). */
export interface SchemaCheck {
  check: string;
  maximum?: number;
  pattern?: RegExp;
  value?: number;
  inclusive?: boolean;
}

/** A zod schema, seen through its definition. */
export interface SchemaNode {
  _zod: { def: SchemaDef };
}

/** The definition of a zod schema. */
export const defOf = (schema: unknown): SchemaDef => (schema as SchemaNode)._zod.def;

/** The schema without its `optional` wrappers, and whether it had one. */
export function unwrapOptional(schema: unknown): { node: SchemaNode; optional: boolean } {
  let node = schema as SchemaNode;
  let optional = false;
  while (node._zod.def.type === 'optional' && node._zod.def.innerType) {
    optional = true;
    node = node._zod.def.innerType;
  }
  return { node, optional };
}

/** One key of a catalogue key, resolved: `documents[]` in `documents[].type`. */
export interface PathStep {
  /** The property name (`documents`). */
  key: string;
  /** The key names the items of a list of objects (`documents[]`). */
  item: boolean;
  /** The property may be left out of its object. */
  optional: boolean;
  /** The property's schema, unwrapped (for an item step, the list). */
  node: SchemaNode;
}

/** Where a catalogue key leads: each step on the way, and the value's own schema, unwrapped. */
export interface SchemaPath {
  steps: PathStep[];
  node: SchemaNode;
  /** The value itself may be left out (for an item step last, whether the list's items may be). */
  optional: boolean;
}

/** Follows a catalogue key (`documents[].type`) from a record's root schema; undefined when the key is not there. */
export function schemaAt(root: unknown, catalogKey: string): SchemaPath | undefined {
  let { node, optional } = unwrapOptional(root);
  const steps: PathStep[] = [];
  for (const part of catalogKey.split('.')) {
    const item = part.endsWith('[]');
    const key = item ? part.slice(0, -2) : part;
    const child = node._zod.def.shape?.[key];
    if (!child) return undefined;
    ({ node, optional } = unwrapOptional(child));
    steps.push({ key, item, optional, node });
    if (item) {
      const element = node._zod.def.element;
      if (!element) return undefined;
      ({ node, optional } = unwrapOptional(element));
    }
  }
  return { steps, node, optional };
}

/**
 * The catalogue keys of a schema's leaf fields: an object's keys are walked into, a list of objects is walked as
 * `key[]`, anything else (a string, an enum, a list of codes) is a leaf.
 */
export function leafKeys(schema: unknown, prefix = ''): string[] {
  const { node } = unwrapOptional(schema);
  const def = node._zod.def;
  if (def.type === 'object' && def.shape) {
    return Object.entries(def.shape).flatMap(([key, child]) =>
      leafKeys(child, prefix ? `${prefix}.${key}` : key),
    );
  }
  if (def.type === 'array' && def.element && unwrapOptional(def.element).node._zod.def.type === 'object') {
    return leafKeys(def.element, `${prefix}[]`);
  }
  return [prefix];
}
