import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '@homeward/widgets/define/duplicate-review';
import type { HwDuplicateReview } from '../packages/widgets/src/define/duplicate-review.js';
import type { StaffSession } from '../packages/widgets/src/staff/session/staff-session.js';
import { LANGS, rendered, type StaffArgs, shownText, withSession } from './staff-support.js';

const meta: Meta<StaffArgs> = {
  title: 'Staff/Duplicate review',
  component: 'hw-duplicate-review',
  args: { lang: 'en', api: {} },
  argTypes: { lang: { control: 'select', options: LANGS }, api: { control: false } },
  loaders: [withSession],
  render: (args, { loaded }) =>
    html`<hw-duplicate-review lang=${args.lang} .session=${loaded.session as StaffSession}></hw-duplicate-review>`,
};
export default meta;
type Story = StoryObj<StaffArgs>;

const review = async (canvas: HTMLElement) => {
  const root = await rendered(canvas, 'hw-duplicate-review', '[part=pair]');
  return { root, el: canvas.querySelector('hw-duplicate-review') as HwDuplicateReview };
};

/** Side by side, differences marked in words, why the server thinks they match. */
export const Pair: Story = {
  async play({ canvasElement }) {
    const { root } = await review(canvasElement);
    await waitFor(() => expect(shownText(root)).toContain('Assessment'));
  },
};

/** The record to keep chosen, the name taken from the other, and the confirmation. */
export const MergeChoices: Story = {
  async play({ canvasElement }) {
    const { root, el } = await review(canvasElement);
    el.model.choose('a');
    el.model.takeValue('displayName', 'b');
    el.model.setReason('Same passport photo');
    el.model.askMerge();
    await waitFor(() => expect(root.querySelector('[part=confirm]')).toBeTruthy());
    await expect(shownText(root.querySelector('[part=confirm]')!)).toContain('Taken from case');
  },
};

export const NothingToReview: Story = {
  async play({ canvasElement }) {
    const { root, el } = await review(canvasElement);
    el.pairs = [];
    await waitFor(() => expect(shownText(root)).toContain('No possible duplicates'));
  },
};

export const InFrench: Story = {
  args: { lang: 'fr' },
  async play({ canvasElement }) {
    const { root } = await review(canvasElement);
    await waitFor(() => expect(shownText(root)).toContain('Évaluation'));
  },
};
