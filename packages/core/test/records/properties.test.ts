import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileValidators,
  ISSUE_CODES,
  type ValidationResult,
  validateIncident,
  validateIntake,
} from '../../src/validate/index.js';
import { intakeValid } from '../fixtures/intakes.js';
import type { Json } from '../fixtures/types.js';
import { validIncident, validIntake } from './arbitraries.js';

const compiled = compileValidators();
const validators = [
  ['validateIntake', validateIntake],
  ['validateIncident', validateIncident],
  ['compiled validateIntake', compiled.validateIntake],
  ['compiled validateIncident', compiled.validateIncident],
] as const;

const codes: ReadonlySet<string> = new Set(ISSUE_CODES);

/** What every caller relies on: a boolean verdict, and on refusal at least one issue with a path, a known code and a message. */
function expectWellFormed(result: ValidationResult<unknown>) {
  expect(typeof result.ok).toBe('boolean');
  if (result.ok) {
    expect(typeof result.value).toBe('object');
    return;
  }
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(Array.isArray(issue.path)).toBe(true);
    for (const key of issue.path) expect(['string', 'number']).toContain(typeof key);
    expect(codes.has(issue.code), issue.code).toBe(true);
    expect(typeof issue.message).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
  }
}

const prototypeKeys = ['__proto__', 'constructor', 'prototype'];

/** Arbitrary values, deeply nested, with the keys that pollute prototypes when copied carelessly. */
const hostileValue = fc.anything({
  maxDepth: 6,
  maxKeys: 8,
  key: fc.oneof(fc.string(), fc.constantFrom(...prototypeKeys, 'person', 'consent', 'sources', 'id')),
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

/** A valid record with arbitrary values grafted at arbitrary places. */
const graftedRecord = fc
  .tuple(
    fc.constantFrom(...intakeValid.map((f) => f.record)),
    fc.array(fc.tuple(fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 3 }), hostileValue), {
      maxLength: 4,
    }),
  )
  .map(([record, grafts]) => {
    const copy: Json = structuredClone(record);
    // Own properties, as JSON.parse makes them: fast-check's strings include "__proto__", and a plain assignment
    // would graft onto Object.prototype itself (the test polluting what it checks, not the validator).
    const own = (node: Json, key: string, value: unknown) =>
      Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
    for (const [path, value] of grafts) {
      let node = copy;
      for (const key of path.slice(0, -1)) {
        if (!Object.hasOwn(node, key) || typeof node[key] !== 'object' || node[key] === null)
          own(node, key, {});
        node = node[key];
      }
      own(node, path.at(-1)!, value);
    }
    return copy;
  });

function snapshotPrototypes() {
  return [Object.prototype, Array.prototype, Function.prototype].map((proto) =>
    Object.getOwnPropertyNames(proto).sort(),
  );
}

describe('validators on arbitrary input', () => {
  const before = snapshotPrototypes();

  it.each(validators)(
    '%s never throws and returns a well-formed result',
    (_, validate) => {
      fc.assert(
        fc.property(
          fc.oneof(hostileValue, graftedRecord, fc.constantFrom(null, undefined, 0, Number.NaN, '', [], {})),
          (input) => {
            expectWellFormed(validate(input, { locale: 'km' }));
          },
        ),
        { numRuns: 300 },
      );
    },
    60_000,
  );

  it.each(validators)('%s survives cyclic objects', (_, validate) => {
    const record: Json = structuredClone(intakeValid[0]!.record);
    record.self = record;
    record.person.messaging.push(record.person);
    record.notes = record;
    const result = validate(record);
    expectWellFormed(result);
    expect(result.ok).toBe(false);
  });

  it.each(validators)('%s survives getters and proxies that throw', (_, validate) => {
    const withGetter: Json = structuredClone(intakeValid[0]!.record);
    Object.defineProperty(withGetter.person, 'fullName', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const trap = () => {
      throw new Error('trap');
    };
    const proxy = new Proxy(
      {},
      { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap },
    );
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const input of [
      withGetter,
      proxy,
      revoked,
      { ...structuredClone(intakeValid[0]!.record), person: proxy },
    ]) {
      const result = validate(input);
      expectWellFormed(result);
      expect(result.ok).toBe(false);
    }
  });

  it('leaves no trace on any prototype, and never copies a prototype key into a value', () => {
    const input = JSON.parse(
      `{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, ${JSON.stringify(intakeValid[0]!.record).slice(1)}`,
    );
    input.person = JSON.parse(`{"__proto__": {"isAdmin": true}, ${JSON.stringify(input.person).slice(1)}`);
    for (const [, validate] of validators.filter(([name]) => name.endsWith('Intake'))) {
      const result = validate(input);
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
      expect(Object.hasOwn(result.value, '__proto__')).toBe(false);
      expect(Object.hasOwn(result.value, 'constructor')).toBe(false);
      expect((result.value as Json).person.isAdmin).toBeUndefined();
    }
    expect(({} as Json).polluted).toBeUndefined();
    expect(({} as Json).isAdmin).toBeUndefined();
    expect(snapshotPrototypes()).toEqual(before);
  });

  it.each(validators.filter(([name]) => name.endsWith('Intake')))(
    '%s refuses a 10 MB name with too_long',
    (_, validate) => {
      const record: Json = structuredClone(intakeValid[0]!.record);
      record.person.fullName = 'ស'.repeat(10 * 1024 * 1024);
      record.notes = ' '.repeat(10 * 1024 * 1024);
      const result = validate(record);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.issues.map(({ path, code }) => ({ path, code }))).toEqual([
          { path: ['person', 'fullName'], code: 'too_long' },
          { path: ['notes'], code: 'too_long' },
        ]);
      }
    },
    30_000,
  );

  it.each(validators.filter(([name]) => name.endsWith('Intake')))(
    '%s refuses a million phone numbers with too_many',
    (_, validate) => {
      const record: Json = structuredClone(intakeValid[0]!.record);
      record.person.phones = Array.from({ length: 1_000_000 }, () => '+6281234567890');
      const result = validate(record);
      expect(result.ok || result.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
        ['person.phones', 'too_many'],
      ]);
    },
    30_000,
  );

  it.each(validators.filter(([name]) => name.endsWith('Intake')))(
    '%s answers a value nested 100,000 deep',
    (_, validate) => {
      let deep: Json = {};
      for (let i = 0; i < 100_000; i++) deep = { person: deep };
      const record: Json = { ...structuredClone(intakeValid[0]!.record), notes: deep, person: deep };
      expectWellFormed(validate(record));
    },
    30_000,
  );
});

describe('valid generated records', () => {
  it('round-trip through JSON unchanged and validate, as they are, in every validator', () => {
    fc.assert(
      fc.property(validIntake, (record) => {
        const copy = JSON.parse(JSON.stringify(record));
        expect(copy).toEqual(record);
        for (const validate of [validateIntake, compiled.validateIntake]) {
          const result = validate(copy);
          expect(result.ok ? [] : result.issues).toEqual([]);
          if (result.ok) expect(result.value).toEqual(record);
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('incidents round-trip through JSON unchanged and validate', () => {
    fc.assert(
      fc.property(validIncident, (record) => {
        const copy = JSON.parse(JSON.stringify(record));
        expect(copy).toEqual(record);
        for (const validate of [validateIncident, compiled.validateIncident]) {
          const result = validate(copy);
          expect(result.ok ? [] : result.issues).toEqual([]);
          if (result.ok) expect(result.value).toEqual(record);
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('lose only unknown keys', () => {
    fc.assert(
      fc.property(
        validIntake,
        fc.dictionary(
          fc.string().map((k) => `x-${k}`),
          fc.jsonValue(),
        ),
        (record, extra) => {
          const input = { ...extra, ...record, person: { ...extra, ...record.person } };
          const result = validateIntake(input);
          expect(result.ok && result.value).toEqual(record);
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);
});
