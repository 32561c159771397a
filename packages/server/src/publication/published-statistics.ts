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
  keyedSum,
  publishBinned,
  RECORD_KEY_MODULUS,
  type RecordGroup,
  type StatTable,
} from '@homeward/core';
import type { PublicStatistics, StatQuery } from '../services/statistics.js';
import type { PublicationDay, PublicationGroup, Store } from '../store/types.js';

/** Fields public intake tables are counted by: those the snapshot's SQL groups hold, read as core reads them. */
export const PUBLIC_INTAKE_FIELDS = [
  'person.sex',
  'person.ageBand',
  'person.citizenship',
  'exploitation.province',
  'office',
  'status',
  'childProtection',
] as const;

/**
 * What the public tables publish about a group's records, in a fixed order: a change to any of them re-keys the
 * records (`keyedSum`), so their month's tables are re-drawn as a whole rather than in the two cells the record
 * moved between. Not the registration date: moving a day within a month changes no figure of the month's tables
 * (so it must not re-draw them), and moving between days or months already changes the bins' scopes.
 */
export function publishedValuesOf(g: Omit<PublicationGroup, 'month' | 'count' | 'keySum'>) {
  return [
    g.office,
    g.status,
    g.minor,
    g.sex,
    g.ageBand,
    [...g.citizenship].sort(),
    g.province,
    g.researchWithdrawn,
  ] as const;
}

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
  /** Intake records as SQL groups (counts and key sums), never the records themselves: by month, for counts. */
  intake: RecordGroup<IntakeRecord>[];
  /** The same records grouped by day, for series. */
  intakeDays: RecordGroup<IntakeRecord>[];
  intakeRecords: number;
  /** Published bins of this snapshot, each computed once however many windows hold it. */
  bins: Map<string, StatTable>;
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

/** A stand-in intake record: only what public tables read, which core reads from it as from each record it stands for. */
function standIn(
  date: string,
  researchWithdrawn: boolean,
  parts: Record<string, unknown> = {},
): IntakeRecord {
  return {
    id: '',
    schemaVersion: 2,
    registrationDate: date,
    office: '',
    channel: 'walk_in',
    status: 'registered',
    person: { fullName: '', citizenship: [] },
    ...parts,
    consent: {
      store: { given: true, date },
      ...(researchWithdrawn ? { research: { given: true, date, withdrawnOn: date } } : {}),
    },
  } as IntakeRecord;
}

/**
 * The stand-in record of a month's SQL group for count tables: the office, status, child protection, sex, age band,
 * citizenship, province and research consent, dated the 1st of its month (count tables are binned by month). Child
 * protection is the `minor` column (flagged, or under 18 at intake or recruitment), which is what validation writes
 * into the record's `childProtection`. The key sum is re-keyed by the published values (`publishedValuesOf`).
 */
export function groupRecord(g: PublicationGroup): RecordGroup<IntakeRecord> {
  const record = standIn(`${g.month}-01`, g.researchWithdrawn, {
    office: g.office,
    status: g.status,
    ...(g.minor ? { childProtection: true } : {}),
    person: {
      fullName: '',
      citizenship: g.citizenship,
      ...(g.sex !== null ? { sex: g.sex } : {}),
      ...(g.ageBand !== null ? { ageBand: g.ageBand } : {}),
    },
    ...(g.province !== null ? { exploitation: { province: g.province } } : {}),
  });
  return { record, count: g.count, keySum: keyedSum(g.keySum, g.count, publishedValuesOf(g)) };
}

/**
 * The stand-in record of a day's SQL group for series: the date and research consent, keyed by the plain record
 * keys (a series publishes nothing else about its records, so nothing else may re-draw a day).
 */
export function dayRecord(g: PublicationDay): RecordGroup<IntakeRecord> {
  return { record: standIn(g.registrationDate, g.researchWithdrawn), count: g.count, keySum: g.keySum };
}

/**
 * `PublicStatistics` over published snapshots: pass it to `buildApp({ publicStatistics })`. `table()` answers
 * undefined (the route's 404 "not published") before the first snapshot, for an office filter (staff scope), for
 * an empty window, and for fields the public tables do not offer.
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
    const date = taken.toISOString().slice(0, 10);
    const [groups, days, incident] = await Promise.all([
      this.store.statistics.publicationGroups('intake', date),
      this.store.statistics.publicationDays('intake'),
      readIncidents(this.store),
    ]);
    const intake = groups.map(groupRecord);
    const intakeDays = days.map(dayRecord);
    const intakeRecords = groups.reduce((s, g) => s + g.count, 0);
    this.current = {
      date,
      takenAt: taken.toISOString(),
      intake,
      intakeDays,
      intakeRecords,
      incident,
      bins: new Map(),
    };
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
    // Windows are whole bins (bounds snapped outwards): months for counts, the series' own days, ISO weeks or months.
    const window = alignedWindow(
      query.from,
      query.to,
      snapshot.date,
      query.stat === 'series' ? query.interval : 'month',
    );
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
        interval: query.interval,
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
      binCache: snapshot.bins,
    };
    if (query.kind === 'incident') return publishBinned(snapshot.incident, binned, options);
    return publishBinned(query.stat === 'series' ? snapshot.intakeDays : snapshot.intake, binned, options);
  }
}
