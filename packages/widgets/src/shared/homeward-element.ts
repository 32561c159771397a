import { type CSSResultGroup, LitElement } from 'lit';
import { type LabelLoader, LocalizeController } from './localize/localize-controller.js';
import { tokens } from './theme/tokens.styles.js';

/**
 * The base of every Homeward element: the theme tokens, and a `localize` controller that follows the page's (or
 * the element's own) `lang`. A subclass that shows core field labels sets `static labels = loadLabels`.
 */
export class HomewardElement extends LitElement {
  static override styles: CSSResultGroup = [tokens];

  /** Core label loader for `this.localize.t()`, e.g. `loadLabels` from `@homeward/core`. None by default. */
  static labels: LabelLoader | undefined;

  protected readonly localize: LocalizeController = new LocalizeController(this, {
    ...((this.constructor as typeof HomewardElement).labels
      ? { labels: (this.constructor as typeof HomewardElement).labels }
      : {}),
  });
}
