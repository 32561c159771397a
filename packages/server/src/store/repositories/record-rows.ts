/** Between stored rows and the objects the store hands out: clear columns mapped, bodies opened. */
import type { Selectable } from 'kysely';
import type { StoreContext } from '../context.js';
import { aad } from '../crypto/sealer.js';
import type { RecordsTable } from '../schema.js';
import type { ClearColumns, RecordKind, StoredRecord } from '../types.js';

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
  };
}

export function rowToClear(row: RecordRow): ClearColumns {
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
