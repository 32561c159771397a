import type { IntakeRecord } from '@homeward/core';
import { screen } from '@homeward/core/validate';
import type { Principal } from '../auth/guard.js';
import { problem } from '../plugins/errors.js';
import { allowedTransitions } from '../services/workflow.js';
import type { Store, StoredRecord } from '../store/types.js';

export const caseSummarySchema = {
  type: 'object',
  required: [
    'id',
    'caseNumber',
    'displayName',
    'status',
    'office',
    'registrationDate',
    'citizenship',
    'flags',
    'updatedAt',
  ],
  properties: {
    id: { type: 'string' },
    caseNumber: { type: ['string', 'null'] },
    displayName: { type: 'string' },
    latinName: { type: 'string' },
    status: { type: 'string' },
    office: { type: 'string' },
    registrationDate: { type: 'string' },
    citizenship: { type: 'array', items: { type: 'string' } },
    sex: { type: 'string' },
    ageBand: { type: 'string' },
    score: { type: 'number', description: 'Name search only: how well the name matches (0 to 1)' },
    flags: {
      type: 'object',
      required: ['minor', 'screeningMet', 'possibleDuplicate', 'retrafficked'],
      properties: {
        minor: { type: 'boolean' },
        screeningMet: { type: 'boolean' },
        possibleDuplicate: { type: 'boolean' },
        retrafficked: { type: 'boolean' },
      },
    },
    updatedAt: { type: 'string' },
  },
} as const;

const anyObject = { type: 'object', additionalProperties: true } as const;

export const caseDetailSchema = {
  type: 'object',
  required: [
    'id',
    'caseNumber',
    'status',
    'office',
    'version',
    'record',
    'events',
    'notes',
    'referrals',
    'duplicates',
    'allowedTransitions',
  ],
  properties: {
    id: { type: 'string' },
    caseNumber: { type: ['string', 'null'] },
    status: { type: 'string' },
    office: { type: 'string' },
    version: { type: 'integer' },
    record: { ...anyObject, description: 'The intake record (core IntakeRecord)' },
    screening: anyObject,
    events: { type: 'array', items: anyObject },
    notes: { type: 'array', items: anyObject },
    referrals: { type: 'array', items: anyObject },
    duplicates: { type: 'array', items: anyObject },
    allowedTransitions: { type: 'array', items: { type: 'string' } },
  },
} as const;

export function caseSummary(stored: StoredRecord<IntakeRecord>, score?: number) {
  const { record, clear } = stored;
  return {
    id: stored.id,
    caseNumber: stored.caseNumber,
    displayName: record.person.fullName,
    ...(record.person.latinName ? { latinName: record.person.latinName } : {}),
    status: clear.status,
    office: clear.office,
    registrationDate: clear.registrationDate,
    citizenship: clear.citizenship,
    ...(clear.sex ? { sex: clear.sex } : {}),
    ...(clear.ageBand ? { ageBand: clear.ageBand } : {}),
    ...(score === undefined ? {} : { score }),
    flags: {
      minor: clear.minor,
      screeningMet: clear.screeningMet,
      possibleDuplicate: clear.possibleDuplicate,
      retrafficked: clear.retrafficked,
    },
    updatedAt: stored.updatedAt,
  };
}

export async function caseDetail(store: Store, stored: StoredRecord<IntakeRecord>) {
  const [events, notes, referrals, duplicates] = await Promise.all([
    store.cases.events(stored.id),
    store.cases.notes(stored.id),
    store.referrals.listForCase(stored.id),
    store.duplicatePairs.list({ recordId: stored.id }, { limit: 50 }),
  ]);
  return {
    id: stored.id,
    caseNumber: stored.caseNumber,
    status: stored.clear.status,
    office: stored.clear.office,
    version: stored.version,
    record: stored.record,
    screening: screen(stored.record),
    events,
    notes,
    referrals,
    duplicates: duplicates.items,
    allowedTransitions: allowedTransitions(stored.clear.status),
  };
}

export const etagOf = (version: number) => `"${version}"`;

/** The version an If-Match names, or a 428/412 reason when it is missing or malformed. */
export function ifMatchVersion(header: string | undefined): number {
  if (header === undefined) {
    throw problem(428, 'precondition_required', 'Send If-Match with the ETag of the version you edited.');
  }
  const match = /^(?:W\/)?"(\d+)"$/.exec(header.trim());
  if (!match) throw problem(412, 'bad_if_match', 'If-Match must be the ETag this server sent, e.g. "3".');
  return Number(match[1]);
}

/** A case the principal may see: an intake record, not merged away, of their office when they are office-scoped. */
export async function caseFor(
  store: Store,
  principal: Principal,
  id: string,
): Promise<StoredRecord<IntakeRecord>> {
  const stored = await store.records.get<IntakeRecord>(id);
  if (
    !stored ||
    stored.kind !== 'intake' ||
    (principal.scope === 'office' && stored.clear.office !== principal.user.office)
  ) {
    // Not 403: a case of another office is not even said to exist.
    throw problem(404, 'not_found', 'No such case.');
  }
  return stored;
}
