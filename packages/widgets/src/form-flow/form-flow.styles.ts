import { css } from 'lit';

/** The form flow's layout: GOV.UK-like question pages, logical properties only, usable from 320px wide. */
export const formFlowStyles = css`
  :host {
    display: block;
    max-inline-size: 42rem;
  }

  :host([hidden]) {
    display: none;
  }

  .flow {
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }

  .topbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: var(--_space-3);
  }

  .language {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    font-size: var(--_font-size-small);
  }

  select.language-select {
    min-block-size: var(--_control-min-size);
    padding-inline: var(--_space-2);
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
  }

  .progress {
    margin: 0;
    color: var(--_text-secondary);
    font-size: var(--_font-size-small);
  }

  .title {
    margin: 0;
    font-size: var(--_font-size-large);
    font-weight: 700;
    line-height: 1.3;
  }

  .title:focus,
  .item-heading:focus {
    outline: none;
  }

  .title:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
  }

  .intro {
    margin: 0;
  }

  .fields {
    display: flex;
    flex-direction: column;
  }

  hw-text-field.width-s::part(input) {
    max-inline-size: 8ch;
  }

  hw-text-field.width-m::part(input) {
    max-inline-size: 16ch;
  }

  hw-text-field.width-l::part(input) {
    max-inline-size: 28ch;
  }

  .group {
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
    margin-block-end: var(--_space-5);
  }

  .item {
    margin: 0;
    padding-block: var(--_space-4);
    padding-inline: var(--_space-4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }

  .item-heading,
  .answers-title,
  .item-title {
    margin-block-end: var(--_space-3);
    font-weight: 700;
  }

  .row-error {
    margin: 0;
    margin-block-start: var(--_space-1);
    color: var(--_error);
    font-weight: 600;
  }

  .group-error {
    margin: 0;
    color: var(--_error);
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    align-items: center;
  }

  .button {
    min-block-size: var(--_control-min-size);
    min-inline-size: var(--_control-min-size);
    padding-block: var(--_space-2);
    padding-inline: var(--_space-4);
    font: inherit;
    font-weight: 600;
    border-radius: var(--_radius);
    border: var(--_border-width) solid var(--_accent);
    cursor: pointer;
    transition: background-color var(--_motion-duration);
  }

  .button.primary {
    color: var(--_on-accent);
    background: var(--_accent);
  }

  .button.secondary {
    color: var(--_accent);
    background: var(--_surface);
    align-self: start;
  }

  .button.warning {
    color: var(--_error);
    border-color: var(--_error);
    background: var(--_surface);
  }

  .link {
    min-block-size: var(--_control-min-size);
    padding: 0;
    font: inherit;
    color: var(--_link);
    text-decoration: underline;
    background: none;
    border: 0;
    cursor: pointer;
  }

  .back {
    align-self: start;
  }

  .saved {
    margin: 0;
    color: var(--_text-secondary);
    font-size: var(--_font-size-small);
  }

  .answers {
    margin-block-end: var(--_space-5);
  }

  .summary-list {
    margin: 0;
    margin-block-end: var(--_space-4);
  }

  .row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) auto;
    gap: var(--_space-2) var(--_space-4);
    padding-block: var(--_space-2);
    border-block-end: 1px solid var(--_border);
  }

  .row dt {
    font-weight: 600;
  }

  .row dd {
    margin: 0;
  }

  .multiline {
    white-space: pre-line;
  }

  /* Narrow screens and 200% zoom: each row stacks, nothing scrolls sideways. */
  @media (max-width: 40rem) {
    .row {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  .panel {
    padding-block: var(--_space-4);
    padding-inline: var(--_space-4);
    border: var(--_border-width) solid var(--_border);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
  }

  .panel.success {
    border-color: var(--_success);
  }

  .panel.problem {
    border-color: var(--_error);
  }

  .panel-title {
    margin: 0;
    margin-block-end: var(--_space-2);
    font-size: var(--_font-size-large);
    font-weight: 700;
  }

  .panel-title:focus {
    outline: none;
  }

  .panel p {
    margin: 0;
    margin-block-end: var(--_space-2);
  }

  .reasons {
    margin: 0;
    margin-block-end: var(--_space-3);
    padding-inline-start: var(--_space-5);
  }

  dialog {
    max-inline-size: min(32rem, calc(100vw - 2rem));
    padding: var(--_space-5);
    color: var(--_text);
    background: var(--_surface);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }

  .dialog-title {
    margin: 0;
    margin-block-end: var(--_space-3);
    font-size: var(--_font-size-large);
    font-weight: 700;
  }

  .outbox {
    margin-block-end: var(--_space-5);
  }

  .outbox-list {
    margin: 0;
    margin-block-end: var(--_space-3);
    padding-inline-start: var(--_space-5);
  }

  .outbox-list li {
    margin-block-end: var(--_space-2);
    overflow-wrap: anywhere;
  }

  .case-qr {
    display: block;
    inline-size: min(12rem, 60vw);
    block-size: auto;
    margin-block: var(--_space-3);
    background: #fff;
  }

  .status:empty {
    display: none;
  }

  @media (forced-colors: active) {
    .button,
    .panel,
    .item {
      border-color: ButtonText;
    }
  }
`;
