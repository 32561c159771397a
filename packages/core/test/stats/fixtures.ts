/** Small hand-made records whose statistics can be worked out by hand. */
import type { IncidentRecord, IntakeRecord } from '../../src/index.js';

let counter = 0;

function uuid(): string {
  counter++;
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
}

type PersonPart = Partial<IntakeRecord['person']>;

export interface IntakeOptions extends Partial<Omit<IntakeRecord, 'person'>> {
  person?: PersonPart;
}

/** A minimal valid intake record, with the parts a test cares about. */
export function intake(options: IntakeOptions = {}): IntakeRecord {
  const { person, ...rest } = options;
  const registrationDate = rest.registrationDate ?? '2026-01-10';
  return {
    id: uuid(),
    schemaVersion: 2,
    registrationDate,
    office: 'idn-embassy-phnom-penh',
    channel: 'walk_in',
    person: { fullName: 'Test Person', citizenship: ['ID'], ...person },
    consent: { store: { given: true, date: registrationDate } },
    status: 'registered',
    ...rest,
  };
}

/** A record whose research consent was withdrawn. */
export function withdrawn(options: IntakeOptions = {}): IntakeRecord {
  const record = intake(options);
  record.consent.research = { given: true, date: record.registrationDate, withdrawnOn: '2026-02-01' };
  return record;
}

export function incident(options: Partial<IncidentRecord> = {}): IncidentRecord {
  return {
    id: uuid(),
    schemaVersion: 2,
    type: 'release',
    dates: { start: '2026-01-08', precision: 'day' },
    location: { country: 'KH', province: 'KH-20' },
    peopleAffected: { min: 10, best: 20, max: 30 },
    sources: [{ kind: 'video', verification: { status: 'verified' } }],
    ...options,
  };
}

/** `n` copies made by `make`. */
export function times<T>(n: number, make: () => T): T[] {
  return Array.from({ length: n }, make);
}
