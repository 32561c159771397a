import { ageBandAtIntake, type IncidentRecord, type IntakeRecord, isMinor } from '@homeward/core';
import { screen } from '@homeward/core/validate';
import type { ClearColumns } from '../store/types.js';

/** The clear columns of an intake record: what filters and counts need, never a direct identifier. */
export function intakeClearColumns(
  record: IntakeRecord,
  flags: Partial<Pick<ClearColumns, 'possibleDuplicate' | 'retrafficked'>> = {},
): ClearColumns {
  return {
    office: record.office,
    status: record.status,
    registrationDate: record.registrationDate,
    citizenship: [...record.person.citizenship],
    province: record.exploitation?.province ?? null,
    ageBand: ageBandAtIntake(record) ?? null,
    sex: record.person.sex ?? null,
    minor: record.childProtection === true || isMinor(record),
    screeningMet: screen(record).meetsThreshold,
    possibleDuplicate: flags.possibleDuplicate ?? false,
    retrafficked: flags.retrafficked ?? false,
    ...(record.consent.research?.withdrawnOn !== undefined ? { researchWithdrawn: true } : {}),
  };
}

/**
 * Incidents are about places and events, not one person: their clear columns are the place and the date, and what
 * incident statistics count by and add up (codes, a date, whole numbers: no locality, summary or source).
 */
export function incidentClearColumns(record: IncidentRecord): ClearColumns {
  return {
    office: '',
    status: 'reported',
    registrationDate: record.reportedOn ?? record.dates.start,
    citizenship: [],
    province: record.location.province ?? null,
    ageBand: null,
    sex: null,
    minor: false,
    screeningMet: false,
    possibleDuplicate: false,
    retrafficked: false,
    incident: {
      type: record.type,
      start: record.dates.start,
      precision: record.dates.precision,
      country: record.location.country,
      outcomes: [...new Set(record.outcomes ?? [])].sort(),
      peopleMin: record.peopleAffected.min,
      peopleBest: record.peopleAffected.best,
      peopleMax: record.peopleAffected.max,
    },
  };
}
