/** Test helpers for the staff elements (browser tests and stories): a session on the fake API, mounting, waiting. */
import type { LitElement } from 'lit';
import { StaffSession } from '../session/staff-session.js';
import { FAKE_PASSWORD, type FakeApiOptions, fakeApi } from './fake-api.js';

export { FAKE_PASSWORD };

/** A session on the in-memory API; signed in (as `role`) unless `signedIn: false`. */
export async function fakeSession(options: FakeApiOptions = {}): Promise<StaffSession> {
  const session = new StaffSession({ fetch: fakeApi({ signedIn: true, ...options }) });
  await session.restore();
  return session;
}

/** Waits until `check` holds (renders, fetches and locale loads settle), up to 5 s. */
export async function until(check: () => unknown, timeout = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${check.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Creates `<tag>` with properties and attributes in the page, and waits for its first render. */
export async function mountStaff<T extends LitElement>(
  tag: string,
  props: Record<string, unknown> = {},
  attrs: Record<string, string> = {},
): Promise<T> {
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  Object.assign(el, props);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** The text an element shows, its shadow roots included, whitespace squashed. */
export function shownText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    for (const child of n.childNodes) walk(child);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
