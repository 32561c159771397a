import * as z from 'zod/mini';
import type { IncidentRecord } from '../records/incident.js';
import { IncidentRecordShape } from '../records/incident.js';
import type { IntakeRecord } from '../records/intake.js';
import { IntakeRecordShape } from '../records/intake.js';
import { messagesFor } from './messages/all.js';
import { incidentValidator, intakeValidator, type Validator } from './validate.js';

/** The record validators, as `compileValidators` returns them (compiled by zod's JIT). */
export interface Validators {
  validateIntake: Validator<IntakeRecord>;
  validateIncident: Validator<IncidentRecord>;
}

let compiled: Validators | undefined;

/**
 * `validateIntake` and `validateIncident` with the records' zod schemas compiled by zod's JIT (`z.compile`), for
 * servers and bulk imports: the same results, issue codes, paths and messages (a record the compiled parser refuses
 * is parsed again by the runtime parser, which reports its issues), several times faster on valid records.
 *
 * Forms validate one record at a time and import the runtime validators from `@homeward/core/validate` instead: the
 * compiler adds about 9 KB gzipped to a page. Where `new Function` is not allowed (a strict Content-Security-Policy)
 * the runtime parser is used and nothing else changes. Compiled once, on the first call.
 */
export function compileValidators(): Validators {
  compiled ??= {
    validateIntake: intakeValidator(z.compile(IntakeRecordShape), messagesFor),
    validateIncident: incidentValidator(z.compile(IncidentRecordShape), messagesFor),
  };
  return compiled;
}
