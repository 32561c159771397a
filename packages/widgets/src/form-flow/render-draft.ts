/**
 * The draft's footer: whether the answers are saved on this device and when they expire, and the "discard" action with
 * its confirmation dialog (a native `<dialog>`: modal, focus kept inside, Escape closes it).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../shared/localize/index.js';

export function renderSaved(localize: LocalizeController, saved: boolean, ttlHours: number): TemplateResult {
  return html`<p class="saved" part="saved">
    ${saved ? html`${localize.t('savedOnDevice')}. ` : nothing}${localize.t('draftExpiry', { hours: ttlHours })}
  </p>`;
}

export function renderDiscard(
  localize: LocalizeController,
  headingLevel: number,
  dialog: () => HTMLDialogElement | null,
  confirm: () => void,
): TemplateResult {
  return html`<button type="button" class="link" part="discard-button" @click=${() => dialog()?.showModal()}>
      ${localize.t('discardDraft')}
    </button>
    <dialog part="dialog" aria-labelledby="discard-title" aria-describedby="discard-text">
      <div class="dialog-title" role="heading" aria-level=${Math.min(6, headingLevel)} id="discard-title">
        ${localize.t('flow.discard.title')}
      </div>
      <p id="discard-text">${localize.t('discardDraftConfirm')}</p>
      <div class="actions">
        <button type="button" class="button warning" part="button confirm-discard" @click=${confirm}>
          ${localize.t('flow.discard.yes')}
        </button>
        <button type="button" class="button secondary" part="button cancel-discard" @click=${() => dialog()?.close()}>
          ${localize.t('flow.discard.no')}
        </button>
      </div>
    </dialog>`;
}
