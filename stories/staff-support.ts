/**
 * What the staff stories share: a session on the in-memory staff API (the widgets' test fake: no server, nothing
 * leaves the page), handed to each story through a loader, and a wait for an element's first meaningful render.
 */
import { LOCALES } from '@homeward/core';
import { expect, waitFor } from 'storybook/test';
import type { StaffSession } from '../packages/widgets/src/staff/session/staff-session.js';
import type { FakeApiOptions } from '../packages/widgets/src/staff/testing/fake-api.js';
import { fakeSession } from '../packages/widgets/src/staff/testing/mount.js';

export { FAKE_PASSWORD, fakeCases, PARTNERS } from '../packages/widgets/src/staff/testing/fake-api.js';
export { shownText } from '../packages/widgets/src/staff/testing/mount.js';

export interface StaffArgs {
  lang: string;
  api: FakeApiOptions;
}

export const LANGS = [...LOCALES];

/** A Storybook loader: a fresh session on the fake API per story, as its args say (role, failures, signed out). */
export async function withSession({ args }: { args: StaffArgs }): Promise<{ session: StaffSession }> {
  return { session: await fakeSession(args.api) };
}

/** The element's shadow root once `selector` is rendered in it (data arrives asynchronously). */
export async function rendered(canvas: HTMLElement, tag: string, selector: string): Promise<ShadowRoot> {
  const el = canvas.querySelector(tag)!;
  await waitFor(() => expect(el.shadowRoot?.querySelector(selector)).toBeTruthy(), { timeout: 10_000 });
  return el.shadowRoot!;
}
