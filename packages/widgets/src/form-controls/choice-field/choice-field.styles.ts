import { css } from 'lit';

export const choiceFieldStyles = css`
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  legend {
    padding: 0;
    margin-block-end: var(--_space-2);
  }

  .items {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
  }

  :host([inline]) .items {
    flex-direction: row;
    flex-wrap: wrap;
    column-gap: var(--_space-5);
  }

  .item {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: var(--_space-3);
  }

  .item input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    margin-block-start: calc((var(--_control-min-size) - 1.5rem) / 4);
    accent-color: var(--_accent);
    cursor: pointer;
  }

  .item label {
    min-block-size: calc(var(--_control-min-size) / 1.5);
    padding-block: var(--_space-1);
    cursor: pointer;
    overflow-wrap: anywhere;
  }

  .item .option-hint {
    grid-column: 2;
    color: var(--_text-secondary);
    font-size: var(--_font-size-small);
  }

  .item input[aria-invalid='true'] {
    outline: 2px solid var(--_error);
    outline-offset: 1px;
  }

  .item input[aria-invalid='true']:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }

  /* Radios and checkboxes keep their native look (appearance: auto), which the system redraws in its own colours
     when forced colours are on; they are never restyled with appearance: none. */
`;
