import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { generateIntakeRecords } from '../../src/examples/generate.js';
import { guardFormula, joinList } from '../../src/exchange/cells.js';
import { buildColumns, type Column, slotCounts } from '../../src/exchange/columns.js';
import { RowWriter } from '../../src/exchange/csv-encode.js';
import { rowPlan } from '../../src/exchange/csv-plan.js';
import { type FieldSpec, intakeKind } from '../../src/exchange/fields.js';
import { toCSV } from '../../src/exchange/index.js';

/**
 * The export's row program is an optimisation: these tests hold it to the plain definition of a cell, "the value at
 * the column's path, written by the rules of cells.ts", on records of any shape.
 */

/** The value at a column's keys; an item index only reads from an array. */
function valueAt(record: unknown, keys: readonly (string | number)[]): unknown {
  let current = record;
  for (const key of keys) {
    if (current === null || typeof current !== 'object') return undefined;
    if (typeof key === 'number' && !Array.isArray(current)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** The cell as a CSV reader sees it (quotes removed), by the rules of cells.ts. */
function expectedCell(value: unknown, field: FieldSpec, guard: boolean): string {
  if (value === undefined || value === null) return '';
  if (field.kind !== 'string' && !field.list && (typeof value === 'number' || typeof value === 'boolean'))
    return String(value);
  const text = field.list && Array.isArray(value) ? joinList(value) : String(value);
  return guard ? guardFormula(text) : text;
}

const hostile = fc.string({
  unit: fc.constantFrom(',', '"', '\n', '\r', "'", '=', '+', '-', '@', '\t', '|', '\\', 'a', ' ', '中', '😀'),
  maxLength: 6,
});
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  hostile,
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.oneof(hostile, fc.integer(), fc.boolean(), fc.constant(null)), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('type', 'number', 'amount', 'x'), hostile, {
    maxKeys: 2,
    noNullPrototype: true,
  }),
);

const base = generateIntakeRecords(40, 11);
/** Every path to an object or a value in the generated records, to put anything at. */
const paths: string[][] = [];
const seen = new Set<string>();
for (const record of base) {
  const walk = (value: unknown, prefix: string[]) => {
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      const path = [...prefix, key];
      if (!seen.has(path.join('.'))) {
        seen.add(path.join('.'));
        paths.push(path);
      }
      walk(child, path);
    }
  };
  walk(record, []);
}

/** Every column of the export, at most two items per array of objects. */
const columns = buildColumns(
  intakeKind.fields,
  new Map([...slotCounts(intakeKind.fields, base)].map(([p]) => [p, 2])),
);

/** Puts `value` at a column's keys, making the objects and arrays on the way. */
function setColumn(
  record: Record<string, unknown>,
  keys: readonly (string | number)[],
  value: unknown,
): void {
  let node: Record<string | number, unknown> = record;
  keys.slice(0, -1).forEach((key, i) => {
    const next = node[key];
    if (next === null || typeof next !== 'object') node[key] = typeof keys[i + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
  node[keys.at(-1)!] = value;
}

function edit(record: unknown, edits: [number, unknown][], cells: [number, unknown][]): unknown {
  const copy = structuredClone(record) as Record<string, unknown>;
  for (const [at, value] of cells) setColumn(copy, columns[at]!.keys, value);
  for (const [at, value] of edits) {
    const path = paths[at]!;
    let node: unknown = copy;
    for (const key of path.slice(0, -1)) {
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    }
    if (node !== null && typeof node === 'object') (node as Record<string, unknown>)[path.at(-1)!] = value;
  }
  return copy;
}

describe('CSV cells', () => {
  it('are each column value written by the cell rules, for records of any shape', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.nat(base.length - 1),
            // Anything anywhere (shapes the schema never allows), then hostile values in columns.
            fc.array(fc.tuple(fc.nat(paths.length - 1), anyValue), { maxLength: 4 }),
            fc.array(
              fc.tuple(
                fc.nat(columns.length - 1),
                fc.oneof(anyValue, {
                  weight: 2,
                  arbitrary: fc.array(hostile, { minLength: 1, maxLength: 3 }),
                }),
              ),
              { maxLength: 8 },
            ),
          ),
          { minLength: 1, maxLength: 4 },
        ),
        fc.boolean(),
        (edits, guard) => {
          const records = edits.map(([i, e, cells]) => edit(base[i], e, cells));
          const written = buildColumns(intakeKind.fields, slotCounts(intakeKind.fields, records));
          // biome-ignore lint/suspicious/noExplicitAny: records of any shape on purpose
          const csv = toCSV(records as any, { hxl: false, formulaGuard: guard });
          const rows = Papa.parse<string[]>(csv, { newline: '\r\n', delimiter: ',' }).data.slice(1);
          // The text ends with a line break: no row after it.
          if (rows.at(-1)?.length === 1 && rows.at(-1)![0] === '') rows.pop();
          expect(rows).toHaveLength(records.length);
          rows.forEach((row, r) => {
            expect(row).toEqual(
              written.map((c) => expectedCell(valueAt(records[r], c.keys), c.field, guard)),
            );
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('come out in column order even when columns of one object are not next to each other', () => {
    const field = (path: string): FieldSpec => ({
      ...intakeKind.fields.find((f) => f.path === 'notes')!,
      path,
    });
    const columns: Column[] = [
      { header: 'a.x', hxl: '#x_a', field: field('a.x'), keys: ['a', 'x'] },
      { header: 'b', hxl: '#x_b', field: field('b'), keys: ['b'] },
      { header: 'a.y', hxl: '#x_c', field: field('a.y'), keys: ['a', 'y'] },
      { header: 'list[0].v', hxl: '#x_d', field: field('list[].v'), keys: ['list', 0, 'v'] },
      { header: 'list[1].v', hxl: '#x_d', field: field('list[].v'), keys: ['list', 1, 'v'] },
    ];
    const writer = new RowWriter(rowPlan(columns), true);
    writer.row({ b: 'B', a: { y: 'Y', x: 'X' }, list: [{ v: '1' }, { v: '=2' }] });
    writer.row({ a: 'not an object', list: { 0: { v: 'not an array' } } });
    writer.row(null);
    expect(writer.take()).toBe("X,B,Y,1,'=2\r\n,,,,\r\n,,,,\r\n");
  });
});
