/**
 * Group commit for SQLite: the writes of requests that arrive together run in ONE transaction, each in a savepoint of
 * its own, and each caller's promise settles only after that transaction committed. SQLite has one writer, so
 * per-request transactions only queued up one behind the other, each paying BEGIN/COMMIT (and, with
 * synchronous=FULL, an fsync); a batch pays them once. An acknowledged write is therefore exactly as durable as a
 * per-request commit: nobody is answered before the COMMIT that holds their row returned.
 */
import { type Insertable, type Kysely, sql } from 'kysely';
import type { Database, DuplicateJobsTable, RecordTokensTable } from './schema.js';

/**
 * Rows a write leaves for the end of its batch: its blind-index tokens and duplicate job. They are inserted for the
 * whole batch at once, in multi-row statements of a fixed size (so one prepared statement serves them), instead of two
 * statements per submission. They are only kept when the write's own savepoint was released.
 */
export interface BatchRows {
  record_tokens: Insertable<RecordTokensTable>[];
  duplicate_jobs: Insertable<DuplicateJobsTable>[];
}

type Work<T> = (trx: Kysely<Database>, later: BatchRows) => Promise<T>;

/** Rows per multi-row INSERT (the last one of a batch takes the rest). 3 to 9 parameters a row: far below SQLite's limit. */
export const ROWS_PER_INSERT = 100;

const emptyRows = (): BatchRows => ({ record_tokens: [], duplicate_jobs: [] });

async function insertRows(trx: Kysely<Database>, rows: BatchRows): Promise<void> {
  for (let i = 0; i < rows.record_tokens.length; i += ROWS_PER_INSERT) {
    await trx
      .insertInto('record_tokens')
      .values(rows.record_tokens.slice(i, i + ROWS_PER_INSERT))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  for (let i = 0; i < rows.duplicate_jobs.length; i += ROWS_PER_INSERT) {
    await trx
      .insertInto('duplicate_jobs')
      .values(rows.duplicate_jobs.slice(i, i + ROWS_PER_INSERT))
      .execute();
  }
}

interface Pending {
  work: Work<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export interface GroupCommitOptions {
  /** Most writes in one transaction (bounds the time one batch holds the writer and the latency of its first). */
  maxBatch?: number;
}

export class GroupCommit {
  private queue: Pending[] = [];
  private flushing: Promise<void> | undefined;
  private readonly maxBatch: number;
  /** Transactions run and writes committed, for tests and the benchmark. */
  readonly stats = { batches: 0, writes: 0 };

  constructor(
    private readonly db: Kysely<Database>,
    options: GroupCommitOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? 200;
  }

  /** Runs `work` in the next batch's transaction; resolves with its result once that transaction committed. */
  run<T>(work: Work<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
      // One turn of the event loop gathers the requests already read from their sockets into the first batch;
      // while a batch commits, later ones queue for the next.
      this.flushing ??= new Promise<void>((next) => setImmediate(next)).then(() => this.flush());
    });
  }

  /** Settles once every write handed in so far is committed or refused (before the store closes). */
  async drained(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async flush(): Promise<void> {
    try {
      await this.flushBatches();
    } finally {
      this.flushing = undefined;
    }
  }

  private async flushBatches(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      const results = new Map<Pending, unknown>();
      const failed = new Map<Pending, unknown>();
      try {
        await this.db.transaction().execute(async (trx) => {
          const later = emptyRows();
          for (const item of batch) {
            // A savepoint per write: one that throws is undone alone, the others in the batch still commit.
            await sql`savepoint gc`.execute(trx);
            const mine = emptyRows();
            try {
              results.set(item, await item.work(trx, mine));
              await sql`release savepoint gc`.execute(trx);
              later.record_tokens.push(...mine.record_tokens);
              later.duplicate_jobs.push(...mine.duplicate_jobs);
            } catch (error) {
              await sql`rollback to savepoint gc`.execute(trx);
              await sql`release savepoint gc`.execute(trx);
              failed.set(item, error);
            }
          }
          // In the same transaction: committed with the records or not at all.
          await insertRows(trx, later);
        });
        this.stats.batches++;
        this.stats.writes += batch.length - failed.size;
      } catch (error) {
        // The COMMIT (or BEGIN) failed: nothing of the batch is stored, and every caller hears so.
        for (const item of batch) item.reject(error);
        continue;
      }
      for (const item of batch) {
        if (failed.has(item)) item.reject(failed.get(item));
        else item.resolve(results.get(item));
      }
    }
  }
}
