/**
 * The visible outbox: how many submissions wait on this device, since when, why the last attempt failed, a "send now"
 * action, and for each one a discard whose warning names what would be lost (which submission, when it was saved,
 * how many answers). Nothing in it shows an answer: a person at a shared desk sees counts and dates only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { LocalizeController } from '../shared/localize/index.js';
import { type OutboxSubmission, outboxStatus } from '../shared/storage/outbox.js';
import { type DeviceText, deviceText } from './device-text.js';
import type { OutboxController } from './outbox-controller.js';
import { askDiscard, cancelDiscard, confirmDiscard } from './outbox-discard.js';

const WHEN: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/** The last failure in the person's words. */
export function errorText(t: DeviceText, error: string): string {
  if (error === 'network') return t('flow.outbox.error.network');
  if (error === 'unreadable') return t('flow.outbox.error.unreadable');
  return t('flow.outbox.error.server', { status: error.replace(/^http-/, '') });
}

const STATE_KEYS: Partial<Record<OutboxSubmission['state'], string>> = {
  sending: 'sending',
  rejected: 'rejected',
};

function renderItem(
  l: LocalizeController,
  t: DeviceText,
  outbox: OutboxController,
  s: OutboxSubmission,
  n: number,
) {
  return html`<li part="outbox-item" data-state=${s.state}>
    <span>${t('flow.outbox.item', { n, date: l.date(s.createdAt, WHEN) })}</span>
    ${STATE_KEYS[s.state] ? html`<span> — ${l.t(STATE_KEYS[s.state]!)}</span>` : nothing}
    <button
      type="button"
      class="link"
      part="outbox-discard-button"
      @click=${() => void askDiscard(outbox, s.id)}
    >${t('flow.outbox.discard', { n })}</button>
  </li>`;
}

function renderWarning(l: LocalizeController, t: DeviceText, outbox: OutboxController, headingLevel: number) {
  const w = outbox.discarding;
  if (!w) return nothing;
  return html`<dialog
    part="outbox-dialog"
    aria-labelledby="outbox-discard-title"
    aria-describedby="outbox-discard-text"
    @close=${() => cancelDiscard(outbox)}
    ${ref((el) => {
      const dialog = el as HTMLDialogElement | undefined;
      // Lit sets the ref before the new dialog is in the document; a modal opens only once it is.
      queueMicrotask(() => {
        if (dialog?.isConnected && !dialog.open) dialog.showModal();
      });
    })}
  >
    <div class="dialog-title" role="heading" aria-level=${Math.min(6, headingLevel)} id="outbox-discard-title">
      ${t('flow.outbox.discardTitle', { n: w.n })}
    </div>
    <p id="outbox-discard-text">
      ${t('flow.outbox.discardWarning', { n: w.n, date: l.date(w.createdAt, WHEN), answers: w.answers })}
    </p>
    <div class="actions">
      <button type="button" class="button warning" part="button confirm-outbox-discard" @click=${() => void confirmDiscard(outbox)}>
        ${t('flow.outbox.discardYes')}
      </button>
      <button type="button" class="button secondary" part="button cancel-outbox-discard" @click=${() => cancelDiscard(outbox)}>
        ${t('flow.outbox.discardNo')}
      </button>
    </div>
  </dialog>`;
}

/** The outbox panel; nothing when no submission waits. `exclude`: the one the confirmation already shows. */
export function renderOutbox(
  l: LocalizeController,
  outbox: OutboxController,
  headingLevel: number,
  exclude?: string,
): TemplateResult | typeof nothing {
  const t = deviceText(l, () => outbox.refresh());
  const waiting = outbox.waiting;
  const listed = waiting.filter((s) => s.id !== exclude);
  if (listed.length === 0) return nothing;
  const status = outboxStatus(waiting);
  return html`<section class="panel outbox" part="outbox" aria-labelledby="outbox-title">
    <div class="panel-title" role="heading" aria-level=${Math.min(6, headingLevel)} id="outbox-title">
      ${t('flow.outbox.title', { count: status.count })}
    </div>
    <div role="status" part="outbox-status">
      ${status.since !== undefined ? html`<p>${t('flow.outbox.since', { date: l.date(status.since, WHEN) })}</p>` : nothing}
      ${
        status.lastError
          ? html`<p part="outbox-error">${t('flow.outbox.lastError', {
              date: l.date(status.lastAttemptAt ?? Date.now(), WHEN),
              reason: errorText(t, status.lastError),
            })}</p>`
          : nothing
      }
    </div>
    <p>${t('flow.outbox.kept')}</p>
    <ul class="outbox-list" part="outbox-list">
      ${listed.map((s) => renderItem(l, t, outbox, s, outbox.numberOf(s.id)))}
    </ul>
    <div class="actions">
      <button type="button" class="button secondary" part="button send-now-button" @click=${() => void outbox.sendNow()}>
        ${t('flow.outbox.sendNow')}
      </button>
    </div>
    ${renderWarning(l, t, outbox, headingLevel + 1)}
  </section>`;
}
