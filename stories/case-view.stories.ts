import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '@homeward/widgets/define/case-view';
import type { StaffSession } from '../packages/widgets/src/staff/session/staff-session.js';
import { fakeCases, LANGS, rendered, type StaffArgs, shownText, withSession } from './staff-support.js';

interface Args extends StaffArgs {
  caseId: string;
}

const [rizky, , hoa] = fakeCases();

const meta: Meta<Args> = {
  title: 'Staff/Case view',
  component: 'hw-case-view',
  args: { lang: 'en', api: {}, caseId: rizky!.id },
  argTypes: { lang: { control: 'select', options: LANGS }, api: { control: false } },
  loaders: [withSession],
  render: (args, { loaded }) =>
    html`<hw-case-view
      lang=${args.lang}
      case-id=${args.caseId}
      receipt-href="#receipt-{id}"
      .session=${loaded.session as StaffSession}
    ></hw-case-view>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A minor, with indicators met and a passport taken: the case read in words. */
export const ChildProtection: Story = {
  async play({ canvasElement }) {
    const root = await rendered(canvasElement, 'hw-case-view', '[part=header]');
    await expect(shownText(root.querySelector('[part=screening]')!)).toContain('child protection');
  },
};

/** Consent names one partner: who may see the case is said in words. */
export const ConsentToOnePartner: Story = {
  args: { caseId: hoa!.id, lang: 'fr' },
  async play({ canvasElement }) {
    const root = await rendered(canvasElement, 'hw-case-view', '[part=consent]');
    await waitFor(() =>
      expect(shownText(root.querySelector('[part=consent]')!)).toContain('Vietnamese embassy'),
    );
  },
};

/** Someone else saved first (412): what changed, and the officer's change kept to apply again. */
export const SomeoneSavedFirst: Story = {
  async play({ canvasElement, loaded }) {
    const session = loaded.session as StaffSession;
    const root = await rendered(canvasElement, 'hw-case-view', 'select#to');
    await session.api.POST('/api/cases/{id}/status', {
      params: { path: { id: rizky!.id } },
      headers: { 'if-match': '"1"' },
      body: { to: 'assessed' },
    });
    root.querySelector<HTMLSelectElement>('select#to')!.value = 'closed';
    root.querySelector<HTMLButtonElement>('.status-form button[type=submit]')!.click();
    await waitFor(() => expect(root.querySelector('[part=conflict]')).toBeTruthy());
    await expect(shownText(root.querySelector('[part=conflict]')!)).toContain('Your change: status Closed.');
  },
};

/** Administrators also read who read or changed the case. */
export const AuditTrailForAdmins: Story = {
  args: { api: { role: 'admin' } },
  async play({ canvasElement }) {
    await rendered(canvasElement, 'hw-case-view', '[part=audit]');
  },
};

export const NotFound: Story = {
  args: { caseId: 'no-such-case' },
  async play({ canvasElement }) {
    await rendered(canvasElement, 'hw-case-view', '[role=alert]');
  },
};

export const InKhmer: Story = {
  args: { lang: 'km' },
  async play({ canvasElement }) {
    const root = await rendered(canvasElement, 'hw-case-view', '[part=header]');
    await waitFor(() => expect(shownText(root.querySelector('[part=header]')!)).toMatch(/[\u1780-\u17FF]/));
  },
};
