import { css } from 'lit';
import { focusRing, visuallyHidden } from '../../shared/theme/utilities.styles.js';

/** What the staff elements share: headings, buttons, status messages, tables and flags, in the theme's tokens. */
export const staffStyles = [
  focusRing,
  visuallyHidden,
  css`
    :host {
      display: block;
      color: var(--_text);
      font-family: var(--_font-family);
      font-size: var(--_font-size);
      line-height: var(--_line-height);
    }

    :host([hidden]) {
      display: none;
    }

    h2,
    h3,
    h4 {
      margin-block: var(--_space-4) var(--_space-2);
      line-height: 1.25;
    }

    .button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      min-block-size: var(--_control-min-size);
      min-inline-size: var(--_control-min-size);
      padding: var(--_space-2) var(--_space-4);
      border: var(--_border-width) solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_accent);
      color: var(--_on-accent);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }

    .button.secondary {
      background: var(--_surface);
      color: var(--_accent);
    }

    .button.warning {
      background: var(--_error);
      border-color: var(--_error);
    }

    .button:disabled {
      opacity: 0.6;
      cursor: not-allowed;
    }

    .link {
      color: var(--_link);
      text-decoration: underline;
      background: none;
      border: 0;
      padding: 0;
      font: inherit;
      cursor: pointer;
      text-align: start;
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-3);
      margin-block: var(--_space-4);
    }

    .message {
      margin-block: var(--_space-3);
      padding: var(--_space-3);
      border-inline-start: 4px solid var(--_accent);
    }

    .message.problem {
      border-inline-start-color: var(--_error);
    }

    .message.done {
      border-inline-start-color: var(--_success);
    }

    .flag {
      display: inline-block;
      margin-inline-end: var(--_space-1);
      padding: 0 var(--_space-2);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      font-size: var(--_font-size-small);
    }

    table {
      border-collapse: collapse;
      inline-size: 100%;
    }

    caption {
      text-align: start;
      font-weight: 600;
      padding-block-end: var(--_space-2);
    }

    th,
    td {
      padding: var(--_space-2);
      border-block-end: 1px solid var(--_border);
      text-align: start;
      vertical-align: top;
      overflow-wrap: anywhere;
    }

    dl {
      display: grid;
      grid-template-columns: minmax(8rem, max-content) 1fr;
      gap: var(--_space-1) var(--_space-4);
      margin: 0;
    }

    dt {
      font-weight: 600;
    }

    dd {
      margin: 0;
    }

    section {
      margin-block-end: var(--_space-5);
    }

    /* Native controls of the staff forms (status, notes, referrals, duplicates). */
    .field {
      display: flex;
      flex-direction: column;
      gap: var(--_space-1);
      margin-block-end: var(--_space-3);
      max-inline-size: 40rem;
    }

    .field label,
    legend {
      font-weight: 600;
    }

    .field select,
    .field textarea,
    .field input {
      box-sizing: border-box;
      min-block-size: var(--_control-min-size);
      padding: var(--_space-2);
      border: var(--_border-width) solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
    }

    fieldset {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin-block: var(--_space-3);
    }
  `,
];
