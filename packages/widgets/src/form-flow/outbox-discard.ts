/**
 * Discarding a waiting submission (D1): the warning names which one, when it was saved and how many answers would be
 * lost; only a confirmation deletes it. Loaded with the outbox panel, never with the form.
 */
import type { DiscardWarning, OutboxController } from './outbox-controller.js';

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

/** Opens the warning for a discard: it names the submission, its date and how many answers it holds. */
export async function askDiscard(
  controller: OutboxController,
  id: string,
): Promise<DiscardWarning | undefined> {
  const submission = controller.submissions.get(id);
  if (!submission) return undefined;
  const body = await controller.outbox?.read(id);
  controller.discarding = {
    id,
    n: controller.numberOf(id),
    createdAt: submission.createdAt,
    answers: countAnswers(body),
  };
  controller.refresh();
  return controller.discarding;
}

export function cancelDiscard(controller: OutboxController): void {
  controller.discarding = undefined;
  controller.refresh();
}

/** Deletes the submission the warning named: it will never reach the server. */
export async function confirmDiscard(controller: OutboxController): Promise<void> {
  const warning = controller.discarding;
  controller.discarding = undefined;
  if (!warning) return;
  await controller.outbox?.discard(warning.id);
  controller.track(warning.id);
}
