import { css } from 'lit';

/**
 * Semantic design tokens. A page themes every Homeward element by setting the public `--hw-*` custom properties on
 * any ancestor (they inherit through shadow roots). Inside, each element reads them through private `--_*`
 * aliases with a neutral default, because declaring `--hw-*` on `:host` would override what the page set.
 *
 * @cssproperty --hw-color-text - Body text. Default #0b0c0c.
 * @cssproperty --hw-color-text-secondary - Hint and secondary text. Default #484949 (7:1 on white).
 * @cssproperty --hw-color-surface - Background of inputs and panels. Default #ffffff.
 * @cssproperty --hw-color-border - Input borders (3:1 non-text contrast on the surface). Default #5f6368.
 * @cssproperty --hw-color-accent - Primary buttons, selected states. Default #1d5fb3.
 * @cssproperty --hw-color-on-accent - Text on the accent colour. Default #ffffff.
 * @cssproperty --hw-color-link - Links. Default #1a55a3.
 * @cssproperty --hw-color-focus - Focus ring. Default #0b57d0; paired with a --hw-color-focus-contrast halo.
 * @cssproperty --hw-color-focus-contrast - Halo inside the focus ring so it shows on any background. Default #ffffff.
 * @cssproperty --hw-color-error - Error text and borders. Default #b3261e (6:1 on white).
 * @cssproperty --hw-color-success - Success messages. Default #146c2e.
 * @cssproperty --hw-font-family - Font stack. Default the system UI font (no web fonts are ever loaded).
 * @cssproperty --hw-font-size - Base text size. Default 1rem.
 * @cssproperty --hw-font-size-small - Hints. Default 0.9375rem.
 * @cssproperty --hw-font-size-large - Headings. Default 1.25rem.
 * @cssproperty --hw-line-height - Default 1.5.
 * @cssproperty --hw-space-1 - 0.25rem. Also --hw-space-2 (0.5rem), --hw-space-3 (0.75rem), --hw-space-4 (1rem),
 *   --hw-space-5 (1.5rem), --hw-space-6 (2rem).
 * @cssproperty --hw-radius - Corner radius of inputs and buttons. Default 0.25rem.
 * @cssproperty --hw-border-width - Input border width. Default 2px.
 * @cssproperty --hw-focus-width - Focus ring width (WCAG 2.2 focus appearance: at least 2px). Default 3px.
 * @cssproperty --hw-control-min-size - Minimum target size of inputs and buttons. Default 2.75rem (44px).
 * @cssproperty --hw-motion-duration - Transition duration; 0s when the user prefers reduced motion. Default 150ms.
 */
export const tokens = css`
  :host {
    --_text: var(--hw-color-text, #0b0c0c);
    --_text-secondary: var(--hw-color-text-secondary, #484949);
    --_surface: var(--hw-color-surface, #ffffff);
    --_border: var(--hw-color-border, #5f6368);
    --_accent: var(--hw-color-accent, #1d5fb3);
    --_on-accent: var(--hw-color-on-accent, #ffffff);
    --_link: var(--hw-color-link, #1a55a3);
    --_focus: var(--hw-color-focus, #0b57d0);
    --_focus-contrast: var(--hw-color-focus-contrast, #ffffff);
    --_error: var(--hw-color-error, #b3261e);
    --_success: var(--hw-color-success, #146c2e);
    --_font-family: var(
      --hw-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      'Noto Sans Khmer',
      'Noto Sans SC',
      sans-serif
    );
    --_font-size: var(--hw-font-size, 1rem);
    --_font-size-small: var(--hw-font-size-small, 0.9375rem);
    --_font-size-large: var(--hw-font-size-large, 1.25rem);
    --_line-height: var(--hw-line-height, 1.5);
    --_space-1: var(--hw-space-1, 0.25rem);
    --_space-2: var(--hw-space-2, 0.5rem);
    --_space-3: var(--hw-space-3, 0.75rem);
    --_space-4: var(--hw-space-4, 1rem);
    --_space-5: var(--hw-space-5, 1.5rem);
    --_space-6: var(--hw-space-6, 2rem);
    --_radius: var(--hw-radius, 0.25rem);
    --_border-width: var(--hw-border-width, 2px);
    --_focus-width: var(--hw-focus-width, 3px);
    --_control-min-size: var(--hw-control-min-size, 2.75rem);
    --_motion-duration: var(--hw-motion-duration, 150ms);

    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_text);
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_motion-duration: 0s;
    }
  }

  /* Forced colours (Windows high contrast): the system palette replaces ours, and borders drawn as background or
     shadow would vanish, so every token maps to a system colour. */
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_text-secondary: CanvasText;
      --_surface: Canvas;
      --_border: CanvasText;
      --_accent: ButtonText;
      --_on-accent: ButtonFace;
      --_link: LinkText;
      --_focus: Highlight;
      --_focus-contrast: Canvas;
      --_error: CanvasText;
      --_success: CanvasText;
    }
  }
`;
