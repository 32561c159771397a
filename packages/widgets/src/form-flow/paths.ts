/**
 * Three spellings of a field's place, one per audience:
 * - a catalogue key names a field of the record (`documents[].type`), as in core's field catalogue;
 * - a field name names one input on the page (`documents.k3.type`): repeated items carry a stable item key, so that
 *   removing an item never moves what was typed into another;
 * - a record path is where the value sits in the record (`['documents', 1, 'type']`), as validation issues report it.
 */
export type RecordPath = (string | number)[];

/** The field name of a catalogue key inside repeated items, given each repeated item's key in turn. */
export function fieldNameOf(catalogKey: string, itemKeys: readonly string[] = []): string {
  let i = 0;
  return catalogKey.replace(/\[\]/g, () => `.${itemKeys[i++] ?? '?'}`);
}

/** A value at a record path, or undefined. */
export function getAt(root: unknown, path: RecordPath): unknown {
  let node = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

/** Sets a value at a record path, creating objects (or arrays before a number) on the way. Mutates `root`. */
export function setAt(root: Record<string, unknown>, path: RecordPath, value: unknown): void {
  let node: Record<string | number, unknown> = root;
  for (let i = 0; i < path.length - 1; i++) {
    const part = path[i]!;
    let next = node[part];
    if (next === null || typeof next !== 'object') {
      next = typeof path[i + 1] === 'number' ? [] : {};
      node[part] = next;
    }
    node = next as Record<string | number, unknown>;
  }
  node[path[path.length - 1]!] = value;
}

/** A dotted catalogue key as record path parts (for keys without `[]`). */
export function splitKey(key: string): string[] {
  return key.split('.');
}
