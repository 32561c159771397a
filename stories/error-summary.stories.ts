import { LOCALES } from '@homeward/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@homeward/widgets/define/error-summary';
import '@homeward/widgets/define/text-field';
import type { ErrorSummaryItem, HwErrorSummary } from '@homeward/widgets';

interface Args {
  /** Unset: the toolbar's locale. */
  lang?: string;
  headingLevel: number;
  errors: ErrorSummaryItem[];
}

const meta: Meta<Args> = {
  title: 'Form controls/Error summary',
  component: 'hw-error-summary',
  args: {
    headingLevel: 2,
    errors: [{ message: 'Enter your full name', target: 'person.fullName' }],
  },
  argTypes: {
    lang: { control: 'select', options: [...LOCALES] },
    errors: { control: 'object' },
  },
  render: (args) => html`<main lang=${ifDefined(args.lang)}>
    <hw-error-summary heading-level=${args.headingLevel} .errors=${args.errors}></hw-error-summary>
    <hw-text-field name="person.fullName" label="Full name" error="Enter your full name" required></hw-text-field>
  </main>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Shown after a failed "Continue": it takes focus, and its link moves focus into the field. */
export const AfterContinue: Story = {
  async play({ canvasElement }) {
    const summary = canvasElement.querySelector<HwErrorSummary>('hw-error-summary')!;
    await summary.updateComplete;
    await waitFor(() => expect(summary.matches(':focus-within')).toBe(true));
    const link = summary.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="link"]')!;
    await expect(link.textContent).toContain('Enter your full name');
    await userEvent.click(link);
    const field = canvasElement.querySelector('hw-text-field')!;
    await waitFor(() => expect(field.matches(':focus-within')).toBe(true));
  },
};
