/**
 * Records to CSV: one row per record, columns named by catalogue path, an HXL hashtag row under the header.
 * See cells.ts for lists and the formula guard, columns.ts for arrays of objects.
 */
import type { IncidentRecord } from '../records/incident.js';
import type { IntakeRecord } from '../records/intake.js';
import { guardFormula, joinList, quoteCell } from './cells.js';
import { buildColumns, type Column, slotCounts } from './columns.js';
import { recordKind } from './fields.js';
import { applyProfile, type ExportProfile } from './profile.js';
import { textStream } from './streams.js';

export interface ToCSVOptions {
  /** Who the export is for (see `redact`); default `internal` (every field). Intake records only. */
  profile?: ExportProfile;
  /** Write the HXL hashtag row under the header; default true. */
  hxl?: boolean;
  /** Which record kind the records are; default `intake`. */
  kind?: 'intake' | 'incident';
  /**
   * Item columns per array of objects (`{ documents: 3 }`). Default: as many as the longest array in `records` when
   * it is an array; for any other iterable (read once, never held), the schema's maximum.
   */
  slots?: Record<string, number>;
  /** Prefix spreadsheet-formula text with `'` (see cells.ts); default true. */
  formulaGuard?: boolean;
  /** Start with a byte order mark, so that Excel reads the file as UTF-8 (names in Khmer or Chinese script). */
  bom?: boolean;
  /** Rows per chunk yielded by `toCSVChunks`; default 1000. */
  chunkRows?: number;
}

type AnyRecord = IntakeRecord | IncidentRecord;

const LINE_END = '\r\n';

type Encode = (value: unknown) => string;

/** A cell that needs work: quoting (comma, quote, line break) or the formula guard (see cells.ts). */
const NEEDS_CARE = /^['=+\-@\t\r]|[",\r\n]/;

function cellEncoder(column: Column, guard: boolean): Encode {
  const { kind, list } = column.field;
  const text = (s: string) => (NEEDS_CARE.test(s) ? quoteCell(guard ? guardFormula(s) : s) : s);
  if (list) {
    return (value) => (Array.isArray(value) ? text(joinList(value.map(String))) : text(String(value)));
  }
  if (kind === 'string') return (value) => text(typeof value === 'string' ? value : String(value));
  // Numbers and booleans as JavaScript writes them: the shortest text that reads back as the same value.
  return (value) =>
    typeof value === 'number' || typeof value === 'boolean' ? String(value) : text(String(value));
}

/**
 * The columns as a tree of the record's keys, so that a row is filled by walking only the values a record has
 * (records are sparse: most optional groups are absent) instead of looking up every column from the root.
 */
interface Node {
  children: Map<string, Node>;
  /** Leaf: the column index and its encoder. */
  index?: number;
  encode?: Encode;
  /** Array of objects: one subtree per item column set. */
  items?: Node[];
}

function emptyNode(): Node {
  return { children: new Map() };
}

function buildTree(columns: readonly Column[], guard: boolean): Node {
  const root = emptyNode();
  columns.forEach((column, index) => {
    let node = root;
    const keys = column.keys;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (typeof key === 'number') {
        node.items ??= [];
        node = node.items[key] ??= emptyNode();
        continue;
      }
      let child = node.children.get(key);
      if (!child) {
        child = emptyNode();
        node.children.set(key, child);
      }
      node = child;
    }
    node.index = index;
    node.encode = cellEncoder(column, guard);
  });
  return root;
}

function fill(value: object, node: Node, cells: string[]): void {
  const children = node.children;
  for (const key in value) {
    const child = children.get(key);
    if (child === undefined) continue;
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined || v === null) continue;
    if (child.encode !== undefined) cells[child.index!] = child.encode(v);
    else if (child.items !== undefined) {
      if (!Array.isArray(v)) continue;
      const n = Math.min(v.length, child.items.length);
      for (let i = 0; i < n; i++) {
        const item = v[i];
        if (item !== null && typeof item === 'object') fill(item, child.items[i]!, cells);
      }
    } else if (typeof v === 'object') fill(v, child, cells);
  }
}

/** The header row, and the HXL row when asked for. */
function headLines(columns: readonly Column[], hxl: boolean): string {
  let out = columns.map((c) => quoteCell(c.header)).join(',') + LINE_END;
  if (hxl) out += columns.map((c) => quoteCell(c.hxl)).join(',') + LINE_END;
  return out;
}

function slotsFor(options: ToCSVOptions, records: Iterable<AnyRecord>): Map<string, number> {
  const { fields } = recordKind(options.kind);
  let slots: Map<string, number>;
  if (Array.isArray(records)) slots = slotCounts(fields, records);
  else {
    slots = new Map();
    for (const f of fields) if (f.group) slots.set(f.group.path, f.group.max);
  }
  for (const [path, count] of Object.entries(options.slots ?? {})) slots.set(path, count);
  return slots;
}

/**
 * The CSV text in chunks of rows: for exports too large for one string (a million records is several hundred MB),
 * written to a file or a stream as they come. Records are read once, in order, and not held.
 */
export function* toCSVChunks(records: Iterable<AnyRecord>, options: ToCSVOptions = {}): Generator<string> {
  const profile = options.profile ?? 'internal';
  const columns = buildColumns(recordKind(options.kind).fields, slotsFor(options, records));
  const tree = buildTree(columns, options.formulaGuard ?? true);
  const cells: string[] = new Array(columns.length).fill('');
  const chunkRows = Math.max(1, options.chunkRows ?? 1000);
  const shape = options.kind === 'incident' ? undefined : profile;

  yield (options.bom ? '\uFEFF' : '') + headLines(columns, options.hxl ?? true);
  let lines: string[] = [];
  for (const original of records) {
    const record = shape ? applyProfile(original as IntakeRecord, shape) : original;
    if (record !== null && typeof record === 'object') fill(record, tree, cells);
    lines.push(cells.join(','));
    cells.fill('');
    if (lines.length === chunkRows) {
      yield `${lines.join(LINE_END)}${LINE_END}`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join(LINE_END)}${LINE_END}`;
}

/** The whole CSV as one string. For very large exports use `toCSVChunks` (or `csvStream`). */
export function toCSV(records: Iterable<AnyRecord>, options: ToCSVOptions = {}): string {
  let out = '';
  for (const chunk of toCSVChunks(records, options)) out += chunk;
  return out;
}

/** The CSV as a UTF-8 byte stream (a `Response` body, a download, a file), produced as the reader pulls. */
export function toCSVStream(
  records: Iterable<AnyRecord>,
  options: ToCSVOptions = {},
): ReadableStream<Uint8Array> {
  return textStream(toCSVChunks(records, options));
}
