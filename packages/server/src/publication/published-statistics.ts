/**
 * Public statistics from published snapshots, never from live records: a snapshot of the records is taken on a
 * schedule (daily by default), every public table is computed from it by core, perturbed by core's cell key method
 * (`perturb`, with the store's per-record `recordKey`) and dated with the snapshot's date. Staff statistics stay
 * live and suppressed (services/statistics.ts). See packages/core/docs/disclosure-control.md.
 */
import {
  alignedWindow,
  type BinnedQuery,
  type EstimateField,
  type IncidentRecord,
  type IntakeRecord,
  keyedSum,
  publishBinned,
  type RecordGroup,
  type StatTable,
} from '@homeward/core';
import type { PublicStatistics, StatQuery } from '../services/statistics.js';
import type {
  IncidentPublicationDay,
  IncidentPublicationGroup,
  PublicationDay,
  PublicationGroup,
  Store,
} from '../store/types.js';

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
  /** Incidents as SQL groups by start month, re-keyed by their published values, for counts. */
  incident: RecordGroup<IncidentRecord>[];
  /** Incidents as SQL groups by start date and estimates, for series: plainly keyed, or re-keyed by one estimate. */
  incidentDays: Record<'count' | EstimateField, RecordGroup<IncidentRecord>[]>;
  incidentRecords: number;
}

const SNAPSHOT_NAME = 'public-statistics';

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

/** Fields public incident tables are counted by: those the snapshot's SQL groups hold, read as core reads them. */
export const PUBLIC_INCIDENT_FIELDS = [
  'type',
  'dates.precision',
  'location.country',
  'location.province',
  'outcomes',
] as const;

/**
 * What public incident count tables publish about a group's incidents, in a fixed order: a change to any of them
 * re-keys the incidents (`keyedSum`), as `publishedValuesOf` does for intake. Not the start date (see there).
 */
export function publishedIncidentValuesOf(g: Omit<IncidentPublicationGroup, 'month' | 'count' | 'keySum'>) {
  return [g.type, g.precision, g.country, g.province, [...g.outcomes].sort()] as const;
}

const ESTIMATES: Record<EstimateField, (g: IncidentPublicationDay) => number> = {
  'peopleAffected.min': (g) => g.peopleMin,
  'peopleAffected.best': (g) => g.peopleBest,
  'peopleAffected.max': (g) => g.peopleMax,
};

/** A stand-in incident record: only what public incident tables read, as core reads it from each incident. */
function incidentStandIn(
  start: string,
  parts: Partial<Omit<IncidentRecord, 'dates' | 'location'>> & {
    precision?: string;
    country?: string;
    province?: string | null;
  } = {},
): IncidentRecord {
  const { precision = 'day', country = '', province = null, ...rest } = parts;
  return {
    id: '',
    schemaVersion: 2,
    type: 'release',
    peopleAffected: { min: 0, best: 0, max: 0 },
    sources: [],
    ...rest,
    dates: { start, precision },
    location: { country, ...(province !== null ? { province } : {}) },
  } as IncidentRecord;
}

/**
 * The stand-in incident of a month's SQL group for count tables, dated the 1st of its month, keyed by its record
 * keys re-keyed by its published values (`publishedIncidentValuesOf`).
 */
export function incidentGroupRecord(g: IncidentPublicationGroup): RecordGroup<IncidentRecord> {
  const record = incidentStandIn(`${g.month}-01`, {
    type: g.type as IncidentRecord['type'],
    precision: g.precision,
    country: g.country,
    province: g.province,
    ...(g.outcomes.length ? { outcomes: g.outcomes as IncidentRecord['outcomes'] } : {}),
  });
  return { record, count: g.count, keySum: keyedSum(g.keySum, g.count, publishedIncidentValuesOf(g)) };
}

/**
 * The stand-in incident of a day's SQL group for series: its start date and estimates. A series of incidents is
 * keyed by the plain record keys (it publishes nothing else); a series adding up an estimate re-keys by that
 * estimate, so a corrected estimate re-draws its period rather than showing the correction exactly.
 */
export function incidentDayRecord(
  g: IncidentPublicationDay,
  sum?: EstimateField,
): RecordGroup<IncidentRecord> {
  const record = incidentStandIn(g.start, {
    peopleAffected: { min: g.peopleMin, best: g.peopleBest, max: g.peopleMax },
  });
  const keySum = sum ? keyedSum(g.keySum, g.count, [sum, ESTIMATES[sum](g)]) : g.keySum;
  return { record, count: g.count, keySum };
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
    const [groups, days, incidentGroups, incidentDays] = await Promise.all([
      this.store.statistics.publicationGroups('intake', date),
      this.store.statistics.publicationDays('intake'),
      this.store.statistics.incidentGroups(date),
      this.store.statistics.incidentDays(),
    ]);
    const intake = groups.map(groupRecord);
    const intakeDays = days.map(dayRecord);
    const intakeRecords = groups.reduce((s, g) => s + g.count, 0);
    const incident = incidentGroups.map(incidentGroupRecord);
    const incidentRecords = incidentGroups.reduce((s, g) => s + g.count, 0);
    const daysBy = (sum?: EstimateField) => incidentDays.map((g) => incidentDayRecord(g, sum));
    this.current = {
      date,
      takenAt: taken.toISOString(),
      intake,
      intakeDays,
      intakeRecords,
      incident,
      incidentDays: {
        count: daysBy(),
        'peopleAffected.min': daysBy('peopleAffected.min'),
        'peopleAffected.best': daysBy('peopleAffected.best'),
        'peopleAffected.max': daysBy('peopleAffected.max'),
      },
      incidentRecords,
      bins: new Map(),
    };
    this.cache.clear();
    await this.store.snapshots.publish({
      name: SNAPSHOT_NAME,
      data: { date, records: { intake: intakeRecords, incident: incidentRecords } },
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
      query.kind === 'intake' ? PUBLIC_INTAKE_FIELDS : PUBLIC_INCIDENT_FIELDS;
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
    if (query.kind === 'incident') {
      const groups =
        query.stat === 'series' ? snapshot.incidentDays[query.sum ?? 'count'] : snapshot.incident;
      return publishBinned(groups, binned, options);
    }
    return publishBinned(query.stat === 'series' ? snapshot.intakeDays : snapshot.intake, binned, options);
  }
}
