/**
 * CSV back to records: our own export, and HXL-tagged CSV from other tools. Columns are matched by header (our
 * catalogue paths) or by HXL tag, in any order; unknown columns are ignored and reported. Every row is validated:
 * good rows are kept, each bad row is reported with its line and reason, and nothing is dropped silently.
 */
import type { IncidentRecord } from '../records/incident.js';
import { CURRENT_SCHEMA_VERSION, type IntakeRecord } from '../records/intake.js';
import type { ValidationIssue } from '../validate/issues.js';
import { parseBoolean, parseNumber, splitList, unguardFormula } from './cells.js';
import { columnHeader, columnKeys } from './columns.js';
import { eachRow, isBlank, type ParsedRow } from './csv-rows.js';
import { decodeText, REPLACEMENT, type TextInput } from './decode.js';
import { type FieldSpec, type RecordKind, recordKind } from './fields.js';
import { hxlKey, isHashtagRow, matchHxl, parseHxl } from './hxl.js';
import {
  FORMAT_MESSAGES,
  type FormatErrorCode,
  type ImportError,
  type ImportWarning,
} from './import-errors.js';
import { importValidator } from './import-validator.js';

/**
 * How `fromCSV` reads a file: which record kind, the messages' locale, the delimiter, default values and whether to
 * generate missing ids.
 */
export interface FromCSVOptions {
  kind?: 'intake' | 'incident';
  /** Locale of validation messages (BCP 47); default English. */
  locale?: string;
  /** Field separator; default: an Excel `sep=` first line, else guessed from the header line (`,`, `;` or tab). */
  delimiter?: string;
  /**
   * Values for fields the file does not have (`{ office: 'idn-embassy-phnom-penh', channel: 'referral' }`), under
   * each row's own values. `schemaVersion` defaults to the current version.
   */
  defaults?: Record<string, unknown>;
  /** Without an `id` column, give each row a new UUID (default true); else such rows fail validation. */
  generateIds?: boolean;
}

/** A column of the file and the catalogue field its header was matched to (or none). */
export interface MatchedColumn {
  /** 0-based position in the file. */
  index: number;
  header: string;
  hxl?: string;
  /** Our column it was read as (`documents[1].type`). */
  as: string;
  by: 'header' | 'hxl';
}

/** What `fromCSV` read: the valid records, the rows it refused with their errors, and warnings about the columns. */
export interface FromCSVResult<T> {
  records: T[];
  errors: ImportError[];
  /** Column-level notes: unknown, duplicate and missing columns. */
  warnings: ImportWarning[];
  columns: MatchedColumn[];
}

interface Target {
  field: FieldSpec;
  slot?: number;
  /** Where the value goes in the record, and how its cell is read (set once the column is matched). */
  keys?: (string | number)[];
  parse?: (raw: string) => unknown;
}

/** The tag row may sit below title rows (HXL allows it); it is looked for in the first rows only. */
const HASHTAG_ROW_SEARCH = 25;
const INDEXED_HEADER = /^(.+)\[(\d+)\]\.(.+)$/;

/** Our columns by header, including every item column (`documents[7].type`); case does not matter. */
function targetByHeader(kind: RecordKind<unknown>, header: string): Target | undefined {
  const name = header.toLowerCase();
  const plain = kind.fields.find((f) => !f.group && f.path.toLowerCase() === name);
  if (plain) return { field: plain };
  const indexed = INDEXED_HEADER.exec(name);
  if (!indexed) return undefined;
  const path = `${indexed[1]}[].${indexed[3]}`;
  const field = kind.fields.find((f) => f.group && f.path.toLowerCase() === path);
  return field ? { field, slot: Number(indexed[2]) } : undefined;
}

interface Layout {
  headerLine: number;
  dataFrom: number;
  width: number;
  targets: (Target | undefined)[];
  headers: string[];
  /** How each file column is named in reports: its header, else its HXL tag, else its position. */
  labels: string[];
  columns: MatchedColumn[];
  warnings: ImportWarning[];
}

function layoutOf(rows: ParsedRow[], kind: RecordKind<unknown>): Layout | undefined {
  const firstData = rows.findIndex((r) => !isBlank(r.cells));
  if (firstData === -1) return undefined;
  let tagRow = -1;
  for (let i = firstData; i < Math.min(rows.length, firstData + HASHTAG_ROW_SEARCH); i++) {
    if (isHashtagRow(rows[i]!.cells)) {
      tagRow = i;
      break;
    }
  }
  const headerRow = tagRow > firstData ? tagRow - 1 : tagRow === firstData ? -1 : firstData;
  const headerCells = headerRow >= 0 ? rows[headerRow]!.cells : [];
  const tagCells = tagRow >= 0 ? rows[tagRow]!.cells : [];
  const width = Math.max(headerCells.length, tagCells.length);
  const headers = Array.from({ length: width }, (_, i) => (headerCells[i] ?? '').trim());
  const tags = Array.from({ length: width }, (_, i) => parseHxl(tagCells[i] ?? ''));
  const headerLine = rows[headerRow >= 0 ? headerRow : tagRow]!.line;
  const labels = headers.map((h, i) => h || (tags[i] ? hxlKey(tags[i]!) : `column ${i + 1}`));
  const label = (i: number) => labels[i]!;

  const targets: (Target | undefined)[] = new Array(width).fill(undefined);
  const taken = new Set<string>();
  const columns: MatchedColumn[] = [];
  const warnings: ImportWarning[] = [];
  const claim = (i: number, target: Target, by: 'header' | 'hxl') => {
    const as = columnHeader(target.field, target.slot);
    if (taken.has(as)) {
      warnings.push({
        line: headerLine,
        column: label(i),
        code: 'duplicate_column',
        message: `A second column for ${as}: ignored (the first one is read).`,
      });
      return;
    }
    taken.add(as);
    targets[i] = { ...target, keys: columnKeys(target.field, target.slot), parse: cellParser(target.field) };
    columns.push({ index: i, header: headers[i]!, ...(tags[i] ? { hxl: hxlKey(tags[i]!) } : {}), as, by });
  };

  // Headers first: our own names are exact. Then HXL tags, repeated tags filling item columns in order.
  for (let i = 0; i < width; i++) {
    const target = headers[i] ? targetByHeader(kind, headers[i]!) : undefined;
    if (target) claim(i, target, 'header');
  }
  const byTag = new Map<string, FieldSpec>();
  for (const field of kind.fields) {
    const tag = parseHxl(field.meta.hxl);
    if (tag && !byTag.has(hxlKey(tag))) byTag.set(hxlKey(tag), field);
  }
  for (let i = 0; i < width; i++) {
    if (targets[i] || !tags[i]) continue;
    const field = matchHxl(tags[i]!, byTag);
    if (!field) continue;
    if (!field.group) {
      claim(i, { field }, 'hxl');
      continue;
    }
    let slot = 0;
    while (taken.has(columnHeader(field, slot))) slot++;
    claim(i, { field, slot }, 'hxl');
  }
  for (let i = 0; i < width; i++) {
    if (targets[i] || (headers[i] === '' && !tags[i])) continue;
    if (warnings.some((w) => w.code === 'duplicate_column' && w.column === label(i))) continue;
    warnings.push({
      line: headerLine,
      column: label(i),
      code: 'unknown_column',
      message: 'No field of the record has this header or HXL tag: the column is ignored.',
    });
  }
  const dataFrom = Math.max(headerRow, tagRow) + 1;
  return { headerLine, dataFrom, width, targets, headers, labels, columns, warnings };
}

/** How a column's cells become values: lists split, formula guards undone, numbers and booleans parsed. */
function cellParser(field: FieldSpec): (raw: string) => unknown {
  const scalar: (raw: string) => unknown =
    field.kind === 'number'
      ? parseNumber
      : field.kind === 'boolean'
        ? parseBoolean
        : field.text
          ? (raw) => raw
          : (raw) => raw.trim();
  if (field.list) return (raw) => splitList(unguardFormula(raw)).map(scalar);
  return field.kind === 'string' ? (raw) => scalar(unguardFormula(raw)) : scalar;
}

function setAt(target: Record<string | number, unknown>, keys: readonly (string | number)[], value: unknown) {
  let node = target;
  for (let i = 0; i < keys.length - 1; i++) {
    const key = keys[i]!;
    let next = node[key];
    if (next === undefined) {
      next = typeof keys[i + 1] === 'number' ? [] : {};
      node[key] = next;
    }
    node = next as Record<string | number, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
}

/** Removes the holes left by empty item columns, and returns which file slot each kept item came from. */
function compactItems(record: Record<string, unknown>, groups: readonly string[][]): Map<string, number[]> {
  const origins = new Map<string, number[]>();
  for (const keys of groups) {
    const group = keys.join('.');
    let parent: Record<string, unknown> | undefined = record;
    for (let i = 0; i < keys.length - 1 && parent; i++) parent = parent[keys[i]!] as Record<string, unknown>;
    const last = keys[keys.length - 1]!;
    const items = parent?.[last];
    if (!Array.isArray(items)) continue;
    const kept: unknown[] = [];
    const from: number[] = [];
    items.forEach((item, slot) => {
      if (item !== undefined) {
        kept.push(item);
        from.push(slot);
      }
    });
    parent![last] = kept;
    origins.set(group, from);
  }
  return origins;
}

function deepDefaults(
  values: Record<string, unknown>,
  defaults: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(values)) {
    const base = defaults[key];
    out[key] =
      base &&
      typeof base === 'object' &&
      !Array.isArray(base) &&
      value &&
      typeof value === 'object' &&
      !Array.isArray(value)
        ? deepDefaults(value as Record<string, unknown>, base as Record<string, unknown>)
        : value;
  }
  return out;
}

/** The file column an issue's path points at: `['documents', 1, 'type']` → the column read as that item's type. */
function columnOfIssue(
  path: ValidationIssue['path'],
  layout: Layout,
  origins: Map<string, number[]>,
): string | undefined {
  for (let i = 0; i < layout.width; i++) {
    const target = layout.targets[i];
    if (!target) continue;
    const keys = target.keys!;
    const group = target.field.group?.path;
    const at = group ? group.split('.').length : -1;
    const matches = keys.every((key, k) => {
      if (k === at) return origins.get(group!)?.[path[k] as number] === key;
      return path[k] === key;
    });
    if (matches && path.length >= keys.length) return layout.labels[i];
  }
  return undefined;
}

/** Reads CSV text or bytes into validated records, reporting every row that is not imported. */
export function fromCSV(
  input: TextInput,
  options?: FromCSVOptions & { kind?: 'intake' },
): FromCSVResult<IntakeRecord>;
export function fromCSV(
  input: TextInput,
  options: FromCSVOptions & { kind: 'incident' },
): FromCSVResult<IncidentRecord>;
export function fromCSV(
  input: TextInput,
  options: FromCSVOptions = {},
): FromCSVResult<IntakeRecord | IncidentRecord> {
  const kind = recordKind(options.kind) as RecordKind<IntakeRecord | IncidentRecord>;
  const { text, lossy } = decodeText(input);
  const result: FromCSVResult<IntakeRecord | IncidentRecord> = {
    records: [],
    errors: [],
    warnings: [],
    columns: [],
  };
  // Rows are read as the parser reaches them and not held (a large file's parsed rows cost more memory than its
  // records), except the first ones, which say where the header and the HXL row are.
  const head: ParsedRow[] = [];
  let firstData = -1;
  let read: ((row: ParsedRow) => void) | undefined;
  const start = () => {
    const layout = layoutOf(head, kind as RecordKind<unknown>);
    if (!layout) {
      result.errors.push({ line: 1, code: 'empty_file', message: FORMAT_MESSAGES.empty_file });
      read = () => {};
      return;
    }
    read = rowReader(layout, kind, options, lossy, result);
    for (let r = layout.dataFrom; r < head.length; r++) read(head[r]!);
    head.length = 0;
  };
  eachRow(
    text,
    (row) => {
      if (read) return read(row);
      head.push(row);
      if (firstData === -1 && !isBlank(row.cells)) firstData = head.length - 1;
      if (firstData !== -1 && head.length >= firstData + HASHTAG_ROW_SEARCH) start();
    },
    options.delimiter,
  );
  if (!read) start();
  return result;
}

/** Reads each data row into a validated record, or into the errors that say why it was not imported. */
function rowReader(
  layout: Layout,
  kind: RecordKind<IntakeRecord | IncidentRecord>,
  options: FromCSVOptions,
  lossy: boolean,
  result: FromCSVResult<IntakeRecord | IncidentRecord>,
): (row: ParsedRow) => void {
  result.columns = layout.columns;
  result.warnings = layout.warnings;
  const mapped = new Set(layout.columns.map((c) => c.as));
  for (const field of kind.fields) {
    if (
      field.required &&
      !field.group &&
      !mapped.has(field.path) &&
      !(field.path in (options.defaults ?? {}))
    ) {
      if (field.path === 'schemaVersion') continue;
      if (field.path === 'id' && options.generateIds !== false) {
        result.warnings.push({
          line: layout.headerLine,
          code: 'generated_ids',
          message: 'The file has no id column: each imported row was given a new id.',
        });
        continue;
      }
      result.warnings.push({
        line: layout.headerLine,
        column: field.path,
        code: 'missing_column',
        message: `The file has no column for ${field.path}, which every record needs.`,
      });
    }
  }
  const generateIds = !mapped.has('id') && options.generateIds !== false && !!globalThis.crypto?.randomUUID;
  const validateOptions = options.locale ? { locale: options.locale } : {};
  const validate = importValidator(kind);
  const groups = [...new Set(kind.fields.flatMap((f) => (f.group ? [f.group.path] : [])))].map((g) =>
    g.split('.'),
  );
  const reject = (code: FormatErrorCode, row: ParsedRow, column?: string) =>
    result.errors.push({
      line: row.line,
      ...(column ? { column } : {}),
      code,
      message: FORMAT_MESSAGES[code],
    });

  return (row) => {
    if (isBlank(row.cells) && row.errors.length === 0) return;
    if (row.errors.length > 0) {
      const missing = row.errors.some((e) => e.code === 'MissingQuotes');
      reject(missing ? 'unclosed_quote' : 'invalid_quotes', row);
      return;
    }
    if (row.cells.length !== layout.width) {
      reject(row.cells.length < layout.width ? 'too_few_fields' : 'too_many_fields', row);
      return;
    }
    if (lossy) {
      const bad = row.cells.findIndex((cell) => cell.includes(REPLACEMENT));
      if (bad !== -1) {
        reject('invalid_encoding', row, layout.labels[bad]);
        return;
      }
    }
    const values: Record<string, unknown> = {};
    for (let i = 0; i < layout.width; i++) {
      const target = layout.targets[i];
      const raw = row.cells[i]!;
      if (!target || raw === '' || raw.trim() === '') continue;
      setAt(values, target.keys!, target.parse!(raw));
    }
    const origins = compactItems(values, groups);
    const record = options.defaults ? deepDefaults(values, options.defaults) : values;
    record.schemaVersion ??= CURRENT_SCHEMA_VERSION;
    if (record.id === undefined && generateIds) record.id = globalThis.crypto.randomUUID();
    const checked = validate(record, validateOptions);
    if (checked.ok) {
      result.records.push(checked.value);
      return;
    }
    for (const issue of checked.issues) {
      const column = columnOfIssue(issue.path, layout, origins);
      result.errors.push({
        line: row.line,
        ...(column ? { column } : {}),
        code: issue.code,
        message: issue.message,
      });
    }
  };
}
