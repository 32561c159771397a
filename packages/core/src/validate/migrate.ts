/**
 * Upgrades intake records saved by an older Homeward (an outbox, an export, a server's store) to the current
 * `schemaVersion`, then validates them. Never throws.
 */
import { CURRENT_SCHEMA_VERSION, type IntakeRecord } from '../records/intake.js';
import type { ValidationResult } from './issues.js';
import { messagesFor } from './messages/index.js';
import { type ValidateOptions, validateIntake } from './validate.js';

/**
 * An intake record of schemaVersion 1, the first format, before names in any script and multiple citizenships:
 * one `name`, one `nationality` code and one `phone`; the ILO indicators under `ilo`; a single consent (to store the
 * record) as a boolean with its date. Every other field is as in version 2.
 */
export interface IntakeRecordV1 {
  id: string;
  schemaVersion: 1;
  registrationDate: string;
  office: string;
  channel: IntakeRecord['channel'];
  person: Omit<IntakeRecord['person'], 'fullName' | 'citizenship' | 'phones'> & {
    name: string;
    nationality: string;
    phone?: string;
  };
  ilo?: IntakeRecord['indicators'];
  consent: boolean;
  consentDate: string;
  [field: string]: unknown;
}

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Version 1 to 2. Works on whatever it is given: what it cannot map is left for validation to report. */
function fromV1(v1: Loose): Loose {
  const { ilo, consent, consentDate, person, ...rest } = v1;
  const upgraded: Loose = {
    ...rest,
    schemaVersion: 2,
    consent: { store: { given: consent, date: consentDate } },
  };
  if (ilo !== undefined) upgraded.indicators = ilo;
  if (isObject(person)) {
    const { name, nationality, phone, ...personRest } = person;
    upgraded.person = {
      ...personRest,
      fullName: name,
      citizenship: nationality === undefined ? undefined : [nationality],
      ...(phone === undefined ? {} : { phones: [phone] }),
    };
  } else {
    upgraded.person = person;
  }
  return upgraded;
}

/** Each step upgrades a record from its key version to the next. */
const STEPS: ReadonlyMap<unknown, (record: Loose) => Loose> = new Map([[1, fromV1]]);

function refused(
  path: (string | number)[],
  code: 'unsupported_version' | 'invalid_input',
  options: ValidateOptions,
): ValidationResult<IntakeRecord> {
  return { ok: false, issues: [{ path, code, message: messagesFor(options.locale)[code] }] };
}

/**
 * Brings an intake record of an older `schemaVersion` to the current one, then validates it: the result is what
 * `validateIntake` returns for the upgraded record (issue paths are those of the current version). A record of the
 * current version is only validated. A missing, unknown or future version is refused with `unsupported_version`.
 */
export function migrate(input: unknown, options: ValidateOptions = {}): ValidationResult<IntakeRecord> {
  if (!isObject(input)) return validateIntake(input, options);
  let record: Loose;
  try {
    record = { ...input };
    let version = record.schemaVersion;
    while (version !== CURRENT_SCHEMA_VERSION) {
      const step = STEPS.get(version);
      if (!step) return refused(['schemaVersion'], 'unsupported_version', options);
      record = step(record);
      version = record.schemaVersion;
    }
  } catch {
    // A getter or proxy that throws: not a record, as the validators say.
    return refused([], 'invalid_input', options);
  }
  return validateIntake(record, options);
}
