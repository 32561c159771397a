import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define/sign-in.js';
import type { HwSignIn } from '../../define/sign-in.js';
import { axeViolations } from '../../shared/testing/axe.js';
import { findPlaintext } from '../../shared/testing/storage-scan.js';
import { StaffSession } from '../session/staff-session.js';
import { fakeApi } from '../testing/fake-api.js';
import { FAKE_PASSWORD, fakeSession, mountStaff, shownText, until } from '../testing/mount.js';

afterEach(() => document.body.replaceChildren());

async function signedOut(options: Parameters<typeof fakeApi>[0] = {}) {
  const session = new StaffSession({ fetch: fakeApi(options) });
  await session.restore();
  const el = await mountStaff<HwSignIn>('hw-sign-in', { session });
  await until(() => el.shadowRoot!.querySelector('form'));
  return { session, el, root: el.shadowRoot! };
}

async function typeCredentials(root: ShadowRoot, email: string, password: string) {
  const emailField = root.querySelector('hw-text-field')!;
  emailField.shadowRoot!.querySelector('input')!.focus();
  await userEvent.keyboard(email);
  await userEvent.tab();
  await userEvent.keyboard(password);
}

describe('hw-sign-in', () => {
  it('signs in with the keyboard alone, then shows who is signed in', async () => {
    const { el, root, session } = await signedOut();
    expect(await axeViolations(el)).toEqual([]);
    const signedIn = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('hw-signed-in', (e) => resolve(e as CustomEvent)),
    );
    await typeCredentials(root, 'dewi@example.org', FAKE_PASSWORD);
    await userEvent.keyboard('{Enter}');
    expect((await signedIn).detail.user.name).toBe('Dewi Lestari');
    expect(session.state).toBe('signed-in');
    await until(() => shownText(el).includes('Signed in as Dewi Lestari (registrar'));
    expect(await axeViolations(el)).toEqual([]);
  });

  it('says when the password is wrong, and keeps neither the password nor anything else on the device', async () => {
    const { el, root } = await signedOut();
    await typeCredentials(root, 'dewi@example.org', 'wrong password 123');
    await userEvent.keyboard('{Enter}');
    await until(() => root.querySelector('[role=alert]:not([hidden])'));
    expect(root.querySelector('[role=alert]')!.textContent).toContain('not right');
    expect(root.querySelector<HTMLInputElement>('input[type=password]')!.value).toBe('');
    expect(root.activeElement).toBe(root.querySelector('input[type=password]'));
    expect(await findPlaintext(['wrong password 123'])).toEqual([]);
    void el;
  });

  it('explains a locked account and a rate limit with the time to wait', async () => {
    const locked = await signedOut({ signIn: 'locked' });
    await typeCredentials(locked.root, 'dewi@example.org', FAKE_PASSWORD);
    await userEvent.keyboard('{Enter}');
    await until(() => locked.root.querySelector('[role=alert]:not([hidden])'));
    expect(locked.root.querySelector('[role=alert]')!.textContent).toContain('locked');
    expect(locked.root.querySelector('[role=alert]')!.textContent).toContain('15 minutes');
    document.body.replaceChildren();
    const limited = await signedOut({ signIn: 'rate-limited' });
    await typeCredentials(limited.root, 'dewi@example.org', FAKE_PASSWORD);
    await userEvent.keyboard('{Enter}');
    await until(() => limited.root.querySelector('[role=alert]:not([hidden])'));
    expect(limited.root.querySelector('[role=alert]')!.textContent).toContain('60 seconds');
  });

  it('speaks the page language (Khmer)', async () => {
    const session = new StaffSession({ fetch: fakeApi() });
    await session.restore();
    const el = await mountStaff<HwSignIn>('hw-sign-in', { session }, { lang: 'km' });
    await until(() => shownText(el).includes('ពាក្យសម្ងាត់'));
    expect(await axeViolations(el)).toEqual([]);
  });

  it('opens a modal sign-in when the session ends and resumes the waiting request after signing in', async () => {
    const session = await fakeSession();
    const el = await mountStaff<HwSignIn>('hw-sign-in', { session });
    await until(() => shownText(el).includes('Signed in as'));
    // A request made after the session ended waits for the sign-in and then goes through.
    session.expire();
    const waiting = session.call(() => session.api.GET('/api/partners'));
    await until(() => el.shadowRoot!.querySelector('dialog')?.open);
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(shownText(dialog)).toContain('Your session has ended');
    expect(el.shadowRoot!.activeElement).toBe(dialog.querySelector('input[type=password]'));
    expect(dialog.querySelector('hw-text-field')!.value).toBe('dewi@example.org');
    await userEvent.keyboard(FAKE_PASSWORD);
    await userEvent.keyboard('{Enter}');
    const { data } = await waiting;
    expect(data?.items).toHaveLength(3);
    await until(() => !el.shadowRoot!.querySelector('dialog'));
  });

  it('signs out with the keyboard and says nothing is kept', async () => {
    const session = await fakeSession();
    const el = await mountStaff<HwSignIn>('hw-sign-in', { session });
    await until(() => el.shadowRoot!.querySelector('button'));
    el.shadowRoot!.querySelector('button')!.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => shownText(el).includes('You are signed out'));
    expect(session.state).toBe('signed-out');
    expect(session.user).toBeUndefined();
  });
});
