/**
 * Test helpers for the charts (browser tests only): mounting an element in a container of a given width, waiting
 * until its locale and data have arrived, and reading everything it renders, shadow roots included.
 */
import type { LitElement } from 'lit';

export interface Mounted<T extends LitElement> {
  el: T;
  container: HTMLDivElement;
  root: ShadowRoot;
}

/**
 * Waits for pending renders, dynamic imports (locales, core's counting, labels) and fetches to settle: a few
 * rounds, then for as long as the element still says it is loading (up to 5 s, for a busy machine).
 */
export async function settle(el: LitElement, rounds = 4): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
  const loading = () => el.shadowRoot?.querySelector('.message:not(.problem)') !== null;
  for (let waited = 0; loading() && waited < 5000; waited += 25) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await el.updateComplete;
}

/** Creates `<tag>` with attributes and properties, in a container `width` px wide, and waits until it is drawn. */
export async function mount<T extends LitElement>(
  tag: string,
  options: { attrs?: Record<string, string>; props?: Record<string, unknown>; width?: number } = {},
): Promise<Mounted<T>> {
  const container = document.createElement('div');
  container.style.width = `${options.width ?? 640}px`;
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(options.attrs ?? {})) el.setAttribute(name, value);
  Object.assign(el, options.props ?? {});
  container.append(el);
  document.body.append(container);
  await settle(el);
  return { el, container, root: el.shadowRoot! };
}

/** Every text node's text under a node, descending into open shadow roots. */
export function deepText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    for (const child of n.childNodes) walk(child);
  };
  walk(node);
  return parts.join(' ');
}

/** Every attribute value under a node (shadow roots included), except pure geometry, as `name=value` lines. */
export function deepAttributes(node: Node, skip: readonly string[] = GEOMETRY): string[] {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n instanceof Element) {
      for (const attr of n.attributes) if (!skip.includes(attr.name)) out.push(`${attr.name}=${attr.value}`);
      if (n.shadowRoot) walk(n.shadowRoot);
    }
    for (const child of n.childNodes) walk(child);
  };
  walk(node);
  return out;
}

/** Attributes that hold coordinates: a value there is a position, not a figure shown to anyone. */
export const GEOMETRY = [
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'width',
  'height',
  'd',
  'transform',
  'viewBox',
  'dy',
  'patternTransform',
  'data-mark',
  'data-hover',
  'tabindex',
  'aria-level',
  'stroke-width',
  'font-size',
];

/** True when `n` appears in `text` as a whole number (not as part of 440, 1,440 or 14). */
export function containsNumber(text: string, n: number): boolean {
  return new RegExp(`(^|[^\\d.,])${n}($|[^\\d.,])`).test(text);
}

/** The WCAG contrast ratio of two CSS colours (`rgb(...)`), as the browser computed them. */
export function contrast(a: string, b: string): number {
  const lum = (color: string) => {
    const [r, g, bl] = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

export function marks(root: ShadowRoot): SVGElement[] {
  return [...root.querySelectorAll<SVGElement>('[data-mark]')];
}

/** A table row's cells as text, one space between cells. */
export function rowText(tr: Element): string {
  return [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()).join(' ');
}
