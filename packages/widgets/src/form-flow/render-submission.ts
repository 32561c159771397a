/**
 * What the person sees of a submission once sent (GOV.UK confirmation and notification panels): its state in the
 * outbox (saved on this device, sending, waiting for the connection, sent, refused with the server's reasons) and
 * what they can do next. Earlier submissions from this device, still waiting or refused, are shown the same way.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../shared/localize/index.js';
import type { OutboxState, OutboxSubmission } from '../shared/storage/outbox.js';
import { renderCaseQr } from './case-qr.js';
import { type DeviceText, deviceText } from './device-text.js';
import { serverIssues } from './server-issues.js';

export interface SubmissionView {
  localize: LocalizeController;
  /** Heading level of the current submission's panel (an earlier one's is one below). */
  headingLevel: number;
  recordId: string;
  retry: () => void;
  correct: () => void;
  reopen: (id: string) => void;
  forget: (id: string) => void;
  restart: () => void;
  /** Renders again (the strings of another locale have come). */
  refresh: () => void;
  /** The case number's QR code as a path; undefined until its lazily loaded encoder has come (the text shows first). */
  qrPath: (text: string) => { size: number; d: string } | undefined;
}

const TITLES: Partial<Record<OutboxState, string>> = {
  rejected: 'rejected',
  sending: 'sending',
  waiting: 'waitingToSend',
};

const button = (kind: string, part: string, label: string, click: () => void) =>
  html`<button type="button" class="button ${kind}" part="button ${part}" @click=${click}>${label}</button>`;

/** The short case number the server issued (intake), as text and as a QR code to show at the desk. */
function renderCaseNumber(
  submission: OutboxSubmission,
  view: SubmissionView,
  t: DeviceText,
): TemplateResult | typeof nothing {
  const number = (submission.response as { caseNumber?: unknown } | undefined)?.caseNumber;
  if (typeof number !== 'string' || !number) return nothing;
  const qr = view.qrPath(number);
  return html`<p part="case-number"><strong>${t('flow.caseNumber', { number })}</strong></p>
    <p>${t('flow.caseNumberHint')}</p>
    ${qr ? renderCaseQr(qr, t('flow.caseNumberQr', { number })) : nothing}`;
}

/** A panel of one submission: `current` is the one just sent, otherwise an earlier one from this device. */
export function renderSubmission(
  submission: OutboxSubmission,
  current: boolean,
  view: SubmissionView,
): TemplateResult {
  const { localize: l } = view;
  const t = deviceText(l, view.refresh);
  const { state, id } = submission;
  const reasons = state === 'rejected' ? serverIssues(submission.response) : [];
  const tone = state === 'sent' ? 'success' : state === 'rejected' ? 'problem' : '';
  return html`<div class="panel ${tone}" part="submission submission-${state}" data-state=${state}>
    ${current ? nothing : html`<p>${t('flow.earlierSubmission')}</p>`}
    <div class="panel-title" role="heading" aria-level=${Math.min(6, view.headingLevel + (current ? 0 : 1))} tabindex="-1">
      ${state === 'sent' ? t('flow.sentTitle') : l.t(TITLES[state] ?? 'queued')}
    </div>
    ${state === 'sent' && current ? html`<p>${t('flow.reference', { id: view.recordId })}</p>` : nothing}
    ${state === 'sent' && current ? renderCaseNumber(submission, view, t) : nothing}
    ${
      reasons.length > 0
        ? html`<p>${t('flow.reasons')}</p>
            <ul class="reasons" part="reasons">${reasons.map((r) => html`<li>${r.message}</li>`)}</ul>`
        : nothing
    }
    <div class="actions">
      ${state === 'waiting' || state === 'queued' ? button('secondary', 'retry-button', l.t('retryNow'), view.retry) : nothing}
      ${state === 'rejected' && current ? button('primary', 'correct-button', t('flow.changeAnswers'), view.correct) : nothing}
      ${
        state === 'rejected' && !current
          ? html`${button('secondary', 'reopen-button', t('flow.openEarlier'), () => view.reopen(id))}
            ${button('warning', 'forget-button', t('flow.deleteEarlier'), () => view.forget(id))}`
          : nothing
      }
      ${state === 'sent' && current ? button('primary', 'restart-button', t('flow.startAgain'), view.restart) : nothing}
    </div>
  </div>`;
}

/**
 * The confirmation after sending: the submission's panel, or, when the page took the record itself (no endpoint),
 * that it was handed over.
 */
export function renderDone(
  submission: OutboxSubmission | undefined,
  handedOver: boolean,
  view: SubmissionView,
): TemplateResult {
  const { localize: l } = view;
  const t = deviceText(l, view.refresh);
  return html`<div role="status" part="confirmation">
    ${
      submission
        ? renderSubmission(submission, true, view)
        : html`<div class="panel success" part="submission submission-handed-over" data-state="handed-over">
            <div class="panel-title" role="heading" aria-level=${Math.min(6, view.headingLevel)} tabindex="-1">
              ${handedOver ? t('flow.handedOver') : l.t('queued')}
            </div>
            ${
              handedOver
                ? html`<div class="actions">${button('primary', 'restart-button', t('flow.startAgain'), view.restart)}</div>`
                : nothing
            }
          </div>`
    }
  </div>`;
}
