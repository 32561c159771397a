/**
 * Finds a field by id, then by `name`, first in the tree (document or shadow root) that holds `from`, then in each
 * enclosing tree up to the document: an error summary inside a form's shadow root links to fields in that same root.
 */
export function findInTree(from: Node, idOrName: string): HTMLElement | null {
  let root: Node = from.getRootNode();
  for (;;) {
    const scope = root as Document | ShadowRoot;
    const byId = scope.getElementById?.(idOrName);
    if (byId instanceof HTMLElement) return byId;
    const byName = scope.querySelector?.(`[name="${CSS.escape(idOrName)}"]`);
    if (byName instanceof HTMLElement) return byName;
    if (!(root instanceof ShadowRoot)) return null;
    root = root.host.getRootNode();
  }
}
