/**
 * Where a form keeps what it must not lose: the draft (every change, encrypted on this device, expiring) and the
 * submissions waiting for the server (D1's outbox). Saves are coalesced: at most one write runs and one waits, and the
 * waiting one always carries the latest answers, so fast typing never queues a backlog and never loses the last key.
 */
import { EncryptedDraftStore } from '../shared/storage/draft-store.js';
import { Outbox, type OutboxStateEvent, type OutboxSubmission } from '../shared/storage/outbox.js';
import type { FlowState } from './flow-state.js';

/** What a draft holds: the answers as typed, where the person was, and the record's identity. */
export interface FlowDraft {
  v: 1;
  state: FlowState;
  step: string;
  recordId: string;
  startedOn: string;
  /** The language the person chose in the form, if they chose one. */
  lang?: string;
  /** The step to go back to after a change made from the check-answers step. */
  returnToCheck?: boolean;
}

export function isFlowDraft(value: unknown): value is FlowDraft {
  const d = value as Partial<FlowDraft> | null;
  return (
    !!d &&
    d.v === 1 &&
    typeof d.step === 'string' &&
    typeof d.recordId === 'string' &&
    typeof d.startedOn === 'string' &&
    typeof d.state === 'object'
  );
}

export class FlowPersistence {
  readonly drafts: EncryptedDraftStore<FlowDraft>;
  outbox: Outbox | undefined;
  #writing: Promise<unknown> | undefined;
  #next: FlowDraft | undefined;
  #onState: ((s: OutboxSubmission) => void) | undefined;
  readonly #listener = (event: Event) => this.#onState?.((event as OutboxStateEvent).submission);

  constructor(
    readonly namespace: string,
    ttlMs: number,
    private readonly onSaved: (savedAt: number) => void,
  ) {
    this.drafts = new EncryptedDraftStore<FlowDraft>({ namespace, ttlMs });
  }

  /** Saves the draft; a save asked while one runs is merged into the next write. */
  save(draft: FlowDraft): Promise<unknown> {
    this.#next = draft;
    if (!this.#writing) this.#writing = this.#drain();
    return this.#writing;
  }

  async #drain(): Promise<void> {
    try {
      while (this.#next) {
        const draft = this.#next;
        this.#next = undefined;
        const info = await this.drafts.save(draft).catch(() => undefined);
        if (info) this.onSaved(info.savedAt);
      }
    } finally {
      this.#writing = undefined;
    }
  }

  /** Resolves when every asked save is written. */
  async settled(): Promise<void> {
    while (this.#writing) await this.#writing;
  }

  async load(): Promise<FlowDraft | undefined> {
    const draft = await this.drafts.load().catch(() => undefined);
    return isFlowDraft(draft) ? draft : undefined;
  }

  /** Deletes the draft, after any save still running: a late save never brings it back. */
  async clear(): Promise<void> {
    this.#next = undefined;
    await this.settled();
    await this.drafts.clear();
  }

  /** Connects the outbox of an endpoint and resumes what an earlier page left in it. */
  connect(endpoint: string, onState: (s: OutboxSubmission) => void): Outbox {
    if (this.outbox?.endpoint !== endpoint) {
      this.disconnect();
      this.outbox = new Outbox({ namespace: this.namespace, endpoint });
    }
    this.#onState = onState;
    this.outbox.addEventListener('statechange', this.#listener);
    void this.outbox.start();
    void this.drafts.purgeExpired().catch(() => 0);
    return this.outbox;
  }

  disconnect(): void {
    this.outbox?.removeEventListener('statechange', this.#listener);
    this.outbox?.stop();
  }
}
