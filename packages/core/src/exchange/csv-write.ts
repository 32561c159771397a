/**
 * Records to CSV: one row per record, columns named by catalogue path, an HXL hashtag row under the header.
 * See cells.ts for lists and the formula guard, columns.ts for arrays of objects.
 */
import type { IncidentRecord } from '../records/incident.js';
import type { IntakeRecord } from '../records/intake.js';
import { guardFormula, joinList, quoteCell } from './cells.js';
import { buildColumns, type Column, slotCounts } from './columns.js';
import { type RecordKind, recordKind } from './fields.js';
import { applyProfile, type ExportProfile, fieldsShown } from './profile.js';

export interface ToCSVOptions {
  /**
   * Who the export is for (see `redact`): `internal` (default, every field), `partner` (what the person's consent
   * allows), `public` (nothing that identifies anyone). Columns the profile never shows are left out.
   */
  profile?: ExportProfile;
  /** For the `partner` profile: the partner receiving the export (see `redact`). */
  partner?: string;
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
  /** Rows per chunk yielded by `toCSVBytes` and `toCSVChunks`; default 2000. */
  chunkRows?: number;
}

type AnyRecord = IntakeRecord | IncidentRecord;

const LINE_END = '\r\n';

const TEXT = 0;
const SCALAR = 1;
const LIST = 2;

/**
 * The columns as a tree of the record's keys, so that a row is filled by walking only the values a record has
 * (records are sparse: most optional groups are absent) instead of looking up every column from the root. Every
 * node has the same fields, and encoding is a switch rather than a closure per column, so the hot loop stays
 * monomorphic.
 */
class Node {
  children = new Map<string, Node>();
  /** Leaf: its column index and how its value is written (TEXT, SCALAR, LIST); -1 for inner nodes. */
  index = -1;
  encoding = TEXT;
  /** Array of objects: one subtree per item column set; empty otherwise. */
  items: Node[] = [];
}

function buildTree(columns: readonly Column[]): Node {
  const root = new Node();
  columns.forEach((column, index) => {
    let node = root;
    for (const key of column.keys) {
      if (typeof key === 'number') {
        node.items[key] ??= new Node();
        node = node.items[key]!;
        continue;
      }
      let child = node.children.get(key);
      if (!child) {
        child = new Node();
        node.children.set(key, child);
      }
      node = child;
    }
    node.index = index;
    node.encoding = column.field.list ? LIST : column.field.kind === 'string' ? TEXT : SCALAR;
  });
  return root;
}

/** A cell that needs work: quoting (comma, quote, line break) or the formula guard (see cells.ts). */
const NEEDS_CARE = /^['=+\-@\t\r]|[",\r\n]/;

function encodeText(text: string, guard: boolean): string {
  return NEEDS_CARE.test(text) ? quoteCell(guard ? guardFormula(text) : text) : text;
}

function encode(value: unknown, encoding: number, guard: boolean): string {
  if (encoding === TEXT) return encodeText(typeof value === 'string' ? value : String(value), guard);
  // Numbers and booleans as JavaScript writes them: the shortest text that reads back as the same value.
  if (encoding === SCALAR && (typeof value === 'number' || typeof value === 'boolean')) return String(value);
  if (encoding === LIST && Array.isArray(value)) return encodeText(joinList(value.map(String)), guard);
  return encodeText(String(value), guard);
}

/** Writes each value a record has into its column's cell. */
function fill(value: object, node: Node, cells: string[], guard: boolean): void {
  const children = node.children;
  for (const key in value) {
    const child = children.get(key);
    if (child === undefined) continue;
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined || v === null) continue;
    if (child.index !== -1) cells[child.index] = encode(v, child.encoding, guard);
    else if (child.items.length > 0) {
      if (!Array.isArray(v)) continue;
      const n = Math.min(v.length, child.items.length);
      for (let i = 0; i < n; i++) {
        const item = v[i];
        if (item !== null && typeof item === 'object') fill(item, child.items[i]!, cells, guard);
      }
    } else if (typeof v === 'object') fill(v, child, cells, guard);
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
 * The CSV text in chunks of rows (the header and HXL rows first): for exports too large for one string (a million
 * records is several hundred MB), written to a file or a stream as they come. Records are read once, in order, and
 * not held.
 */
export function* toCSVChunks(records: Iterable<AnyRecord>, options: ToCSVOptions = {}): Generator<string> {
  const profile = options.profile ?? 'internal';
  const kind = recordKind(options.kind);
  const shown = fieldsShown(kind as RecordKind<unknown>, profile);
  const fields = kind.fields.filter((f) => shown.has(f.path));
  const columns = buildColumns(fields, slotsFor(options, records));
  const redactOptions = options.partner === undefined ? {} : { partner: options.partner };
  const tree = buildTree(columns);
  const guard = options.formulaGuard ?? true;
  const cells: string[] = new Array(columns.length).fill('');
  const chunkRows = Math.max(1, options.chunkRows ?? 2000);

  yield (options.bom ? '\uFEFF' : '') + headLines(columns, options.hxl ?? true);
  let lines: string[] = [];
  for (const original of records) {
    const record = applyProfile(original, profile, redactOptions);
    if (record !== null && typeof record === 'object') fill(record, tree, cells, guard);
    // Native joins copy each value once; building the line by `+=` made a garbage string per cell.
    lines.push(cells.join(','));
    cells.fill('');
    if (lines.length === chunkRows) {
      yield `${lines.join(LINE_END)}${LINE_END}`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join(LINE_END)}${LINE_END}`;
}

/** The CSV as UTF-8 bytes, in the chunks of `toCSVChunks`. */
export function* toCSVBytes(records: Iterable<AnyRecord>, options: ToCSVOptions = {}): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  for (const chunk of toCSVChunks(records, options)) yield encoder.encode(chunk);
}

/** The whole CSV as one string. For very large exports use `toCSVChunks`, `toCSVBytes` or `toCSVStream`. */
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
  const chunks = toCSVBytes(records, options);
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const { done, value } = chunks.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel() {
      chunks.return(undefined);
    },
  });
}
