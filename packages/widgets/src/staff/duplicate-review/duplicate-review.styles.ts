import { css } from 'lit';

export const duplicateReviewStyles = css`
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th,
  td {
    border-block-end: 1px solid var(--hw-color-border, #767676);
    padding: 0.4rem 0.5rem;
    text-align: start;
    vertical-align: top;
  }
  tr.differs td {
    font-weight: 700;
    background: var(--hw-color-warning-bg, #fff4ce);
  }
  .marker {
    font-weight: 400;
    font-style: italic;
  }
  fieldset {
    border: 0;
    margin: 0.75rem 0;
    padding: 0;
  }
  [part='confirm'] {
    border: 2px solid var(--hw-color-accent, #0b5cad);
    padding: 0.75rem;
    margin-block: 0.75rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
`;
