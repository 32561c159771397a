import { css } from 'lit';

export const caseSearchStyles = css`
  .title {
    font-size: var(--_font-size-large);
    font-weight: 700;
    margin-block-end: var(--_space-3);
  }

  .main,
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: 0 var(--_space-4);
  }

  details {
    margin-block: var(--_space-2);
  }

  summary {
    cursor: pointer;
    color: var(--_link);
    min-block-size: var(--_control-min-size);
    display: list-item;
    padding-block: var(--_space-2);
  }
`;
