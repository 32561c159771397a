import { css } from 'lit';

/**
 * The focus ring (WCAG 2.2 focus appearance): a 3px ring in the focus colour, offset from the control, with a halo
 * in the contrast colour so it keeps 3:1 against both the control and the page. Only for keyboard focus.
 */
export const focusRing = css`
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_focus-contrast);
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** Text for screen readers only (an "Error:" prefix, a "Change name" link's field name). */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;
