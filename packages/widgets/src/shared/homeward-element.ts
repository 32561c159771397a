import { type CSSResultGroup, LitElement } from 'lit';
import { type LabelLoader, LocalizeController, type MessageLoader } from './localize/localize-controller.js';
import { tokens } from './theme/tokens.styles.js';

/**
 * The base of every Homeward element: the theme tokens, and a `localize` controller that follows the page's (or
 * the element's own) `lang`. A subclass that shows core field labels sets `static labels = loadLabels`.
 */
export class HomewardElement extends LitElement {
  static override styles: CSSResultGroup = [tokens];

  /** Core label loader for `this.localize.t()`, e.g. `loadLabels` from `@homeward/core`. None by default. */
  static labels: LabelLoader | undefined;

  /** Core validation message loader (`loadMessages` from `@homeward/core/validate`) for elements that show errors. */
  static messages: MessageLoader | undefined;

  /**
   * Elements this one renders, by tag, registered together with it by `define()`: one define entry is then enough
   * for a page, and no define entry needs to import another (which would move registrations into shared chunks
   * that bundlers may drop as side-effect free).
   */
  static dependencies: Record<string, CustomElementConstructor> = {};

  /**
   * Registers the element under `tag`, after its dependencies, unless the tag is already taken: a page that loads
   * two copies of the bundle does not throw. Call it only from a `define/*.ts` entry.
   */
  static define(tag: string): void {
    // `this` is the subclass being registered (its dependencies, its constructor), not HomewardElement itself.
    // biome-ignore lint/complexity/noThisInStatic: polymorphic on purpose
    for (const [dependencyTag, dependency] of Object.entries(this.dependencies)) {
      if (dependency.prototype instanceof HomewardElement) {
        (dependency as unknown as typeof HomewardElement).define(dependencyTag);
      } else if (!customElements.get(dependencyTag)) {
        customElements.define(dependencyTag, dependency);
      }
    }
    // biome-ignore lint/complexity/noThisInStatic: polymorphic on purpose
    if (!customElements.get(tag)) customElements.define(tag, this);
  }

  protected readonly localize: LocalizeController = new LocalizeController(this, {
    labels: (this.constructor as typeof HomewardElement).labels,
    messages: (this.constructor as typeof HomewardElement).messages,
  });
}
