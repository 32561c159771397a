/**
 * Every free-text field of intake and incident records, derived from core's JSON Schemas (not from an example's
 * keys): markup in it is stored as sent and answered as JSON text (never as HTML) under a strict CSP and nosniff, and
 * spreadsheet-formula text in it leaves the CSV export neutralised (a leading `'`), field by field.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { validateIncident, validateIntake } from '@homeward/core';
import {
  generateIncidentRecords,
  generateIntakeRecords,
  incidentExamples,
  intakeExamples,
} from '@homeward/core/examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertInput } from '../support/records.js';
import { type Harness, harness, type Session } from './harness.js';

type Json = Record<string, unknown>;
type Kind = 'intake' | 'incident';
/** A path in a record; '[]' is "the first item of this array". */
type Path = string[];

/** Short enough for the tightest free-text limit (documents[].number, 50 characters). */
const MARKUP = '<img src=x onerror=alert(1)><b>x</b>';
const FORMULA_BODY = 'HYPERLINK("http://x.example","y")';
/** What spreadsheets run as a formula at the start of a cell. */
const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r'];

const require = createRequire(import.meta.url);
function schemaOf(kind: Kind): Json {
  return JSON.parse(readFileSync(require.resolve(`@homeward/core/schemas/${kind}.schema.json`), 'utf8'));
}

/**
 * The schema's free-text fields: strings that are not an enum, a constant, a format or a reference to a defined type
 * (dates, codes, ids, URLs, phone numbers). Walks properties and array items.
 */
function freeTextPaths(schema: Json): Path[] {
  const out: Path[] = [];
  const walk = (node: Json, path: Path) => {
    if ('$ref' in node) return;
    if (node.properties) {
      for (const [key, child] of Object.entries(node.properties as Record<string, Json>))
        walk(child, [...path, key]);
    }
    if (node.type === 'array' && node.items) walk(node.items as Json, [...path, '[]']);
    if (node.type === 'string' && !('enum' in node) && !('const' in node) && !('format' in node))
      out.push(path);
  };
  walk(schema, []);
  return out;
}

const name = (path: Path) => path.join('.').replaceAll('.[]', '[]');

/** The value's container at `path` in `record`, or undefined when the record has no such container. */
function container(
  record: unknown,
  path: Path,
): { holder: Json | unknown[]; key: string | number } | undefined {
  let node: unknown = record;
  for (let i = 0; i < path.length - 1; i++) {
    const step = path[i]!;
    if (step === '[]') {
      if (!Array.isArray(node) || node.length === 0) return undefined;
      node = node[0];
    } else {
      if (!node || typeof node !== 'object') return undefined;
      node = (node as Json)[step];
    }
  }
  const last = path.at(-1)!;
  if (last === '[]') return Array.isArray(node) && node.length > 0 ? { holder: node, key: 0 } : undefined;
  return node && typeof node === 'object' && !Array.isArray(node)
    ? { holder: node as Json, key: last }
    : undefined;
}

function read(record: unknown, path: Path): unknown {
  const at = container(record, path);
  return at ? (at.holder as Record<string | number, unknown>)[at.key] : undefined;
}

const pools: Record<Kind, Json[]> = {
  intake: [...intakeExamples, ...generateIntakeRecords(300, 11)] as unknown as Json[],
  incident: [...incidentExamples, ...generateIncidentRecords(300, 11)] as unknown as Json[],
};

/**
 * A valid record of `kind` with `value` in the field at `path` (and a fresh id): the first example or generated
 * record that has the field's container, so that every field is tested even when examples[0] lacks it.
 */
function recordWith(kind: Kind, path: Path, value: string): Json {
  const validate = kind === 'intake' ? validateIntake : validateIncident;
  for (const base of pools[kind]) {
    const copy = structuredClone(base);
    const at = container(copy, path);
    if (!at) continue;
    (at.holder as Record<string | number, unknown>)[at.key] = value;
    copy.id = randomUUID();
    if ((validate(copy) as { ok: boolean }).ok) return copy;
  }
  throw new Error(`No valid ${kind} record can carry ${JSON.stringify(value)} in ${name(path)}`);
}

const paths: Record<Kind, Path[]> = {
  intake: freeTextPaths(schemaOf('intake')),
  incident: freeTextPaths(schemaOf('incident')),
};

let h: Harness;
let admin: Session;
beforeAll(async () => {
  h = await harness();
  admin = await h.login('admin');
});
afterAll(async () => {
  await h.close();
});

describe("free-text fields derived from core's schemas", () => {
  it('include every kind of text a person or a caseworker types, and none of the coded fields', () => {
    const intake = paths.intake.map(name);
    const incident = paths.incident.map(name);
    for (const field of [
      'person.fullName',
      'person.latinName',
      'person.messaging[].handle',
      'documents[].number',
      'recruitment.promisedJob',
      'exploitation.compoundName',
      'consent.shareWithPartners.partners[]',
      'notes',
    ]) {
      expect(intake).toContain(field);
    }
    for (const field of [
      'summary',
      'allegedOperator',
      'sources[].publisher',
      'sources[].verification.notes',
    ]) {
      expect(incident).toContain(field);
    }
    for (const coded of [
      'id',
      'registrationDate',
      'status',
      'person.sex',
      'person.phones[]',
      'sources[].url',
    ]) {
      expect([...intake, ...incident]).not.toContain(coded);
    }
  });
});

describe.each(paths.intake.map((path) => [name(path), path] as const))('intake %s', (_field, path) => {
  it('markup is stored as sent and returned as JSON text by the staff detail', async () => {
    const record = recordWith('intake', path, MARKUP);
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/intake',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(record),
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(read((await h.store.records.get(String(record.id)))?.record, path)).toBe(MARKUP);

    const detail = await admin.request({ method: 'GET', url: `/api/cases/${record.id}` });
    expect(detail.statusCode).toBe(200);
    expect(detail.headers['content-type']).toMatch(/^application\/json/);
    expect(detail.headers['x-content-type-options']).toBe('nosniff');
    expect(String(detail.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(String(detail.headers['content-security-policy'])).toContain("default-src 'self'");
    expect(read(detail.json().record, path)).toBe(MARKUP);
  });
});

describe.each(paths.incident.map((path) => [name(path), path] as const))('incident %s', (_field, path) => {
  it('markup is stored as sent, answered as JSON', async () => {
    const record = recordWith('incident', path, MARKUP);
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/incident',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(record),
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(read((await h.store.records.get(String(record.id)))?.record, path)).toBe(MARKUP);
  });
});

/** RFC 4180 rows (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

/** The CSV column of a path: arrays of objects as `documents[0].number`, lists of text as one `a.b` column. */
const column = (path: Path) =>
  path
    .join('.')
    .replaceAll('.[].', '[0].')
    .replace(/\.\[\]$/, '');

describe('CSV export of formula text in every free-text intake field', () => {
  it('neutralises =, +, -, @, tab and carriage return at the start of every text cell', async () => {
    const expected: { id: string; field: string; value: string }[] = [];
    for (const path of paths.intake) {
      for (const start of FORMULA_STARTS) {
        const value = `${start}${FORMULA_BODY}`;
        // Core's schema refuses control characters in most fields, so the API does too; the export must still be
        // safe for rows that came in another way (an import, an older version): those are stored directly.
        const record = recordWith('intake', path, 'placeholder');
        const at = container(record, path)!;
        (at.holder as Record<string | number, unknown>)[at.key] = value;
        const res = await h.app.inject({
          method: 'POST',
          url: '/api/intake',
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify(record),
        });
        if (res.statusCode === 400 && (start === '\t' || start === '\r')) {
          expect((await h.store.records.insert(insertInput(record as never))).status).toBe('created');
        } else {
          expect(res.statusCode, `${column(path)} ${JSON.stringify(value)}: ${res.body}`).toBe(201);
        }
        expected.push({ id: String(record.id), field: column(path), value });
      }
    }
    const res = await admin.request({ method: 'GET', url: '/api/exports/csv' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/^attachment;/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const [header, , ...rows] = parseCsv(res.body);
    const byId = new Map(rows.map((r) => [r[header!.indexOf('id')], r]));
    for (const { id, field, value } of expected) {
      const index = header!.indexOf(field);
      expect(index, `column ${field}`).toBeGreaterThanOrEqual(0);
      const cell = byId.get(id)?.[index];
      // A list column joins its items: the first item (ours) starts the cell.
      expect(
        cell?.startsWith(`'${value}`),
        `${field} ${JSON.stringify(value)} -> ${JSON.stringify(cell)}`,
      ).toBe(true);
    }
    // No text cell anywhere in the export starts a formula.
    for (const row of rows) for (const cell of row) expect(/^[=+\-@\t\r]/.test(cell), cell).toBe(false);
  });
});
