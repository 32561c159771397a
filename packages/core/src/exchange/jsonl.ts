/**
 * JSON Lines: one record per line. Export and import both stream, a line at a time, in Node and in browsers.
 *
 * Reading splits bytes on `\n` before decoding (a `\n` byte never occurs inside a UTF-8 character), so each line is
 * decoded on its own and a line with bytes that are not UTF-8 is reported by number, while the others are read.
 * A line longer than `maxLineLength` is reported and skipped without being held in memory.
 */
import type { IncidentRecord } from '../records/incident.js';
import type { IntakeRecord } from '../records/intake.js';
import { type RecordKind, recordKind } from './fields.js';
import { FORMAT_MESSAGES, type FormatErrorCode, type ImportError } from './import-errors.js';
import { importValidator } from './import-validator.js';
import { applyProfile, type ExportProfile } from './profile.js';
import { type ChunkSource, chunksOf, textStream } from './streams.js';

type AnyRecord = IntakeRecord | IncidentRecord;

/** How `toJSONL` writes records: for whom (redaction profile and partner) and the chunk size. */
export interface ToJSONLOptions {
  /** Who the export is for (see `redact`); default `internal`. */
  profile?: ExportProfile;
  /** For the `partner` profile: the partner receiving the export (see `redact`). */
  partner?: string;
  /** Lines per yielded chunk; default 1000. */
  chunkLines?: number;
}

/** How `fromJSONL` reads a file: which record kind and the messages' locale. */
export interface ReadJSONLOptions {
  kind?: 'intake' | 'incident';
  /** Locale of validation messages (BCP 47). */
  locale?: string;
  /** Longest accepted line, in UTF-16 code units or bytes; default 16 MiB. */
  maxLineLength?: number;
}

/** One line read: its record, or why it was not imported. */
export type JSONLItem<T> = { line: number; record: T } | { line: number; errors: ImportError[] };

/** What `fromJSONL` read: the valid records and the lines it refused with their errors. */
export interface FromJSONLResult<T> {
  records: T[];
  errors: ImportError[];
}

const DEFAULT_MAX_LINE = 16 * 1024 * 1024;

/** Records as JSON Lines text, in chunks of whole lines, each ending with `\n`. */
export async function* toJSONL(
  records: Iterable<AnyRecord> | AsyncIterable<AnyRecord>,
  options: ToJSONLOptions = {},
): AsyncGenerator<string> {
  const profile = options.profile ?? 'internal';
  const redactOptions = options.partner === undefined ? {} : { partner: options.partner };
  const size = Math.max(1, options.chunkLines ?? 1000);
  let lines: string[] = [];
  const add = (record: AnyRecord): string | undefined => {
    lines.push(JSON.stringify(applyProfile(record, profile, redactOptions)));
    if (lines.length < size) return undefined;
    // The last empty line gives the chunk its final line break without another copy.
    lines.push('');
    const chunk = lines.join('\n');
    lines = [];
    return chunk;
  };
  // An array or other iterable is read without awaiting each record (a promise per record cost more than its line).
  if (Symbol.iterator in records) {
    for (const record of records) {
      const chunk = add(record);
      if (chunk !== undefined) yield chunk;
    }
  } else {
    for await (const record of records) {
      const chunk = add(record);
      if (chunk !== undefined) yield chunk;
    }
  }
  if (lines.length > 0) {
    lines.push('');
    yield lines.join('\n');
  }
}

/** Records as a UTF-8 JSON Lines byte stream (a `Response` body, a download, a file). */
export function toJSONLStream(
  records: Iterable<AnyRecord> | AsyncIterable<AnyRecord>,
  options: ToJSONLOptions = {},
): ReadableStream<Uint8Array> {
  return textStream(toJSONL(records, options));
}

type RawLine = { line: number; text: string } | { line: number; code: FormatErrorCode };

const NEWLINE = 10;

/** Splits any source into lines, numbered from 1, holding at most one line (up to `max`) at a time. */
async function* linesOf(source: ChunkSource, max: number): AsyncGenerator<RawLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let line = 1;
  let pending: (string | Uint8Array)[] = [];
  let pendingLength = 0;
  let overflow = false;

  const finish = (): RawLine | undefined => {
    const number = line++;
    if (overflow) {
      overflow = false;
      return { line: number, code: 'line_too_long' };
    }
    const parts = pending;
    pending = [];
    pendingLength = 0;
    if (parts.every((p) => typeof p === 'string')) return { line: number, text: parts.join('') };
    const bytes = concat(parts.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : p)));
    try {
      return { line: number, text: decoder.decode(bytes) };
    } catch {
      return { line: number, code: 'invalid_encoding' };
    }
  };
  const hold = (part: string | Uint8Array) => {
    if (overflow) return;
    pendingLength += part.length;
    if (pendingLength > max) {
      overflow = true;
      pending = [];
      pendingLength = 0;
    } else if (part.length > 0) pending.push(part);
  };

  for await (const chunk of chunksOf(source)) {
    let start = 0;
    for (;;) {
      const end = typeof chunk === 'string' ? chunk.indexOf('\n', start) : chunk.indexOf(NEWLINE, start);
      if (end === -1) break;
      hold(chunk.slice(start, end));
      const done = finish();
      if (done) yield done;
      start = end + 1;
    }
    if (start < chunk.length) hold(typeof chunk === 'string' ? chunk.slice(start) : chunk.slice(start));
  }
  if (pending.length > 0 || overflow) {
    const done = finish();
    if (done) yield done;
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function formatError(line: number, code: FormatErrorCode): ImportError {
  return { line, code, message: FORMAT_MESSAGES[code] };
}

/**
 * Reads JSON Lines from a string, bytes, a Blob/File, a ReadableStream or any (async) iterable of chunks, yielding
 * each line's validated record or its errors as soon as the line is complete. Blank lines are skipped.
 */
export async function* readJSONL<T extends AnyRecord = IntakeRecord>(
  source: ChunkSource,
  options: ReadJSONLOptions = {},
): AsyncGenerator<JSONLItem<T>> {
  const kind = recordKind(options.kind) as RecordKind<T>;
  const validateOptions = options.locale ? { locale: options.locale } : {};
  const validate = importValidator(kind);
  let first = true;
  for await (const raw of linesOf(source, options.maxLineLength ?? DEFAULT_MAX_LINE)) {
    if ('code' in raw) {
      yield { line: raw.line, errors: [formatError(raw.line, raw.code)] };
      first = false;
      continue;
    }
    let text = raw.text;
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    first = false;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      yield { line: raw.line, errors: [formatError(raw.line, 'invalid_json')] };
      continue;
    }
    const checked = validate(value, validateOptions);
    if (checked.ok) yield { line: raw.line, record: checked.value };
    else {
      yield {
        line: raw.line,
        errors: checked.issues.map((issue) => ({
          line: raw.line,
          ...(issue.path.length > 0 ? { column: issue.path.join('.') } : {}),
          code: issue.code,
          message: issue.message,
        })),
      };
    }
  }
}

/** Reads a whole JSON Lines source into records and errors (the records are held; the file is not). */
export async function fromJSONL<T extends AnyRecord = IntakeRecord>(
  source: ChunkSource,
  options: ReadJSONLOptions = {},
): Promise<FromJSONLResult<T>> {
  const result: FromJSONLResult<T> = { records: [], errors: [] };
  for await (const item of readJSONL<T>(source, options)) {
    if ('record' in item) result.records.push(item.record);
    else result.errors.push(...item.errors);
  }
  return result;
}
