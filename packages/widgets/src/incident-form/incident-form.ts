import {
  CURRENT_SCHEMA_VERSION,
  type IncidentRecord,
  IncidentRecordSchema,
  incidentRuleIssues,
} from '@homeward/core';
import { validateIncident } from '@homeward/core/validate';
import { FormFlowElement } from '../form-flow/form-flow-element.js';
import { loadIncidentFlowLabels } from '../form-flow/strings/index.js';
import { incidentForm } from './incident-steps.js';

/**
 * @summary Logs an incident (a compound release, raid, rescue, escape or transfer) with its evidence sources.
 *
 * Steps: what happened, where, the people affected (lowest, best and highest estimates, breakdowns), the sources
 * (add and remove sources; each with its verification status and the Berkeley Protocol checks done), then check the
 * answers. Same guarantees as `<hw-intake-form>`: validated by `@homeward/core`, saved encrypted on every change,
 * sent through a retrying outbox with an idempotency key.
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
 * @csspart progress - "Step 2 of 5".
 * @csspart title - The step's heading; `intro` its introduction.
 * @csspart error-summary - The error summary.
 * @csspart fields - The step's questions; `field` each control.
 * @csspart group - The sources; `group-item` one source, `group-heading` its heading.
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
 * @event {CustomEvent<HwSubmitDetail<IncidentRecord>>} hw-submit - The answers were accepted by core. `detail: { record }` (an `IncidentRecord`). Cancelable.
 */
export class HwIncidentForm extends FormFlowElement<IncidentRecord> {
  static override labels = loadIncidentFlowLabels;

  protected get definition() {
    return incidentForm;
  }
  protected get schema() {
    return IncidentRecordSchema;
  }
  protected get validator() {
    return validateIncident;
  }
  protected get rules() {
    return incidentRuleIssues;
  }
  protected override get ruleDefaults(): Record<string, unknown> {
    return { sources: [] };
  }

  protected baseRecord(): Record<string, unknown> {
    return { id: this.recordId, schemaVersion: CURRENT_SCHEMA_VERSION };
  }
}
