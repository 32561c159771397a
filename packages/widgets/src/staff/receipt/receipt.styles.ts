import { css } from 'lit';

export const receiptStyles = css`
  .page {
    max-inline-size: 48rem;
  }

  h1 {
    font-size: 1.6em;
    margin-block: 0 var(--_space-4);
  }

  h2 {
    font-size: 1.15em;
  }

  .second {
    display: block;
    font-weight: normal;
    font-size: 0.9em;
  }

  .number {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-4);
    padding: var(--_space-4);
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    margin-block-end: var(--_space-4);
  }

  .label {
    font-weight: 600;
  }

  .case-number {
    font-size: 2.5em;
    font-weight: 700;
    letter-spacing: 0.05em;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }

  .qr {
    inline-size: 9rem;
    block-size: 9rem;
  }

  .steps li {
    margin-block-end: var(--_space-2);
  }

  @media print {
    :host {
      color: #000;
      background: #fff;
      font-size: 11pt;
    }

    .no-print {
      display: none;
    }

    .page {
      max-inline-size: none;
      break-inside: avoid;
    }

    .case-number {
      font-size: 28pt;
    }

    .qr {
      inline-size: 35mm;
      block-size: 35mm;
    }
  }
`;
