import { css } from 'lit';

export const textFieldStyles = css`
  textarea.box {
    resize: vertical;
    min-block-size: calc(var(--_control-min-size) * 2);
  }

  input[type='date'].box {
    inline-size: auto;
    min-inline-size: 11em;
  }
`;
