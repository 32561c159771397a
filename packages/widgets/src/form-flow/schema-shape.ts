/**
 * Reads the shape of core's zod schemas, so that the forms learn which fields and sections are optional from the one
 * source of truth instead of a hand-kept list. Only structure is read here; every rule stays in core's validators.
 */
import { type SchemaNode, schemaAt, unwrapOptional } from '@homeward/core/validate';

export interface FieldShape {
  /** The field's own schema, unwrapped. */
  node: SchemaNode;
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
  const found = schemaAt(root, catalogKey);
  if (!found) return undefined;
  let skippable = false;
  let section: string | undefined;
  let prefix = '';
  for (const [i, step] of found.steps.entries()) {
    prefix += prefix ? `.${step.key}` : step.key;
    skippable ||= step.optional;
    if (step.optional && i < found.steps.length - 1) section = prefix;
    if (step.item) {
      // Repeated items are optional as a whole: a list may hold none.
      skippable = true;
      prefix += '[]';
      section = prefix;
    }
  }
  const { node, optional } = found;
  return section === undefined ? { node, optional, skippable } : { node, optional, skippable, section };
}

/**
 * Drops empty answers from a candidate record: an optional section with nothing in it is left out, so that the validator
 * never asks for the required parts of a section the person chose not to answer. A required section stays, empty,
 * so that the validator reports what it is missing.
 */
export function pruneEmpty(value: unknown, schema: unknown): unknown {
  const { node, optional } = unwrapOptional(schema);
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
      const { node: inner, optional: childOptional } = unwrapOptional(child);
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
  if (element) node = unwrapOptional(element).node;
  return Object.values(node?._zod.def.entries ?? {});
}
