/**
 * The form's view of its outbox (D1): every submission still on this device and what a person can do with it (send
 * now, discard after a warning, reopen a refused one). DOM-free: it keeps the state and asks its host to render.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  type Outbox,
  type OutboxStatus,
  type OutboxSubmission,
  outboxStatus,
} from '../shared/storage/outbox.js';
import type { FlowPersistence } from './flow-persistence.js';

/** What the discard warning names: which submission, when it was saved, how many answers would be lost. */
export interface DiscardWarning {
  id: string;
  n: number;
  createdAt: number;
  answers: number;
}

/** Counts the answers a record holds (every filled leaf), for the warning that names what a discard loses. */
export function countAnswers(value: unknown): number {
  if (value === null || value === undefined || value === '') return 0;
  if (Array.isArray(value)) return value.reduce<number>((sum, v) => sum + countAnswers(v), 0);
  if (typeof value === 'object')
    return Object.values(value as Record<string, unknown>).reduce<number>(
      (sum, v) => sum + countAnswers(v),
      0,
    );
  return 1;
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

  /** How many wait, since when, the last failure. */
  get status(): OutboxStatus {
    return outboxStatus(this.waiting);
  }

  /** The number a submission is shown with (1 for the oldest still waiting). */
  numberOf(id: string): number {
    return this.waiting.findIndex((s) => s.id === id) + 1;
  }

  /** Tries every waiting submission at once, without waiting for the backoff. */
  sendNow(): Promise<void> {
    return this.outbox?.flush() ?? Promise.resolve();
  }

  /** Opens the warning for a discard: it names the submission, its date and how many answers it holds. */
  async askDiscard(id: string): Promise<DiscardWarning | undefined> {
    const submission = this.submissions.get(id);
    if (!submission) return undefined;
    const body = await this.outbox?.read(id);
    this.discarding = {
      id,
      n: this.numberOf(id),
      createdAt: submission.createdAt,
      answers: countAnswers(body),
    };
    this.host.requestUpdate();
    return this.discarding;
  }

  cancelDiscard(): void {
    this.discarding = undefined;
    this.host.requestUpdate();
  }

  /** Deletes the submission the warning named: it will never reach the server. */
  async confirmDiscard(): Promise<void> {
    const warning = this.discarding;
    this.discarding = undefined;
    if (!warning) return;
    await this.outbox?.discard(warning.id);
    this.track(warning.id);
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
