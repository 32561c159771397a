import { css } from 'lit';
import { focusRing, visuallyHidden } from '../shared/theme/utilities.styles.js';

/** What every form control shares: label, hint, error message and the input box (GOV.UK layout). */
export const formControlStyles = [
  focusRing,
  visuallyHidden,
  css`
    :host {
      display: block;
      margin-block-end: var(--_space-5);
      min-inline-size: 0;
    }

    :host([hidden]) {
      display: none;
    }

    .field {
      display: flex;
      flex-direction: column;
      gap: var(--_space-2);
      min-inline-size: 0;
    }

    .field.invalid {
      border-inline-start: 4px solid var(--_error);
      padding-inline-start: var(--_space-3);
    }

    .label {
      font-weight: 600;
      overflow-wrap: anywhere;
    }

    .optional {
      font-weight: 400;
    }

    .hint {
      color: var(--_text-secondary);
      font-size: var(--_font-size-small);
      overflow-wrap: anywhere;
    }

    .error {
      margin: 0;
      color: var(--_error);
      font-weight: 600;
      overflow-wrap: anywhere;
    }

    .box {
      box-sizing: border-box;
      inline-size: 100%;
      max-inline-size: 100%;
      min-block-size: var(--_control-min-size);
      margin: 0;
      padding-block: var(--_space-2);
      padding-inline: var(--_space-3);
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: var(--_border-width) solid var(--_border);
      border-radius: var(--_radius);
      transition: border-color var(--_motion-duration);
    }

    .box[aria-invalid='true'] {
      border-color: var(--_error);
    }

    .box:disabled {
      opacity: 0.6;
      cursor: not-allowed;
    }

    @media (forced-colors: active) {
      .box {
        border-color: CanvasText;
      }
      .field.invalid {
        border-inline-start-color: CanvasText;
      }
    }
  `,
];
