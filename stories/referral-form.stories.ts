import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '@homeward/widgets/define/referral-form';
import type { CaseDetail } from '../packages/widgets/src/staff/api/contract.js';
import type { StaffSession } from '../packages/widgets/src/staff/session/staff-session.js';
import { fakeCases, LANGS, rendered, type StaffArgs, shownText, withSession } from './staff-support.js';

interface Args extends StaffArgs {
  caseId: string;
}

const [rizky, , hoa] = fakeCases();

/** The case as the server gives it, for the form's consent check. */
async function withCase(context: { args: Args }) {
  const { session } = await withSession(context);
  const { data } = await session.api.GET('/api/cases/{id}', {
    params: { path: { id: context.args.caseId } },
  });
  return { session, caseDetail: data as unknown as CaseDetail };
}

const meta: Meta<Args> = {
  title: 'Staff/Referral form',
  component: 'hw-referral-form',
  args: { lang: 'en', api: {}, caseId: hoa!.id },
  argTypes: { lang: { control: 'select', options: LANGS }, api: { control: false } },
  loaders: [withCase],
  render: (args, { loaded }) =>
    html`<hw-referral-form
      lang=${args.lang}
      .session=${loaded.session as StaffSession}
      .caseDetail=${loaded.caseDetail as CaseDetail}
    ></hw-referral-form>`,
};
export default meta;
type Story = StoryObj<Args>;

const options = async (canvas: HTMLElement) => {
  const root = await rendered(canvas, 'hw-referral-form', 'select#partner');
  await waitFor(() => expect(root.querySelectorAll('select#partner option').length).toBeGreaterThan(1));
  return root;
};

/** Only the partner the person named can be chosen; the others are listed with the reason. */
export const ConsentedPartnerOnly: Story = {
  async play({ canvasElement }) {
    const root = await options(canvasElement);
    await expect(root.querySelectorAll('select#partner option:disabled').length).toBeGreaterThan(0);
  },
};

/** The person did not agree to share: nothing can be chosen, and the form says why. */
export const NoConsent: Story = {
  args: { caseId: rizky!.id },
  async play({ canvasElement }) {
    const root = await options(canvasElement);
    await expect(shownText(root)).toContain('no consent');
  },
};

/** The server has the last word: its refusal (422) is shown with its reason. */
export const RefusedByTheServer: Story = {
  async play({ canvasElement }) {
    const root = await options(canvasElement);
    const form = canvasElement.querySelector('hw-referral-form') as HTMLElement & {
      refer(partner: string, service: string): Promise<boolean>;
    };
    await form.refer('safe-house', 'shelter');
    await waitFor(() => expect(shownText(root.querySelector('[part=message]')!)).toContain('Not referred'));
  },
};

export const InIndonesian: Story = {
  args: { lang: 'id' },
  async play({ canvasElement }) {
    await options(canvasElement);
  },
};
