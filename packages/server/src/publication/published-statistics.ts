/**
 * Public statistics from published snapshots, never from live records: a snapshot of the records is taken on a
 * schedule (daily by default), every public table is computed from it by core, perturbed by core's cell key method
 * (`perturb`, with the store's per-record `recordKey`) and dated with the snapshot's date. Staff statistics stay
 * live and suppressed (services/statistics.ts). See packages/core/docs/disclosure-control.md.
 */
import {
  alignedWindow,
  type BinnedQuery,
  INCIDENT_CATEGORIES,
  type IncidentRecord,
  type IntakeRecord,
  publishByMonth,
  RECORD_KEY_MODULUS,
  type RecordGroup,
  type StatTable,
} from '@homeward/core';
import type { PublicStatistics, StatQuery } from '../services/statistics.js';
import type { PublicationGroup, Store } from '../store/types.js';

/** Fields public intake tables are counted by: those the snapshot's SQL groups hold, read as core reads them. */
export const PUBLIC_INTAKE_FIELDS = [
  'person.sex',
  'person.ageBand',
  'person.citizenship',
  'exploitation.province',
] as const;

export interface PublicationOptions {
  /** Minutes between snapshots: 1440 (daily) by default. 0 takes snapshots only when `snapshot()` is called. */
  intervalMinutes?: number;
  /** The clock (tests). */
  now?: () => Date;
  /** Name on every published table's source. */
  sourceName?: string;
}

interface Snapshot {
  /** `YYYY-MM-DD`: the date every figure of this snapshot is for. */
  date: string;
  takenAt: string;
  /** Intake records as SQL groups (counts and key sums), never the records themselves. */
  intake: RecordGroup<IntakeRecord>[];
  intakeRecords: number;
  /** Incidents (events, not people; few) one group per record. */
  incident: RecordGroup<IncidentRecord>[];
}

const PAGE = 500;
const SNAPSHOT_NAME = 'public-statistics';

async function readIncidents(store: Store): Promise<RecordGroup<IncidentRecord>[]> {
  const out: RecordGroup<IncidentRecord>[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.records.list<IncidentRecord>(
      { kind: 'incident' },
      { limit: PAGE, ...(cursor ? { cursor } : {}) },
    );
    // The store's record key is uniform on [0, 2^31 - 1): its low 16 bits are the core record key.
    for (const item of page.items)
      out.push({ record: item.record, count: 1, keySum: item.recordKey % RECORD_KEY_MODULUS });
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

/**
 * The stand-in record of a SQL group: only what public intake tables read (the date, sex, age band, citizenship,
 * province, research consent), which core reads from it exactly as from each record of the group.
 */
export function groupRecord(g: PublicationGroup): RecordGroup<IntakeRecord> {
  const date = g.registrationDate;
  const record = {
    id: '',
    schemaVersion: 2,
    registrationDate: date,
    office: '',
    channel: 'walk_in',
    status: 'registered',
    person: {
      fullName: '',
      citizenship: g.citizenship,
      ...(g.sex !== null ? { sex: g.sex } : {}),
      ...(g.ageBand !== null ? { ageBand: g.ageBand } : {}),
    },
    ...(g.province !== null ? { exploitation: { province: g.province } } : {}),
    consent: {
      store: { given: true, date },
      ...(g.researchWithdrawn ? { research: { given: true, date, withdrawnOn: date } } : {}),
    },
  } as IntakeRecord;
  return { record, count: g.count, keySum: g.keySum };
}

/**
 * `PublicStatistics` over published snapshots: pass it to `buildApp({ publicStatistics })`. `table()` answers
 * undefined (the route's 404 "not published") before the first snapshot, for windows that are not whole calendar
 * months up to the snapshot date, and for fields the public tables do not offer.
 */
export class PublishedStatistics implements PublicStatistics {
  private current: Snapshot | undefined;
  private readonly cache = new Map<string, StatTable>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly now: () => Date;

  constructor(
    private readonly store: Store,
    private readonly options: PublicationOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
  }

  /** The date of the snapshot the public figures come from, if one was taken. */
  get snapshotDate(): string | undefined {
    return this.current?.date;
  }

  /** Takes a snapshot now and publishes from it (also records the publication in the store's snapshots). */
  async snapshot(): Promise<string> {
    const taken = this.now();
    const [groups, incident] = await Promise.all([
      this.store.statistics.publicationGroups('intake'),
      readIncidents(this.store),
    ]);
    const intake = groups.map(groupRecord);
    const intakeRecords = groups.reduce((s, g) => s + g.count, 0);
    const date = taken.toISOString().slice(0, 10);
    this.current = { date, takenAt: taken.toISOString(), intake, intakeRecords, incident };
    this.cache.clear();
    await this.store.snapshots.publish({
      name: SNAPSHOT_NAME,
      data: { date, records: { intake: intakeRecords, incident: incident.length } },
      publishedAt: taken.toISOString(),
    });
    return date;
  }

  /**
   * Takes a snapshot now and then every `intervalMinutes` (daily by default); `stop()` ends the schedule. A failed
   * scheduled snapshot keeps the previous one published (and is reported to `onError`).
   */
  async start(onError: (error: unknown) => void = () => undefined): Promise<void> {
    await this.snapshot();
    const minutes = this.options.intervalMinutes ?? 24 * 60;
    if (minutes > 0) {
      this.timer = setInterval(() => void this.snapshot().catch(onError), minutes * 60_000);
      this.timer.unref();
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  async table(query: StatQuery): Promise<StatTable | undefined> {
    const snapshot = this.current;
    if (!snapshot || query.office) return undefined;
    // Windows are whole months (bounds snapped outwards), summed from monthly bins; a daily series is not published.
    if (query.stat === 'series' && query.interval !== 'month') return undefined;
    const window = alignedWindow(query.from, query.to, snapshot.date);
    if (!window) return undefined;
    const id = JSON.stringify({ ...query, ...window, from: window.from });
    const cached = this.cache.get(id);
    if (cached) return cached;
    const table = this.compute(snapshot, query, window);
    if (table) this.cache.set(id, table);
    return table;
  }

  private compute(
    snapshot: Snapshot,
    query: StatQuery,
    window: { from?: string; to: string },
  ): StatTable | undefined {
    const source = { name: this.options.sourceName ?? 'Homeward published statistics', date: snapshot.date };
    const allowed: readonly string[] =
      query.kind === 'intake' ? PUBLIC_INTAKE_FIELDS : Object.keys(INCIDENT_CATEGORIES);
    let binned: BinnedQuery;
    if (query.stat === 'series') {
      binned = {
        stat: 'series',
        cumulative: query.cumulative ?? false,
        ...(query.kind === 'incident' && query.sum ? { sum: query.sum } : {}),
      };
    } else {
      const fields = query.by;
      if (fields.length === 0 || fields.length > 2 || !fields.every((f) => allowed.includes(f)))
        return undefined;
      binned = { stat: 'count', fields: fields.length === 2 ? [fields[0]!, fields[1]!] : fields[0]! };
    }
    const options = {
      dateField: query.kind === 'intake' ? 'registrationDate' : 'dates.start',
      ...window,
      latest: snapshot.date,
      source,
    };
    return query.kind === 'intake'
      ? publishByMonth(snapshot.intake, binned, options)
      : publishByMonth(snapshot.incident, binned, options);
  }
}
