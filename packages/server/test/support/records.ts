/** Fictional intake records for store tests and benchmarks, with their clear columns. */
import { createHash } from 'node:crypto';
import type { IntakeRecord } from '@homeward/core';
import { generateIntakeRecords } from '@homeward/core/examples';
import type { ClearColumns, InsertRecordInput } from '../../src/store/types.js';

export function fingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

export function clearOf(record: IntakeRecord): ClearColumns {
  return {
    office: record.office,
    status: record.status,
    registrationDate: record.registrationDate,
    citizenship: [...record.person.citizenship],
    province: record.exploitation?.province ?? null,
    ageBand: record.person.ageBand ?? null,
    sex: record.person.sex ?? null,
    minor: record.childProtection === true,
    screeningMet: false,
    possibleDuplicate: false,
    retrafficked: false,
  };
}

export function intakes(count: number, seed = 7): IntakeRecord[] {
  return generateIntakeRecords(count, seed);
}

export function insertInput(
  record: IntakeRecord,
  extra: Partial<InsertRecordInput<IntakeRecord>> = {},
): InsertRecordInput<IntakeRecord> {
  return {
    kind: 'intake',
    id: record.id,
    record,
    clear: clearOf(record),
    fingerprint: fingerprint(record),
    ...extra,
  };
}

/** A case number format for tests (the real one, with its check digit, is core's). */
export function testCaseNumber(scope: string, year: number) {
  return {
    scope,
    year,
    format: (n: number) => `${scope}-${String(year).padStart(2, '0')}-${String(n).padStart(5, '0')}`,
  };
}
