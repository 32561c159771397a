import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateIncidentRecords, generateIntakeRecords } from '../../src/examples/generate.js';
import { incidentKind, intakeKind } from '../../src/exchange/fields.js';
import { COMPILE_AFTER, compiledValidator, importValidator } from '../../src/exchange/import-validator.js';

/** Records with anything put anywhere: wrong types, missing groups, hostile text, bad dates. */
function broken<T>(records: readonly T[]) {
  const value = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom('', ' ', '2026-02-30', '1900-01-01', 'ZZ', '-1', 'yes', 'passport'),
    fc.integer({ min: -5, max: 200 }),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
    fc.constant({}),
  );
  return fc
    .tuple(
      fc.nat(records.length - 1),
      fc.array(fc.tuple(fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 3 }), value), {
        maxLength: 4,
      }),
      fc.array(fc.nat(), { maxLength: 4 }),
    )
    .map(([i, sets, picks]) => {
      const record = structuredClone(records[i]) as Record<string, unknown>;
      // Keys that exist in the record, so that most edits hit real fields.
      const paths: string[][] = [];
      const walk = (node: unknown, prefix: string[]) => {
        if (node === null || typeof node !== 'object') return;
        for (const [key, child] of Object.entries(node)) {
          paths.push([...prefix, key]);
          walk(child, [...prefix, key]);
        }
      };
      walk(record, []);
      sets.forEach(([keys, v], n) => {
        const path = paths.length > 0 && picks[n] !== undefined ? paths[picks[n]! % paths.length]! : keys;
        let node: unknown = record;
        for (const key of path.slice(0, -1)) {
          node =
            node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
        }
        if (node !== null && typeof node === 'object') (node as Record<string, unknown>)[path.at(-1)!] = v;
      });
      return record;
    });
}

describe('import validation', () => {
  it('gives exactly the results of the record validator, valid or not, in any locale', () => {
    const intakes = generateIntakeRecords(50, 21);
    const incidents = generateIncidentRecords(30, 21);
    const locale = fc.constantFrom(undefined, 'fr', 'km');
    let invalid = 0;
    fc.assert(
      fc.property(broken(intakes), locale, (record, loc) => {
        const options = loc ? { locale: loc } : {};
        const expected = intakeKind.validate(record, options);
        if (!expected.ok) invalid++;
        expect(compiledValidator(intakeKind)(record, options)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
    // Both kinds of result were compared.
    expect(invalid).toBeGreaterThan(100);
    expect(invalid).toBeLessThan(400);
    fc.assert(
      fc.property(broken(incidents), (record) => {
        expect(compiledValidator(incidentKind)(record)).toEqual(incidentKind.validate(record));
      }),
      { numRuns: 200 },
    );
    for (const record of [...intakes, null, 'x', 42, [], {}]) {
      expect(compiledValidator(intakeKind)(record)).toEqual(intakeKind.validate(record));
    }
  });

  it('compiles only once an import is large', () => {
    const record = generateIntakeRecords(1, 3)[0];
    let calls = 0;
    const counted = {
      ...intakeKind,
      validate: (input: unknown) => {
        calls++;
        return intakeKind.validate(input);
      },
    };
    const small = importValidator(counted);
    for (let i = 0; i < COMPILE_AFTER + 5; i++) expect(small(record).ok).toBe(true);
    expect(calls).toBe(COMPILE_AFTER);
    calls = 0;
    const large = importValidator(counted, 50_000);
    expect(large(record)).toEqual(intakeKind.validate(record));
    expect(calls).toBe(0);
  });
});
