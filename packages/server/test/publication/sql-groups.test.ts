/**
 * Public statistics counted in SQL: the snapshot reads GROUP BY rows (COUNT and SUM(record_key % 65536)), never
 * record bodies, and publishes exactly what core publishes from the records themselves; withdrawn research consent
 * and merged duplicates stay out as before; the backfill of `research_withdrawn` for records written before
 * migration 0003. On SQLite and on a real PostgreSQL.
 */
import {
  type BinnedQuery,
  type EstimateField,
  INCIDENT_CATEGORIES,
  type IncidentRecord,
  type IntakeRecord,
  keyedSum,
  publishBinned,
  RECORD_KEY_MODULUS,
  type RecordGroup,
} from '@homeward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  incidentGroupRecord,
  PUBLIC_INCIDENT_FIELDS,
  PublishedStatistics,
  publishedIncidentValuesOf,
  publishedValuesOf,
} from '../../src/publication/index.js';
import { seedCaseload } from '../../src/services/seed.js';
import type { StatQuery } from '../../src/services/statistics.js';
import {
  backfillIncidentStatistics,
  backfillStatistics,
  type OpenedStore,
  openStoreInternals,
} from '../../src/store/open-store.js';
import type { ClearColumns, RecordKind, Store } from '../../src/store/types.js';
import { backends, createTestDatabase, type TestDatabase } from '../support/databases.js';

const TODAY = '2026-03-20';

async function everyRecord<R>(store: Store, kind: RecordKind, excludeMerged = true) {
  const out: { id: string; record: R; key: number; clear: ClearColumns }[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.records.list<R>(
      { kind, excludeMerged },
      { limit: 500, ...(cursor ? { cursor } : {}) },
    );
    for (const item of page.items)
      out.push({ id: item.id, record: item.record, key: item.recordKey, clear: item.clear });
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

const INCIDENT_QUERIES: [StatQuery, BinnedQuery][] = [
  [
    { kind: 'incident', stat: 'count', by: ['type'], interval: 'month' },
    { stat: 'count', fields: 'type' },
  ],
  [
    { kind: 'incident', stat: 'count', by: ['location.country', 'dates.precision'], interval: 'month' },
    { stat: 'count', fields: ['location.country', 'dates.precision'] },
  ],
  [
    {
      kind: 'incident',
      stat: 'count',
      by: ['location.province', 'outcomes'],
      interval: 'month',
      from: '2025-09-02',
    },
    { stat: 'count', fields: ['location.province', 'outcomes'] },
  ],
  [
    { kind: 'incident', stat: 'series', by: [], interval: 'month', cumulative: true },
    { stat: 'series', cumulative: true },
  ],
  [
    { kind: 'incident', stat: 'series', by: [], interval: 'month', sum: 'peopleAffected.best' },
    { stat: 'series', sum: 'peopleAffected.best' },
  ],
  [
    {
      kind: 'incident',
      stat: 'series',
      by: [],
      interval: 'week',
      sum: 'peopleAffected.max',
      to: '2026-02-10',
    },
    { stat: 'series', interval: 'week', sum: 'peopleAffected.max' },
  ],
  [
    {
      kind: 'incident',
      stat: 'series',
      by: [],
      interval: 'day',
      sum: 'peopleAffected.min',
      from: '2025-12-01',
    },
    { stat: 'series', interval: 'day', sum: 'peopleAffected.min' },
  ],
];

/**
 * An incident's key as the publication counts it: for count tables its record key re-keyed by its published
 * values; for a series adding up an estimate, by that estimate; for a series of incidents, the plain key.
 */
function incidentKey(
  r: { key: number; record: IncidentRecord },
  by: 'values' | EstimateField | undefined,
): number {
  const key = r.key % RECORD_KEY_MODULUS;
  const i = r.record;
  if (by === 'values')
    return keyedSum(
      key,
      1,
      publishedIncidentValuesOf({
        type: i.type,
        precision: i.dates.precision,
        country: i.location.country,
        province: i.location.province ?? null,
        outcomes: [...new Set(i.outcomes ?? [])],
      }),
    );
  if (by === undefined) return key;
  const value = {
    'peopleAffected.min': i.peopleAffected.min,
    'peopleAffected.best': i.peopleAffected.best,
    'peopleAffected.max': i.peopleAffected.max,
  }[by];
  return keyedSum(key, 1, [by, value]);
}

const QUERIES: [StatQuery, BinnedQuery][] = [
  [
    { kind: 'intake', stat: 'count', by: ['person.sex'], interval: 'month' },
    { stat: 'count', fields: 'person.sex' },
  ],
  [
    {
      kind: 'intake',
      stat: 'count',
      by: ['person.citizenship', 'person.sex'],
      interval: 'month',
      from: '2025-06-11',
    },
    { stat: 'count', fields: ['person.citizenship', 'person.sex'] },
  ],
  [
    { kind: 'intake', stat: 'count', by: ['exploitation.province', 'person.ageBand'], interval: 'month' },
    { stat: 'count', fields: ['exploitation.province', 'person.ageBand'] },
  ],
  [
    { kind: 'intake', stat: 'series', by: [], interval: 'month', cumulative: true, to: '2026-02-03' },
    { stat: 'series', cumulative: true },
  ],
  [
    { kind: 'intake', stat: 'count', by: ['status', 'childProtection'], interval: 'month' },
    { stat: 'count', fields: ['status', 'childProtection'] },
  ],
  [
    { kind: 'intake', stat: 'count', by: ['office', 'person.sex'], interval: 'month', to: '2026-01-31' },
    { stat: 'count', fields: ['office', 'person.sex'] },
  ],
  [
    { kind: 'intake', stat: 'series', by: [], interval: 'day', from: '2026-01-01', to: '2026-01-18' },
    { stat: 'series', interval: 'day' },
  ],
  [
    { kind: 'intake', stat: 'series', by: [], interval: 'week', from: '2025-12-24', to: '2026-02-03' },
    { stat: 'series', interval: 'week' },
  ],
];

/** A record's key as the publication counts it: its record key re-keyed by its published (clear) values. */
const publicationKey = (r: { key: number; clear: ClearColumns }) =>
  keyedSum(
    r.key % RECORD_KEY_MODULUS,
    1,
    publishedValuesOf({ ...r.clear, researchWithdrawn: r.clear.researchWithdrawn === true }),
  );

describe.each(backends())('public statistics from SQL groups on %s', (backend) => {
  let database: TestDatabase;
  let opened: OpenedStore;
  let store: Store;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    opened = await openStoreInternals({
      dataDir: database.dataDir,
      ...(database.databaseUrl ? { databaseUrl: database.databaseUrl } : {}),
      dataKey: new Uint8Array(32).fill(3),
    });
    store = opened.store;
    expect(await seedCaseload(store, { intake: 600, incident: 40 })).toBe(640);
    // Two merged duplicates: left out of everything public.
    const some = (await everyRecord<IntakeRecord>(store, 'intake')).slice(0, 3);
    await store.records.markMerged(some[1]!.id, some[0]!.id);
    await store.records.markMerged(some[2]!.id, some[0]!.id);
  }, 120_000);

  afterAll(async () => {
    await store.close();
    await database.cleanup();
  });

  it('groups count every unmerged intake record once, with its key and its consent', async () => {
    const records = await everyRecord<IntakeRecord>(store, 'intake');
    expect(records.length).toBe(598);
    const groups = await store.statistics.publicationGroups('intake', '2100-01-01');
    expect(groups.reduce((s, g) => s + g.count, 0)).toBe(598);
    expect(groups.length).toBeLessThan(598);
    const days = await store.statistics.publicationDays('intake');
    expect(days.reduce((s, g) => s + g.count, 0)).toBe(598);
    expect(days.reduce((s, g) => s + g.keySum, 0)).toBe(
      records.reduce((s, r) => s + (r.key % RECORD_KEY_MODULUS), 0),
    );
    const keySum = records.reduce((s, r) => s + (r.key % RECORD_KEY_MODULUS), 0);
    expect(groups.reduce((s, g) => s + g.keySum, 0)).toBe(keySum);
    const withdrawn = records.filter((r) => r.record.consent.research?.withdrawnOn !== undefined).length;
    expect(withdrawn).toBeGreaterThan(0);
    expect(groups.filter((g) => g.researchWithdrawn).reduce((s, g) => s + g.count, 0)).toBe(withdrawn);
  });

  it('publishes the same tables as core over the records themselves', async () => {
    const published = new PublishedStatistics(store, {
      intervalMinutes: 0,
      now: () => new Date(`${TODAY}T06:00:00Z`),
    });
    await published.snapshot();
    const records = await everyRecord<IntakeRecord>(store, 'intake');
    // Count tables re-key records by their published values; series use the plain record keys.
    const keyed: RecordGroup<IntakeRecord>[] = records.map((r) => ({
      record: r.record,
      count: 1,
      keySum: publicationKey(r),
    }));
    const plain: RecordGroup<IntakeRecord>[] = records.map((r) => ({
      record: r.record,
      count: 1,
      keySum: r.key % RECORD_KEY_MODULUS,
    }));
    // Child protection as the body says (validation sets it for minors) is the clear `minor` column.
    for (const r of await everyRecord<IntakeRecord>(store, 'intake'))
      expect(r.record.childProtection === true).toBe(r.clear.minor);
    const source = { name: 'Homeward published statistics', date: TODAY };
    for (const [query, binned] of QUERIES) {
      const fromSql = await published.table(query);
      const fromRecords = publishBinned(query.stat === 'series' ? plain : keyed, binned, {
        dateField: 'registrationDate',
        ...(query.from ? { from: query.from } : {}),
        ...(query.to ? { to: query.to } : {}),
        latest: TODAY,
        source,
      });
      expect(fromSql, JSON.stringify(query)).toEqual(fromRecords);
      const withdrawn = fromSql!.excluded.find((e) => e.reason === 'research_consent_withdrawn');
      if (query.stat === 'count' && !query.from) expect(withdrawn?.count ?? 0).toBeGreaterThan(0);
    }
  });

  it('publishes the same incident tables as core over the incident records, from SQL groups', async () => {
    const published = new PublishedStatistics(store, {
      intervalMinutes: 0,
      now: () => new Date(`${TODAY}T06:00:00Z`),
    });
    await published.snapshot();
    const incidents = await everyRecord<IncidentRecord>(store, 'incident');
    expect(incidents.length).toBe(40);
    const groups = await store.statistics.incidentGroups('2100-01-01');
    expect(groups.reduce((s, g) => s + g.count, 0)).toBe(40);
    expect(groups.reduce((s, g) => s + g.keySum, 0)).toBe(
      incidents.reduce((s, r) => s + (r.key % RECORD_KEY_MODULUS), 0),
    );
    const source = { name: 'Homeward published statistics', date: TODAY };
    for (const [query, binned] of INCIDENT_QUERIES) {
      // Count tables re-key incidents by their published values; series by the estimate they add up, if any.
      const sum = binned.stat === 'series' ? binned.sum : undefined;
      const groupsOfRecords: RecordGroup<IncidentRecord>[] = incidents.map((r) => ({
        record: r.record,
        count: 1,
        keySum: incidentKey(r, query.stat === 'count' ? 'values' : sum),
      }));
      const fromSql = await published.table(query);
      const fromRecords = publishBinned(groupsOfRecords, binned, {
        dateField: 'dates.start',
        ...(query.from ? { from: query.from } : {}),
        ...(query.to ? { to: query.to } : {}),
        latest: TODAY,
        source,
      });
      expect(fromSql, JSON.stringify(query)).toEqual(fromRecords);
      // Not vacuous: over all the incidents something is published (a narrow window may hold only small cells).
      if (!query.from)
        expect(
          fromSql!.cells.some((c) => (c.value ?? 0) > 0),
          JSON.stringify(query),
        ).toBe(true);
    }
    // Every field core counts incidents by is offered, and nothing else.
    expect([...PUBLIC_INCIDENT_FIELDS].sort()).toEqual(Object.keys(INCIDENT_CATEGORIES).sort());
  });

  it('re-keys an incident whose published values change: its month is re-drawn as a whole', async () => {
    const [g] = await store.statistics.incidentGroups('2100-01-01');
    const before = incidentGroupRecord(g!).keySum;
    const moved = incidentGroupRecord({ ...g!, type: g!.type === 'raid' ? 'rescue' : 'raid' }).keySum;
    expect(moved).not.toBe(before);
    // The same values give the same key, whatever order the outcomes came in.
    expect(incidentGroupRecord({ ...g!, outcomes: [...g!.outcomes].reverse() }).keySum).toBe(before);
  });

  it('backfills research_withdrawn from the sealed bodies once, for records written before migration 0003', async () => {
    const before = await store.statistics.publicationGroups('intake', '2100-01-01');
    // Every intake record is backfilled, merged ones too (they may be unmerged later).
    const withdrawn = (await everyRecord<IntakeRecord>(store, 'intake', false)).filter(
      (r) => r.record.consent.research?.withdrawnOn !== undefined,
    ).length;
    // As a database migrated from version 2 looks: the column at its default, the backfill pending.
    await opened.context.db.updateTable('records').set({ research_withdrawn: 0 }).execute();
    await opened.context.db.deleteFrom('meta').where('key', '=', 'statistics_backfill').execute();
    await opened.context.db
      .insertInto('meta')
      .values({ key: 'statistics_backfill', value: 'pending' })
      .execute();
    expect(
      (await store.statistics.publicationGroups('intake', '2100-01-01')).some((g) => g.researchWithdrawn),
    ).toBe(false);
    expect(await backfillStatistics(opened.context)).toBe(withdrawn);
    expect(await backfillStatistics(opened.context)).toBe(0);
    expect(await store.statistics.publicationGroups('intake', '2100-01-01')).toEqual(before);
  });

  it('backfills the incident columns from the sealed bodies once, for incidents written before migration 0004', async () => {
    const groups = await store.statistics.incidentGroups('2100-01-01');
    const days = await store.statistics.incidentDays();
    // As a database migrated from version 3 looks: the columns empty, the backfill pending.
    await opened.context.db
      .updateTable('records')
      .set({
        incident_type: null,
        incident_start: null,
        incident_precision: null,
        incident_country: null,
        incident_outcomes: '',
        people_min: null,
        people_best: null,
        people_max: null,
      })
      .execute();
    await opened.context.db.deleteFrom('meta').where('key', '=', 'incident_statistics_backfill').execute();
    await opened.context.db
      .insertInto('meta')
      .values({ key: 'incident_statistics_backfill', value: 'pending' })
      .execute();
    expect(await store.statistics.incidentGroups('2100-01-01')).toEqual([]);
    expect(await backfillIncidentStatistics(opened.context)).toBe(40);
    expect(await backfillIncidentStatistics(opened.context)).toBe(0);
    expect(await store.statistics.incidentGroups('2100-01-01')).toEqual(groups);
    expect(await store.statistics.incidentDays()).toEqual(days);
    // Intake records have no incident columns.
    const intake = await everyRecord<IntakeRecord>(store, 'intake');
    expect(intake.some((r) => r.clear.incident !== undefined)).toBe(false);
  });
});
