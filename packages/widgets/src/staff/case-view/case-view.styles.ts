import { css } from 'lit';

export const caseViewStyles = css`
  .h {
    font-weight: 700;
    font-size: 1.15em;
    margin-block: var(--_space-4) var(--_space-2);
  }

  header .h {
    font-size: 1.5em;
  }

  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
    gap: 0 var(--_space-5);
  }

  .timeline,
  .notes {
    padding-inline-start: var(--_space-5);
  }

  .notes p {
    margin-block: var(--_space-1) var(--_space-3);
    white-space: pre-wrap;
  }

  .status {
    font-weight: 600;
  }

  .conflict [role='heading'] {
    font-weight: 700;
  }
`;
