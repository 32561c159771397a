/**
 * Validation for imports of many records. Validating dominates an import, and zod's compiled parser (`z.compile`)
 * validates a valid record about twice as fast as the runtime one, so once an import has shown it is large, its
 * records are checked by the record kind's validator built on the compiled schema: the same rules and the same
 * messages (it is the same validator), and a record the compiled parser refuses is parsed again by the runtime parser,
 * which reports the issues. Where `new Function` is refused (a strict Content-Security-Policy), `z.compile` returns
 * the runtime schema and nothing changes.
 *
 * Compiling takes about as long as validating a thousand records, so small imports (a form's worth) never pay it.
 * (`compileValidators` in validate/ does the same for servers, with every locale's messages loaded.)
 */
import * as z from 'zod/mini';
import { IncidentRecordShape } from '../records/incident.js';
import { IntakeRecordShape } from '../records/intake.js';
import { incidentValidator, intakeValidator, type Validator } from '../validate/validate.js';
import type { RecordKind } from './fields.js';

/** Records an import validates with the runtime parser before it compiles one. */
export const COMPILE_AFTER = 1000;

const compiled = new Map<string, Validator<unknown>>();

/** The kind's validator on zod's compiled schema, built on first use. */
export function compiledValidator<T>(kind: RecordKind<T>): Validator<T> {
  let validator = compiled.get(kind.name);
  if (!validator) {
    validator = (
      kind.name === 'intake'
        ? intakeValidator(z.compile(IntakeRecordShape))
        : incidentValidator(z.compile(IncidentRecordShape))
    ) as Validator<unknown>;
    compiled.set(kind.name, validator);
  }
  return validator as Validator<T>;
}

/** A validator for one import: the kind's own for the first `COMPILE_AFTER` records, then the compiled one. */
export function importValidator<T>(kind: RecordKind<T>, expected = 0): Validator<T> {
  let seen = expected;
  let fast: Validator<T> | undefined;
  return (input, options) => {
    if (fast === undefined && ++seen > COMPILE_AFTER) fast = compiledValidator(kind);
    return (fast ?? kind.validate)(input, options);
  };
}
