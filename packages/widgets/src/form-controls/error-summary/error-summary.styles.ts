import { css } from 'lit';

export const errorSummaryStyles = css`
  :host {
    display: block;
  }

  :host([hidden]) {
    display: none;
  }

  .summary {
    margin-block-end: var(--_space-5);
    padding: var(--_space-4);
    border: 4px solid var(--_error);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .summary:focus {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }

  .title {
    margin: 0 0 var(--_space-3);
    font-size: var(--_font-size-large);
    line-height: 1.3;
  }

  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  li + li {
    margin-block-start: var(--_space-2);
  }

  a {
    color: var(--_error);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }

  a:hover {
    text-decoration-thickness: 3px;
  }

  @media (forced-colors: active) {
    .summary {
      border-color: CanvasText;
    }
    a {
      color: LinkText;
    }
  }
`;
