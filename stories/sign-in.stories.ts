import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@homeward/widgets/define/sign-in';
import type { StaffSession } from '../packages/widgets/src/staff/session/staff-session.js';
import { FAKE_PASSWORD, LANGS, rendered, type StaffArgs, shownText, withSession } from './staff-support.js';

const meta: Meta<StaffArgs> = {
  title: 'Staff/Sign in',
  component: 'hw-sign-in',
  args: { lang: 'en', api: { signedIn: false } },
  argTypes: { lang: { control: 'select', options: LANGS }, api: { control: false } },
  loaders: [withSession],
  render: (args, { loaded }) =>
    html`<hw-sign-in lang=${args.lang} .session=${loaded.session as StaffSession}></hw-sign-in>`,
};
export default meta;
type Story = StoryObj<StaffArgs>;

async function signIn(root: ShadowRoot, password: string): Promise<void> {
  const email = root.querySelector('hw-text-field')!.shadowRoot!.querySelector('input')!;
  await userEvent.type(email, 'dewi@example.org');
  await userEvent.type(root.querySelector<HTMLInputElement>('input[type=password]')!, `${password}{Enter}`);
}

export const SignedOut: Story = {
  async play({ canvasElement }) {
    const root = await rendered(canvasElement, 'hw-sign-in', 'form');
    await expect(root.querySelector('input[type=password]')?.getAttribute('autocomplete')).toBe(
      'current-password',
    );
  },
};

export const SignedIn: Story = {
  async play({ canvasElement }) {
    const root = await rendered(canvasElement, 'hw-sign-in', 'form');
    await signIn(root, FAKE_PASSWORD);
    await waitFor(() => expect(shownText(root)).toContain('Signed in as Dewi Lestari'));
  },
};

export const WrongPassword: Story = {
  async play({ canvasElement }) {
    const root = await rendered(canvasElement, 'hw-sign-in', 'form');
    await signIn(root, 'not the password');
    await waitFor(() =>
      expect(root.querySelector('[role=alert]:not([hidden])')?.textContent).toContain('not right'),
    );
  },
};

export const Locked: Story = {
  args: { api: { signedIn: false, signIn: 'locked' } },
  async play({ canvasElement }) {
    const root = await rendered(canvasElement, 'hw-sign-in', 'form');
    await signIn(root, FAKE_PASSWORD);
    await waitFor(() => expect(root.querySelector('[role=alert]:not([hidden])')).toBeTruthy());
  },
};

export const RateLimited: Story = {
  args: { api: { signedIn: false, signIn: 'rate-limited' } },
  play: Locked.play,
};

/** The session ended under a task: a modal sign-in over the work, which resumes afterwards. */
export const SessionExpired: Story = {
  args: { api: { signedIn: true } },
  async play({ canvasElement, loaded }) {
    const session = loaded.session as StaffSession;
    session.expire();
    const root = await rendered(canvasElement, 'hw-sign-in', 'dialog');
    await expect(root.querySelector('dialog h2')?.textContent?.trim()).toBeTruthy();
  },
};

export const InKhmer: Story = {
  args: { lang: 'km' },
  async play({ canvasElement }) {
    const root = await rendered(canvasElement, 'hw-sign-in', 'form');
    await waitFor(() => expect(shownText(root)).toMatch(/[\u1780-\u17FF]/));
  },
};
