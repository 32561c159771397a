/** Between stored rows and the objects the store hands out: clear columns mapped, bodies opened. */
import type { Selectable } from 'kysely';
import type { StoreContext } from '../context.js';
import { aad } from '../crypto/sealer.js';
import type { RecordsTable } from '../schema.js';
import type { ClearColumns, IncidentColumns, RecordKind, StoredRecord } from '../types.js';

export type RecordRow = Selectable<RecordsTable>;

export function clearToRow(clear: ClearColumns) {
  return {
    office: clear.office,
    status: clear.status,
    registration_date: clear.registrationDate,
    citizenship: clear.citizenship[0] ?? null,
    citizenships: clear.citizenship.length ? `,${clear.citizenship.join(',')},` : '',
    province: clear.province,
    age_band: clear.ageBand,
    sex: clear.sex,
    minor: clear.minor ? 1 : 0,
    screening_met: clear.screeningMet ? 1 : 0,
    possible_duplicate: clear.possibleDuplicate ? 1 : 0,
    retrafficked: clear.retrafficked ? 1 : 0,
    // Written only when set on insert (the column defaults to 0), so a store at schema version 1 or 2 still takes
    // inserts; updates always write it (records.ts), so withdrawing and restoring consent both reach the column.
    ...(clear.researchWithdrawn ? { research_withdrawn: 1 } : {}),
    // Incidents only, likewise written only when there is something to write (schema version 4).
    ...(clear.incident ? incidentToRow(clear.incident) : {}),
  };
}

/** The incident statistics columns of a row (migration 0004). */
export function incidentToRow(incident: IncidentColumns) {
  return {
    incident_type: incident.type,
    incident_start: incident.start,
    incident_precision: incident.precision,
    incident_country: incident.country,
    incident_outcomes: incident.outcomes.join(','),
    people_min: incident.peopleMin,
    people_best: incident.peopleBest,
    people_max: incident.peopleMax,
  };
}

/** The incident columns of a row, when it has them (an incident written or backfilled at version 4). */
function rowToIncident(row: RecordRow): IncidentColumns | undefined {
  if (
    row.incident_type == null ||
    row.incident_start == null ||
    row.incident_precision == null ||
    row.incident_country == null
  )
    return undefined;
  return {
    type: row.incident_type,
    start: row.incident_start,
    precision: row.incident_precision,
    country: row.incident_country,
    outcomes: (row.incident_outcomes ?? '').split(',').filter((o) => o.length > 0),
    peopleMin: Number(row.people_min),
    peopleBest: Number(row.people_best),
    peopleMax: Number(row.people_max),
  };
}

export function rowToClear(row: RecordRow): ClearColumns {
  const incident = rowToIncident(row);
  return {
    office: row.office,
    status: row.status,
    registrationDate: row.registration_date,
    citizenship: row.citizenships.split(',').filter((c) => c.length > 0),
    province: row.province,
    ageBand: row.age_band,
    sex: row.sex,
    minor: Number(row.minor) === 1,
    screeningMet: Number(row.screening_met) === 1,
    possibleDuplicate: Number(row.possible_duplicate) === 1,
    retrafficked: Number(row.retrafficked) === 1,
    ...(Number(row.research_withdrawn) === 1 ? { researchWithdrawn: true } : {}),
    ...(incident ? { incident } : {}),
  };
}

export function rowToRecord<R>(ctx: StoreContext, row: RecordRow): StoredRecord<R> {
  return {
    id: row.id,
    kind: row.kind as RecordKind,
    version: Number(row.version),
    record: ctx.sealer.openJson<R>(row.key_id, row.body, aad.record(row.id, Number(row.version))),
    clear: rowToClear(row),
    caseNumber: row.case_number,
    recordKey: Number(row.record_key),
    idempotencyKey: row.idempotency_key,
    fingerprint: row.fingerprint,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    mergedInto: row.merged_into,
  };
}

/** A StoredRecord from a row just written and the body the caller gave (no need to open what we sealed). */
export function storedFrom<R>(row: RecordRow, record: R): StoredRecord<R> {
  return {
    id: row.id,
    kind: row.kind as RecordKind,
    version: Number(row.version),
    record,
    clear: rowToClear(row),
    caseNumber: row.case_number,
    recordKey: Number(row.record_key),
    idempotencyKey: row.idempotency_key,
    fingerprint: row.fingerprint,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    mergedInto: row.merged_into,
  };
}
