/**
 * `Element.closest()` that keeps climbing out of shadow roots through their hosts, so an element inside a form's
 * shadow root inherits the `lang` or `dir` set on the form or on the page.
 */
export function composedClosest(start: Element, selector: string): Element | null {
  let node: Element | null = start;
  while (node) {
    const found: Element | null = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}
