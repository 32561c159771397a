import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '@homeward/widgets/define/case-list';
import type { CaseSummary } from '../packages/widgets/src/staff/api/contract.js';
import type { StaffSession } from '../packages/widgets/src/staff/session/staff-session.js';
import { LANGS, type StaffArgs, shownText, withSession } from './staff-support.js';

interface Args extends StaffArgs {
  hasMore: boolean;
  empty: boolean;
}

/** The fake API's cases as the server lists them. */
async function withCases(context: { args: StaffArgs }) {
  const { session } = await withSession(context);
  const { data } = await session.api.GET('/api/cases');
  return { session, items: data?.items ?? [] };
}

const meta: Meta<Args> = {
  title: 'Staff/Case list',
  component: 'hw-case-list',
  args: { lang: 'en', api: {}, hasMore: false, empty: false },
  argTypes: { lang: { control: 'select', options: LANGS }, api: { control: false } },
  loaders: [withCases],
  render: (args, { loaded }) => {
    const items = args.empty ? [] : (loaded.items as CaseSummary[]);
    return html`<hw-case-list
      lang=${args.lang}
      .session=${loaded.session as StaffSession}
      .items=${items}
      .total=${args.hasMore ? items.length + 20 : items.length}
      ?has-more=${args.hasMore}
    ></hw-case-list>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

const rootOf = (canvas: HTMLElement) => canvas.querySelector('hw-case-list')!.shadowRoot!;

export const Cases: Story = {
  async play({ canvasElement }) {
    await waitFor(() => expect(rootOf(canvasElement).querySelectorAll('tbody tr').length).toBeGreaterThan(1));
    await waitFor(() =>
      expect(shownText(rootOf(canvasElement).querySelector('[role=status]')!)).toMatch(/cases found/),
    );
  },
};

export const MoreToShow: Story = {
  args: { hasMore: true },
  async play({ canvasElement }) {
    await waitFor(() => expect(shownText(rootOf(canvasElement))).toMatch(/Show more/));
  },
};

export const NoCases: Story = { args: { empty: true } };

export const InChinese: Story = {
  args: { lang: 'zh-Hans' },
  async play({ canvasElement }) {
    await waitFor(() => expect(shownText(rootOf(canvasElement))).toMatch(/[\u4e00-\u9fff]/));
  },
};
