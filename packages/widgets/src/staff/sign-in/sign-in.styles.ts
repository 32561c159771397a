import { css } from 'lit';

export const signInStyles = css`
  form {
    max-inline-size: 28rem;
  }

  .password {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    margin-block-end: var(--_space-5);
  }

  .password label {
    font-weight: 600;
  }

  .password input {
    box-sizing: border-box;
    min-block-size: var(--_control-min-size);
    padding: var(--_space-2);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  .who {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-3);
  }

  dialog {
    max-inline-size: min(32rem, 100vw - 2rem);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    padding: var(--_space-5);
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }
`;
