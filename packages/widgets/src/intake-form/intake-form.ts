import {
  type CHANNELS,
  CURRENT_SCHEMA_VERSION,
  type IntakeRecord,
  IntakeRecordSchema,
  intakeRuleIssues,
} from '@homeward/core';
import { validateIntake } from '@homeward/core/validate';
import { property } from 'lit/decorators.js';
import { FormFlowElement } from '../form-flow/form-flow-element.js';
import { loadIntakeFlowLabels } from '../form-flow/strings/index.js';
import { intakeForm } from './intake-steps.js';

/**
 * @summary Registers a person released from a scam compound, in their language, one topic per step.
 *
 * Steps: consent, about you, documents, how you were recruited, where you were held, how you left, how you were
 * treated (the ILO's 11 indicators), what help you need, then check your answers. Validated by `@homeward/core`;
 * every change is saved encrypted on this device (expiring after `draft-ttl` hours); with an `endpoint` the record is
 * POSTed through an outbox that retries until the server accepts it, with the same idempotency key every time.
 *
 * Theme with the `--hw-*` custom properties (see the theme tokens) and the parts below.
 *
 * Accessibility. Keyboard: every control is a native input, radio, checkbox, select, link or button in the tab
 * order; Enter in a text input continues to the next step; discarding the draft asks in a modal `<dialog>` that
 * keeps focus inside (Escape closes it). Screen readers: each new step's heading takes focus; after a failed
 * "Continue" the error summary takes focus and links each problem to its field; inline errors are tied to their
 * inputs (`aria-describedby`, `aria-invalid`); questions that appear or change are announced, as are restored or
 * discarded drafts and the submission's state (live regions).
 *
 * @csspart base - The form's wrapper.
 * @csspart language - The language switch's label; `language-select` its select.
 * @csspart progress - "Step 2 of 9".
 * @csspart title - The step's heading; `intro` its introduction.
 * @csspart error-summary - The error summary.
 * @csspart fields - The step's questions; `field` each `<hw-text-field>` / `<hw-choice-field>`.
 * @csspart group - A repeated group (documents); `group-item` one item, `group-heading` its heading.
 * @csspart button - Every button; also `continue-button`, `back-button`, `add-button`, `remove-button`.
 * @csspart summary-list - A check-answers list; `summary-row`, `summary-key`, `summary-value`, `change-link`.
 * @csspart saved - "Saved on this device"; `discard-button` and `dialog` the discard action and its confirmation.
 * @csspart submission - A submission's state panel (also `submission-<state>`); `reasons` a refusal's reasons.
 * @csspart status - The live region announcing restored or discarded drafts.
 *
 * @cssproperty --hw-color-accent - Primary buttons. See the theme tokens for the full list.
 * @cssproperty --hw-color-error - Error messages and borders.
 * @cssproperty --hw-color-focus - The focus ring.
 *
 * @event {CustomEvent<HwSubmitDetail<IntakeRecord>>} hw-submit - The person sent answers that core accepted. `detail: { record }` (an `IntakeRecord`).
 *   Cancelable: `preventDefault()` keeps the form from sending to `endpoint` and keeps the draft.
 */
export class HwIntakeForm extends FormFlowElement<IntakeRecord> {
  static override labels = loadIntakeFlowLabels;

  /** How this person reached the office (`walk_in`, `hotline`, `online`, `referral`, `outreach`). */
  @property() channel: (typeof CHANNELS)[number] = 'walk_in';

  protected get definition() {
    return intakeForm;
  }
  protected get schema() {
    return IntakeRecordSchema;
  }
  protected get validator() {
    return validateIntake;
  }
  protected get rules() {
    return intakeRuleIssues;
  }

  protected baseRecord(): Record<string, unknown> {
    return {
      id: this.recordId,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      registrationDate: this.startedOn,
      ...(this.office ? { office: this.office } : {}),
      channel: this.channel,
      status: 'registered',
    };
  }

  protected override adopt(record: Record<string, unknown>): void {
    super.adopt(record);
    if (typeof record.registrationDate === 'string') this.startedOn = record.registrationDate;
  }
}
