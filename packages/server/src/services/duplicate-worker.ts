import { randomUUID } from 'node:crypto';
import { DEFAULT_THRESHOLDS, type IntakeRecord, type MatchResult, scoreCandidates } from '@homeward/core';
import type { Store, StoredRecord, StoreRepositories } from '../store/types.js';
import type { DuplicateQueue } from './duplicate-thread.js';

/** Pairs from core's review band (probability 0.2 by default) wait for a person to decide; lower ones are dropped. */
const REVIEW_FROM = DEFAULT_THRESHOLDS.review;
/** A likely earlier registration this many days before: the person was released again (re-trafficking signal). */
const RETRAFFICKED_DAYS = 60;
/** Most candidates scored for one record (those sharing the most blocking keys first). */
const MAX_CANDIDATES = 200;
/** The worker gives the event loop back after this much work, so that intake never waits long behind it. */
const SLICE_MS = 4;

/** What a pair's review shows: core's bands and per-field evidence, plus the field names for a quick reason list. */
function explanationOf(result: MatchResult) {
  const evidence = result.comparisons
    .filter((c) => c.level !== 'null' && c.weight !== 0)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return {
    band: result.band,
    weight: Math.round(result.weight * 100) / 100,
    reasons: evidence.map((c) => `${c.field}_${c.level}`),
    comparisons: result.comparisons,
  };
}

/** A pair found for one registration, to be written with the others of its batch. */
interface FoundPair {
  record: StoredRecord<IntakeRecord>;
  other: StoredRecord<IntakeRecord>;
  result: MatchResult;
}

/**
 * Scores one new registration with core's matcher, reading only: candidates are the records sharing a blind-index
 * token with it (core's blockingKeys, names, documents, phones: HMACs, so narrowed in the database with no name in
 * clear), scored with `scoreCandidates`; the pairs from the review band are returned for writing.
 */
async function findPairs(store: Store, recordId: string): Promise<FoundPair[]> {
  const record = await store.records.get<IntakeRecord>(recordId);
  if (!record || record.kind !== 'intake' || record.mergedInto) return [];
  const candidateIds = await store.records.candidates(recordId, MAX_CANDIDATES);
  if (candidateIds.length === 0) return [];
  const candidates = (await store.records.getMany<IntakeRecord>(candidateIds)).filter(
    (c) => c.kind === 'intake' && !c.mergedInto,
  );
  const byId = new Map<string, StoredRecord<IntakeRecord>>(candidates.map((c) => [c.id, c]));
  const results = scoreCandidates(
    record.record,
    candidates.map((c) => c.record),
    { minProbability: REVIEW_FROM },
  );
  return results.flatMap((result) => {
    const other = byId.get(result.id);
    return other ? [{ record, other, result }] : [];
  });
}

/** The review queue entries and flags of found pairs, in the caller's transaction. */
async function writePairs(tx: StoreRepositories, pairs: FoundPair[]): Promise<void> {
  for (const { record, other, result } of pairs) {
    await tx.duplicatePairs.upsert({
      aId: record.id,
      bId: other.id,
      probability: Math.round(result.probability * 1000) / 1000,
      explanation: explanationOf(result),
    });
    const days =
      Math.abs(Date.parse(record.clear.registrationDate) - Date.parse(other.clear.registrationDate)) /
      86_400_000;
    await tx.records.setFlags(record.id, {
      possibleDuplicate: true,
      ...(days >= RETRAFFICKED_DAYS ? { retrafficked: true } : {}),
    });
    await tx.records.setFlags(other.id, { possibleDuplicate: true });
  }
}

/**
 * Checks one new registration: pairs from the review band go to the review queue and both records are flagged.
 * Returns how many pairs were queued.
 */
export async function checkRecord(store: Store, recordId: string): Promise<number> {
  const pairs = await findPairs(store, recordId);
  if (pairs.length) await store.transaction((tx) => writePairs(tx, pairs));
  return pairs.length;
}

const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The duplicate queue worker: claims jobs from the database (leased, so a crashed process's jobs come back), runs
 * them, and polls again on an interval. `serve` runs it on a thread of its own (duplicate-thread.ts); run in the
 * server's thread (tests, embedders without a data folder to share) it works in slices: after SLICE_MS of work it
 * yields to the event loop (setImmediate runs after pending I/O), so a request arriving meanwhile waits at most one
 * slice.
 */
export interface WorkerLog {
  error(object: object, message: string): void;
}

export class DuplicateWorker implements DuplicateQueue {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopping = false;
  private readonly id = `worker-${randomUUID()}`;
  private readonly sliceMs: number;

  constructor(
    private readonly store: Store,
    private readonly log: WorkerLog,
    private readonly intervalMs: number,
    options: { sliceMs?: number } = {},
  ) {
    this.sliceMs = options.sliceMs ?? SLICE_MS;
  }

  start(): void {
    if (this.intervalMs <= 0 || this.timer) return;
    this.stopping = false;
    this.timer = setInterval(() => {
      this.running ??= this.drain()
        .then(() => undefined)
        .catch((error: unknown) => this.log.error({ err: error }, 'duplicate queue: claim failed'))
        .finally(() => {
          this.running = undefined;
        });
    }, this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Runs every due job (claimed in batches) and returns how many were done. */
  async drain(batch = 20): Promise<number> {
    let done = 0;
    let sliceStart = performance.now();
    for (;;) {
      const jobs = await this.store.duplicateJobs.claim({ workerId: this.id, leaseMs: 60_000, limit: batch });
      if (jobs.length === 0) return done;
      // Scoring reads only; then the whole batch's pairs, flags and completions are written in ONE transaction, so
      // the worker takes the database's write lock once per batch, not several times per job (on SQLite the
      // server's intake waits for that lock).
      const found: { jobId: string; pairs: FoundPair[] }[] = [];
      for (const job of jobs) {
        try {
          found.push({ jobId: job.id, pairs: await findPairs(this.store, job.recordId) });
        } catch (error) {
          this.log.error({ err: error, job: job.id }, 'duplicate check failed: retried later');
          await this.store.duplicateJobs.fail(job.id, String((error as Error).message ?? error), 30_000);
        }
        if (performance.now() - sliceStart >= this.sliceMs) {
          await yieldToRequests();
          sliceStart = performance.now();
        }
      }
      try {
        await this.store.transaction(async (tx) => {
          for (const { jobId, pairs } of found) {
            await writePairs(tx, pairs);
            await tx.duplicateJobs.complete(jobId);
          }
        });
        done += found.length;
      } catch (error) {
        this.log.error({ err: error }, 'duplicate checks could not be saved: retried later');
        for (const { jobId } of found) {
          await this.store.duplicateJobs
            .fail(jobId, String((error as Error).message ?? error), 30_000)
            .catch(() => undefined);
        }
      }
      // Shutting down: the batch in hand is finished, the rest waits in the database for the next start.
      if (this.stopping) return done;
    }
  }
}
