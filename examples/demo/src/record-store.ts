import { createHash } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export type RecordKind = 'intake' | 'incident';

/** What tells two submissions apart: a hash of the JSON sent. */
export function fingerprintOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** One accepted submission, as kept on disk (one JSON line each) and in memory. */
export interface StoredSubmission<T = unknown> {
  id: string;
  receivedAt: string;
  /** The client's Idempotency-Key, if it sent one, and a fingerprint of what it sent with it. */
  idempotencyKey?: string;
  fingerprint: string;
  record: T;
}

/**
 * Accepted records, in memory and appended to one JSON Lines file per kind in `dataDir`, so that a restarted server
 * still knows every record and every idempotency key it answered. Lookups are synchronous, so a check and the insert
 * that follows it cannot interleave with another request.
 */
export class RecordStore {
  private readonly byId = new Map<RecordKind, Map<string, StoredSubmission>>();
  private readonly byKey = new Map<RecordKind, Map<string, StoredSubmission>>();
  private writes: Promise<void> = Promise.resolve();

  private constructor(private readonly dataDir: string) {
    for (const kind of ['intake', 'incident'] as const) {
      this.byId.set(kind, new Map());
      this.byKey.set(kind, new Map());
    }
  }

  static async open(dataDir: string): Promise<RecordStore> {
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    const store = new RecordStore(dataDir);
    for (const kind of ['intake', 'incident'] as const) {
      let text = '';
      try {
        text = await readFile(store.file(kind), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      for (const line of text.split('\n')) {
        // A line cut off by a crash mid-write is the only kind of bad line we can have written: skip it.
        if (!line.trim()) continue;
        try {
          store.remember(kind, JSON.parse(line) as StoredSubmission);
        } catch {}
      }
    }
    return store;
  }

  private file(kind: RecordKind): string {
    return join(this.dataDir, `${kind}.jsonl`);
  }

  private remember(kind: RecordKind, submission: StoredSubmission): void {
    this.byId.get(kind)!.set(submission.id, submission);
    if (submission.idempotencyKey) this.byKey.get(kind)!.set(submission.idempotencyKey, submission);
  }

  private forget(kind: RecordKind, submission: StoredSubmission): void {
    this.byId.get(kind)!.delete(submission.id);
    if (submission.idempotencyKey) this.byKey.get(kind)!.delete(submission.idempotencyKey);
  }

  findById(kind: RecordKind, id: string): StoredSubmission | undefined {
    return this.byId.get(kind)!.get(id);
  }

  findByKey(kind: RecordKind, key: string): StoredSubmission | undefined {
    return this.byKey.get(kind)!.get(key);
  }

  /**
   * Adds a submission now (so the next request already sees it) and resolves once it is on disk. If the write fails
   * the submission is taken back out, and the promise rejects.
   */
  add(kind: RecordKind, submission: StoredSubmission): Promise<void> {
    this.remember(kind, submission);
    const line = `${JSON.stringify(submission)}\n`;
    const written = this.writes.then(() => appendFile(this.file(kind), line, { mode: 0o600 }));
    this.writes = written.catch(() => {});
    return written.catch((error: unknown) => {
      this.forget(kind, submission);
      throw error;
    });
  }

  /** Resolves once every write started so far has finished (whether it succeeded or not). */
  async flushed(): Promise<void> {
    await this.writes;
  }

  records<T>(kind: RecordKind): T[] {
    return [...this.byId.get(kind)!.values()].map((submission) => submission.record as T);
  }

  count(kind: RecordKind): number {
    return this.byId.get(kind)!.size;
  }
}
