import { randomUUID } from 'node:crypto';
import { findDuplicates, type IntakeRecord } from '@homeward/core';
import type { FastifyBaseLogger } from 'fastify';
import type { Store, StoredRecord } from '../store/types.js';

/** Pairs scored below this are not queued for review (core's findDuplicates default). */
const THRESHOLD = 0.9;
/** A likely earlier registration this many days before: the person was released again (re-trafficking signal). */
const RETRAFFICKED_DAYS = 60;

/**
 * Checks one new registration against the records sharing a blind-index token with it (narrowed in the database),
 * scored with core's matching; likely pairs go to the review queue and both records are flagged.
 */
export async function checkRecord(store: Store, recordId: string): Promise<number> {
  const record = await store.records.get<IntakeRecord>(recordId);
  if (!record || record.kind !== 'intake' || record.mergedInto) return 0;
  const candidateIds = await store.records.candidates(recordId, 200);
  if (candidateIds.length === 0) return 0;
  const candidates = (await store.records.getMany<IntakeRecord>(candidateIds)).filter(
    (c) => c.kind === 'intake' && !c.mergedInto,
  );
  const all: StoredRecord<IntakeRecord>[] = [record, ...candidates];
  const pairs = findDuplicates(
    all.map((s) => s.record),
    { threshold: THRESHOLD },
  ).filter((p) => p.firstIndex === 0 || p.secondIndex === 0);
  for (const pair of pairs) {
    const other = all[pair.firstIndex === 0 ? pair.secondIndex : pair.firstIndex]!;
    const [aId, bId] = record.id < other.id ? [record.id, other.id] : [other.id, record.id];
    await store.duplicatePairs.upsert({
      aId,
      bId,
      probability: pair.score,
      explanation: { reasons: pair.reasons },
    });
    const days =
      Math.abs(Date.parse(record.clear.registrationDate) - Date.parse(other.clear.registrationDate)) /
      86_400_000;
    const retrafficked = days >= RETRAFFICKED_DAYS;
    await store.records.setFlags(record.id, {
      possibleDuplicate: true,
      ...(retrafficked ? { retrafficked } : {}),
    });
    await store.records.setFlags(other.id, { possibleDuplicate: true });
  }
  return pairs.length;
}

/**
 * The duplicate queue worker: claims jobs from the database (leased, so a crashed process's jobs come back), runs
 * them, and polls again on an interval. Runs in-process, off the request path.
 */
export class DuplicateWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private readonly id = `worker-${randomUUID()}`;

  constructor(
    private readonly store: Store,
    private readonly log: FastifyBaseLogger,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    if (this.intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => {
      this.running ??= this.drain()
        .then(() => undefined)
        .finally(() => {
          this.running = undefined;
        });
    }, this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Runs every due job (in batches) and returns how many were done. */
  async drain(batch = 50): Promise<number> {
    let done = 0;
    for (;;) {
      const jobs = await this.store.duplicateJobs.claim({ workerId: this.id, leaseMs: 60_000, limit: batch });
      if (jobs.length === 0) return done;
      for (const job of jobs) {
        try {
          await checkRecord(this.store, job.recordId);
          await this.store.duplicateJobs.complete(job.id);
          done++;
        } catch (error) {
          this.log.error({ err: error, job: job.id }, 'duplicate check failed: retried later');
          await this.store.duplicateJobs.fail(job.id, String((error as Error).message ?? error), 30_000);
        }
      }
    }
  }
}
