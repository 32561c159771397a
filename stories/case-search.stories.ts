import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@homeward/widgets/define/case-search';
import type { StaffSession } from '../packages/widgets/src/staff/session/staff-session.js';
import { LANGS, rendered, type StaffArgs, shownText, withSession } from './staff-support.js';

const meta: Meta<StaffArgs> = {
  title: 'Staff/Case search',
  component: 'hw-case-search',
  args: { lang: 'en', api: {} },
  argTypes: { lang: { control: 'select', options: LANGS }, api: { control: false } },
  loaders: [withSession],
  render: (args, { loaded }) =>
    html`<hw-case-search lang=${args.lang} .session=${loaded.session as StaffSession}></hw-case-search>`,
};
export default meta;
type Story = StoryObj<StaffArgs>;

async function search(canvas: HTMLElement, text: string): Promise<ShadowRoot> {
  const root = await rendered(canvas, 'hw-case-search', 'hw-text-field[name=q]');
  const input = await waitFor(() => {
    const found = root.querySelector('hw-text-field[name=q]')!.shadowRoot!.querySelector('input');
    expect(found).toBeTruthy();
    return found!;
  });
  await userEvent.type(input, `${text}{Enter}`);
  return root;
}

const rows = (root: ShadowRoot) => [
  ...root.querySelector('hw-case-list')!.shadowRoot!.querySelectorAll('tbody tr'),
];

export const Empty: Story = {
  async play({ canvasElement }) {
    await rendered(canvasElement, 'hw-case-search', 'form[role=search]');
  },
};

/** A Latin spelling finds a Han name. */
export const Found: Story = {
  async play({ canvasElement }) {
    const root = await search(canvasElement, 'Zhang Wei');
    await waitFor(() => expect(rows(root)).toHaveLength(1));
    await expect(shownText(rows(root)[0]!)).toContain('张伟');
  },
};

export const NothingFoundInFrench: Story = {
  args: { lang: 'fr' },
  async play({ canvasElement }) {
    const root = await search(canvasElement, 'Nobody Anywhere');
    const list = root.querySelector('hw-case-list')!.shadowRoot!;
    await waitFor(() => expect(shownText(list.querySelector('[role=status]')!)).not.toBe(''));
  },
};

export const ServerFailure: Story = {
  args: { api: { failWith: 500 } },
  async play({ canvasElement }) {
    const root = await search(canvasElement, 'Rizky');
    await waitFor(() => expect(root.querySelector('[role=alert]')).toBeTruthy());
  },
};
