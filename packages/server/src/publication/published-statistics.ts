/**
 * Public statistics from published snapshots, never from live records: a snapshot of the records is taken on a
 * schedule (daily by default), every public table is computed from it by core, perturbed by core's cell key method
 * (`perturb`, with the store's per-record `recordKey`) and dated with the snapshot's date. Staff statistics stay
 * live and suppressed (services/statistics.ts). See packages/core/docs/disclosure-control.md.
 */
import {
  countBy,
  INCIDENT_CATEGORIES,
  INTAKE_CATEGORIES,
  type IncidentRecord,
  type IntakeRecord,
  perturb,
  RECORD_KEY_MODULUS,
  type StatTable,
  tableKeys,
  timeSeries,
} from '@homeward/core';
import type { PublicStatistics, StatQuery } from '../services/statistics.js';
import type { RecordKind, Store } from '../store/types.js';
import { publicWindow } from './windows.js';

export interface PublicationOptions {
  /** Minutes between snapshots: 1440 (daily) by default. 0 takes snapshots only when `snapshot()` is called. */
  intervalMinutes?: number;
  /** The clock (tests). */
  now?: () => Date;
  /** Name on every published table's source. */
  sourceName?: string;
}

interface Keyed<R> {
  record: R;
  key: number;
}

interface Snapshot {
  /** `YYYY-MM-DD`: the date every figure of this snapshot is for. */
  date: string;
  takenAt: string;
  intake: Keyed<IntakeRecord>[];
  incident: Keyed<IncidentRecord>[];
}

const PAGE = 500;
const SNAPSHOT_NAME = 'public-statistics';

async function readAll<R>(store: Store, kind: RecordKind): Promise<Keyed<R>[]> {
  const out: Keyed<R>[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.records.list<R>({ kind }, { limit: PAGE, ...(cursor ? { cursor } : {}) });
    // The store's record key is uniform on [0, 2^31 - 1): its low 16 bits are the core record key.
    for (const item of page.items)
      out.push({ record: item.record, key: item.recordKey % RECORD_KEY_MODULUS });
    cursor = page.nextCursor;
  } while (cursor);
  return out;
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
    const [intake, incident] = await Promise.all([
      readAll<IntakeRecord>(this.store, 'intake'),
      readAll<IncidentRecord>(this.store, 'incident'),
    ]);
    const date = taken.toISOString().slice(0, 10);
    this.current = { date, takenAt: taken.toISOString(), intake, incident };
    this.cache.clear();
    await this.store.snapshots.publish({
      name: SNAPSHOT_NAME,
      data: { date, records: { intake: intake.length, incident: incident.length } },
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
    const window = publicWindow(query, snapshot.date);
    if (!window) return undefined;
    const id = JSON.stringify({ ...query, ...window });
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
    const options = { ...window, source };
    if (query.kind === 'intake') {
      const fields = query.by.filter((f) => f in INTAKE_CATEGORIES) as (keyof typeof INTAKE_CATEGORIES)[];
      if (query.stat === 'count' && fields.length !== query.by.length) return undefined;
      const compute =
        query.stat === 'series'
          ? (rs: readonly Keyed<IntakeRecord>[]) =>
              timeSeries(
                rs.map((r) => r.record),
                {
                  field: 'registrationDate',
                  interval: query.interval,
                  cumulative: query.cumulative ?? false,
                  ...options,
                },
              )
          : (rs: readonly Keyed<IntakeRecord>[]) =>
              countBy(
                rs.map((r) => r.record),
                fields.length === 2 ? [fields[0]!, fields[1]!] : fields[0]!,
                options,
              );
      const { table, keys } = tableKeys(snapshot.intake, compute, (r) => r.key);
      return perturb(table, keys);
    }
    const fields = query.by.filter((f) => f in INCIDENT_CATEGORIES) as (keyof typeof INCIDENT_CATEGORIES)[];
    if (query.stat === 'count' && fields.length !== query.by.length) return undefined;
    const compute =
      query.stat === 'series'
        ? (rs: readonly Keyed<IncidentRecord>[]) =>
            timeSeries(
              rs.map((r) => r.record),
              {
                field: 'dates.start',
                interval: query.interval,
                cumulative: query.cumulative ?? false,
                ...(query.sum ? { sum: query.sum } : {}),
                ...options,
              },
            )
        : (rs: readonly Keyed<IncidentRecord>[]) =>
            countBy(
              rs.map((r) => r.record),
              fields.length === 2 ? [fields[0]!, fields[1]!] : fields[0]!,
              options,
            );
    const { table, keys } = tableKeys(snapshot.incident, compute, (r) => r.key);
    return perturb(table, keys);
  }
}
