/**
 * Reads the shape of core's zod schemas, so that the forms learn which fields and sections are optional from the one
 * source of truth instead of a hand-kept list. Only structure is read here; every rule stays in core's validators.
 */
interface ZodNode {
  _zod: {
    optin?: 'optional';
    def: {
      type: string;
      shape?: Record<string, ZodNode>;
      innerType?: ZodNode;
      element?: ZodNode;
      entries?: Record<string, string>;
    };
  };
}

export type SchemaNode = ZodNode;

function asNode(schema: unknown): ZodNode {
  return schema as ZodNode;
}

/** The schema without its `optional` wrapper, and whether it had one. */
export function unwrap(schema: unknown): { node: ZodNode; optional: boolean } {
  let node = asNode(schema);
  let optional = false;
  while (node._zod.def.type === 'optional' && node._zod.def.innerType) {
    optional = true;
    node = node._zod.def.innerType;
  }
  return { node, optional };
}

export interface FieldShape {
  /** The field's own schema, unwrapped. */
  node: ZodNode;
  /** The field itself may be left out. */
  optional: boolean;
  /** The field, or a section holding it, may be left out: a deployment may choose not to ask it. */
  skippable: boolean;
  /**
   * The catalogue key of the nearest optional section or repeated item holding the field (`recruitment.promisedWage`,
   * `documents[]`), if any: a required field in it is required only once the section has an answer.
   */
  section?: string;
}

/** The schema of a catalogue key (`documents[].type`), or undefined when the key is not in the schema. */
export function fieldShape(root: unknown, catalogKey: string): FieldShape | undefined {
  let { node, optional } = unwrap(root);
  let skippable = false;
  let section: string | undefined;
  const parts = catalogKey.split('.');
  let prefix = '';
  for (const [i, part] of parts.entries()) {
    const name = part.endsWith('[]') ? part.slice(0, -2) : part;
    const child = node._zod.def.shape?.[name];
    if (!child) return undefined;
    ({ node, optional } = unwrap(child));
    prefix += prefix ? `.${name}` : name;
    skippable ||= optional;
    if (optional && i < parts.length - 1) section = prefix;
    if (part.endsWith('[]')) {
      const element = node._zod.def.element;
      if (!element) return undefined;
      // Repeated items are optional as a whole: a list may hold none.
      skippable = true;
      prefix += '[]';
      section = prefix;
      ({ node, optional } = unwrap(element));
    }
  }
  return section === undefined ? { node, optional, skippable } : { node, optional, skippable, section };
}

/**
 * Drops empty answers from a candidate record: an optional section with nothing in it is left out, so that the validator
 * never asks for the required parts of a section the person chose not to answer. A required section stays, empty,
 * so that the validator reports what it is missing.
 */
export function pruneEmpty(value: unknown, schema: unknown): unknown {
  const { node, optional } = unwrap(schema);
  if (Array.isArray(value)) {
    const element = node._zod.def.element;
    const items = element ? value.map((item) => pruneEmpty(item, element)) : value;
    const kept = items.filter((item) => item !== undefined);
    return kept.length === 0 && optional ? undefined : kept;
  }
  if (value !== null && typeof value === 'object') {
    const shape = node._zod.def.shape;
    if (!shape) return value;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const kept = shape[key] ? pruneEmpty(child, shape[key]) : child;
      if (kept !== undefined) out[key] = kept;
    }
    if (Object.keys(out).length === 0 && optional) return undefined;
    // A required section nobody has answered yet is present and empty, so the validator names its missing fields.
    for (const [key, child] of Object.entries(shape)) {
      if (key in out) continue;
      const { node: inner, optional: childOptional } = unwrap(child);
      if (!childOptional && inner._zod.def.type === 'object') out[key] = pruneEmpty({}, child);
    }
    return out;
  }
  return value;
}

/** The values a choice may take, in their declared order: the enum of a field, or of a list's items (checkboxes). */
export function choiceValues(root: unknown, catalogKey: string): string[] {
  let node = fieldShape(root, catalogKey)?.node;
  const element = node?._zod.def.type === 'array' ? node._zod.def.element : undefined;
  if (element) node = unwrap(element).node;
  return Object.values(node?._zod.def.entries ?? {});
}
