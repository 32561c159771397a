/**
 * Records to CSV: one row per record, columns named by catalogue path, an HXL hashtag row under the header.
 * See cells.ts for lists and the formula guard, columns.ts for arrays of objects, csv-plan.ts and csv-encode.ts for
 * how rows are written.
 */
import type { IncidentRecord } from '../records/incident.js';
import type { IntakeRecord } from '../records/intake.js';
import { quoteCell } from './cells.js';
import { buildColumns, type Column, slotCounts } from './columns.js';
import { RowWriter } from './csv-encode.js';
import { rowPlan } from './csv-plan.js';
import { type RecordKind, recordKind } from './fields.js';
import { applyProfile, type ExportProfile, fieldsShown } from './profile.js';

/**
 * How `toCSV` writes records: for whom (redaction profile and partner), the HXL row, the columns,
 * spreadsheet-formula guarding, a byte-order mark and the chunk size.
 */
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
 * The export set up once: the columns the profile can show, compiled into a row program, and a writer. Then each
 * record is one pass over that program; nothing about the columns is worked out again per record.
 */
function* exportRows<T>(
  records: Iterable<AnyRecord>,
  options: ToCSVOptions,
  head: (text: string) => T,
  take: (writer: RowWriter) => T,
): Generator<T> {
  const profile = options.profile ?? 'internal';
  const kind = recordKind(options.kind);
  const shown = fieldsShown(kind as RecordKind<unknown>, profile);
  const fields = kind.fields.filter((f) => shown.has(f.path));
  const columns = buildColumns(fields, slotsFor(options, records));
  const redactOptions = options.partner === undefined ? {} : { partner: options.partner };
  const writer = new RowWriter(rowPlan(columns), options.formulaGuard ?? true);
  const chunkRows = Math.max(1, options.chunkRows ?? 2000);

  yield head((options.bom ? '\uFEFF' : '') + headLines(columns, options.hxl ?? true));
  let rows = 0;
  for (const record of records) {
    // `internal` shows the record as it is: no copy, no call per record.
    writer.row(profile === 'internal' ? record : applyProfile(record, profile, redactOptions));
    if (++rows === chunkRows) {
      yield take(writer);
      rows = 0;
    }
  }
  if (rows > 0) yield take(writer);
}

/**
 * The CSV text in chunks of rows (the header and HXL rows first): for exports too large for one string (a million
 * records is several hundred MB), written to a file or a stream as they come. Records are read once, in order, and
 * not held.
 */
export function toCSVChunks(records: Iterable<AnyRecord>, options: ToCSVOptions = {}): Generator<string> {
  return exportRows(
    records,
    options,
    (text) => text,
    (writer) => writer.take(),
  );
}

/** The CSV as UTF-8 bytes, in the chunks of `toCSVChunks`. */
export function toCSVBytes(records: Iterable<AnyRecord>, options: ToCSVOptions = {}): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  return exportRows(
    records,
    options,
    (text) => encoder.encode(text),
    (writer) => encoder.encode(writer.take()),
  );
}

/**
 * The whole CSV as one string. For very large exports use `toCSVChunks`, `toCSVBytes` or `toCSVStream`: a string
 * holds at most 2^29 - 24 characters in V8 (Node, Chrome): about 1.2 million rows of 450 characters.
 */
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
