/**
 * The form's view of its outbox (D1): every submission still on this device and what a person can do with it (send
 * now, reopen a refused one; the discard with its warning is in outbox-discard.ts, loaded with the panel). DOM-free:
 * it keeps the state and asks its host to render.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Outbox, OutboxSubmission } from '../shared/storage/outbox.js';
import type { FlowPersistence } from './flow-persistence.js';

/** What the discard warning names: which submission, when it was saved, how many answers would be lost. */
export interface DiscardWarning {
  id: string;
  n: number;
  createdAt: number;
  answers: number;
}

export class OutboxController implements ReactiveController {
  /** Every submission this page knows of, by id (the one just sent included). */
  submissions = new Map<string, OutboxSubmission>();
  /** The submission a person asked to discard, while the warning is open. */
  discarding: DiscardWarning | undefined;
  #persistence: FlowPersistence | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onState: (submission: OutboxSubmission) => void = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get outbox(): Outbox | undefined {
    return this.#persistence?.outbox;
  }

  /** Connects the endpoint's outbox and shows what an earlier page left in it. */
  connect(persistence: FlowPersistence, endpoint: string): Outbox {
    this.#persistence = persistence;
    const outbox = persistence.connect(endpoint, (submission) => {
      this.track(submission.id, submission);
      this.onState(submission);
    });
    void outbox.list().then((list) => {
      const next = new Map(this.submissions);
      for (const s of list) if (!next.has(s.id)) next.set(s.id, s);
      this.#set(next);
    });
    return outbox;
  }

  /** Submissions still on this device, oldest first, numbered as the person sees them. */
  get waiting(): OutboxSubmission[] {
    return [...this.submissions.values()]
      .filter((s) => s.state !== 'sent' && s.state !== 'discarded')
      .sort((a, b) => a.createdAt - b.createdAt);
  }

  /** The number a submission is shown with (1 for the oldest still waiting). */
  numberOf(id: string): number {
    return this.waiting.findIndex((s) => s.id === id) + 1;
  }

  /** Tries every waiting submission at once, without waiting for the backoff. */
  sendNow(): Promise<void> {
    return this.outbox?.flush() ?? Promise.resolve();
  }

  /** Asks the host to render again (the discard warning opened or closed, the panel's strings came). */
  refresh(): void {
    this.host.requestUpdate();
  }

  /** Deletes a submission from the outbox and from view (a refused one corrected and sent again). */
  async forget(id: string): Promise<void> {
    await this.outbox?.remove(id);
    this.track(id);
  }

  /** Keeps only what still waits (after "start a new form"). */
  dropDelivered(): void {
    this.#set(
      new Map([...this.submissions].filter(([, s]) => s.state !== 'sent' && s.state !== 'discarded')),
    );
  }

  /** Shows a submission's new state or, given none, stops showing it. */
  track(id: string, submission?: OutboxSubmission): void {
    const next = new Map(this.submissions);
    if (submission) next.set(id, submission);
    else next.delete(id);
    this.#set(next);
  }

  #set(next: Map<string, OutboxSubmission>): void {
    this.submissions = next;
    this.host.requestUpdate();
  }
}
