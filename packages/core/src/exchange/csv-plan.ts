/**
 * The export's columns compiled once into a row program: a flat list of steps that walks a record's keys in column
 * order. Each step reads one key of the current object: a leaf writes its cell, an `enter` step descends into an
 * object (or an array of objects) and, when the record has nothing there, skips every column below it at once
 * (records are sparse: most optional groups are absent). Paths are parsed here, never per record, and no code is
 * generated (`new Function` is refused under the strict CSP the package runs under in browsers).
 */
import type { Column } from './columns.js';

/** Leaf steps, by how the value is written (see csv-encode.ts). */
export const TEXT = 0;
export const SCALAR = 1;
export const LIST = 2;
/** Descend into an object, an array of objects, or come back up. */
export const ENTER_OBJECT = 3;
export const ENTER_ARRAY = 4;
export const EXIT = 5;

export interface RowPlan {
  /** Step codes (the constants above). */
  ops: Uint8Array;
  /** The key each step reads (an item index under an array of objects); unused for EXIT. */
  keys: (string | number)[];
  /** For an enter step: the step after its EXIT, and how many columns lie between. */
  skip: Int32Array;
  width: Int32Array;
  columns: number;
  /** Deepest nesting of enter steps. */
  depth: number;
}

interface TreeNode {
  key: string | number;
  /** The leaf step code; -1 for an inner node. */
  leaf: number;
  children: TreeNode[];
}

function leafCode(column: Column): number {
  if (column.field.list) return LIST;
  return column.field.kind === 'string' ? TEXT : SCALAR;
}

/**
 * The columns as an ordered tree. A column joins the previous column's branch only while their keys agree, so the
 * tree's leaves are the columns in their own order even if a catalogue ever interleaved two groups.
 */
function columnTree(columns: readonly Column[]): TreeNode {
  const root: TreeNode = { key: '', leaf: -1, children: [] };
  for (const column of columns) {
    let node = root;
    const keys = column.keys;
    for (let d = 0; d < keys.length; d++) {
      const key = keys[d]!;
      if (d === keys.length - 1) {
        node.children.push({ key, leaf: leafCode(column), children: [] });
        break;
      }
      const last = node.children[node.children.length - 1];
      if (last !== undefined && last.leaf === -1 && last.key === key) node = last;
      else {
        const child: TreeNode = { key, leaf: -1, children: [] };
        node.children.push(child);
        node = child;
      }
    }
  }
  return root;
}

export function rowPlan(columns: readonly Column[]): RowPlan {
  const ops: number[] = [];
  const keys: (string | number)[] = [];
  const skip: number[] = [];
  const width: number[] = [];
  let depth = 0;
  const emit = (node: TreeNode, level: number): number => {
    if (node.leaf !== -1) {
      ops.push(node.leaf);
      keys.push(node.key);
      skip.push(0);
      width.push(0);
      return 1;
    }
    depth = Math.max(depth, level);
    const at = ops.length;
    // An array of objects is the node whose children are item indexes.
    ops.push(typeof node.children[0]?.key === 'number' ? ENTER_ARRAY : ENTER_OBJECT);
    keys.push(node.key);
    skip.push(0);
    width.push(0);
    let count = 0;
    for (const child of node.children) count += emit(child, level + 1);
    ops.push(EXIT);
    keys.push('');
    skip.push(0);
    width.push(0);
    skip[at] = ops.length;
    width[at] = count;
    return count;
  };
  let count = 0;
  for (const child of columnTree(columns).children) count += emit(child, 1);
  return {
    ops: Uint8Array.from(ops),
    keys,
    skip: Int32Array.from(skip),
    width: Int32Array.from(width),
    columns: count,
    depth,
  };
}
