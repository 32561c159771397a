import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '@homeward/widgets/define/receipt';
import type { StaffSession } from '../packages/widgets/src/staff/session/staff-session.js';
import { fakeCases, LANGS, rendered, type StaffArgs, shownText, withSession } from './staff-support.js';

interface Args extends StaffArgs {
  caseId: string;
}

const [rizky, zhang] = fakeCases();

const meta: Meta<Args> = {
  title: 'Staff/Receipt',
  component: 'hw-receipt',
  args: { lang: 'en', api: {}, caseId: rizky!.id },
  argTypes: { lang: { control: 'select', options: LANGS }, api: { control: false } },
  loaders: [withSession],
  render: (args, { loaded }) =>
    html`<hw-receipt
      lang=${args.lang}
      case-id=${args.caseId}
      office-name="KBRI Phnom Penh"
      .session=${loaded.session as StaffSession}
    ></hw-receipt>`,
};
export default meta;
type Story = StoryObj<Args>;

/** In the office's language and the person's (Indonesian): case number large and as a QR code. */
export const TwoLanguages: Story = {
  async play({ canvasElement }) {
    const root = await rendered(canvasElement, 'hw-receipt', '[part=page]');
    await expect(shownText(root.querySelector('.case-number')!)).toBe('PNH-26-00042-7');
  },
};

export const InChinese: Story = {
  args: { caseId: zhang!.id, lang: 'zh-Hans' },
  async play({ canvasElement }) {
    await rendered(canvasElement, 'hw-receipt', '[part=page]');
  },
};

export const NotFound: Story = {
  args: { caseId: 'no-such-case' },
  async play({ canvasElement }) {
    await rendered(canvasElement, 'hw-receipt', '[role=alert]');
  },
};
