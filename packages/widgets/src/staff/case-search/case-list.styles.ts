import { css } from 'lit';

export const caseListStyles = css`
  .count {
    font-weight: 600;
    min-block-size: 1.5em;
  }

  .table-wrap {
    overflow-x: auto;
  }

  .showing {
    font-weight: 400;
    margin-inline-start: var(--_space-2);
  }

  .sort {
    display: inline-flex;
    gap: var(--_space-1);
    align-items: center;
    min-block-size: var(--_control-min-size);
    padding: 0;
    border: 0;
    background: none;
    color: var(--_link);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  a.open,
  button.open {
    display: inline-block;
    min-block-size: 1.5rem;
    color: var(--_link);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .latin {
    color: var(--_text-secondary);
    font-size: var(--_font-size-small);
  }
`;
