import { LOCALES } from '@homeward/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@homeward/widgets/define/text-field';
import type { HwTextField } from '@homeward/widgets';

interface Args {
  /** Unset: the toolbar's locale. */
  lang?: string;
  name: string;
  label: string;
  hint: string;
  error: string;
  type: 'text' | 'tel' | 'email' | 'number' | 'date' | 'textarea';
  required: boolean;
  markOptional: boolean;
}

const meta: Meta<Args> = {
  title: 'Form controls/Text field',
  component: 'hw-text-field',
  args: {
    name: 'person.fullName',
    label: 'Full name',
    hint: 'As on your passport, in any script',
    error: '',
    type: 'text',
    required: true,
    markOptional: false,
  },
  argTypes: {
    lang: { control: 'select', options: [...LOCALES] },
    type: { control: 'select', options: ['text', 'tel', 'email', 'number', 'date', 'textarea'] },
  },
  render: (args) => html`<hw-text-field
    lang=${ifDefined(args.lang)}
    name=${args.name}
    label=${args.label}
    hint=${args.hint}
    error=${args.error}
    type=${args.type}
    ?required=${args.required}
    ?mark-optional=${args.markOptional}
  ></hw-text-field>`,
};
export default meta;

type Story = StoryObj<Args>;

async function fieldIn(canvas: HTMLElement): Promise<{ field: HwTextField; input: HTMLInputElement }> {
  const field = canvas.querySelector<HwTextField>('hw-text-field')!;
  await field.updateComplete;
  const input = field.shadowRoot!.querySelector<HTMLInputElement>('input, textarea')!;
  return { field, input };
}

/** The label names the input; typing in any script sends `hw-input` with the field's name and value. */
export const Default: Story = {
  async play({ canvasElement }) {
    const { field, input } = await fieldIn(canvasElement);
    const details: unknown[] = [];
    field.addEventListener('hw-input', (e) => details.push((e as CustomEvent).detail));
    await userEvent.type(input, 'សុខា');
    await expect(field.value).toBe('សុខា');
    await expect(details.at(-1)).toEqual({ name: 'person.fullName', value: 'សុខា' });
    await expect(input.labels?.[0]?.textContent).toContain('Full name');
  },
};

/** An error: read with a visually hidden "Error:" before it, linked to the input, which is marked invalid. */
export const WithError: Story = {
  args: { error: 'Enter your full name' },
  async play({ canvasElement }) {
    const { input, field } = await fieldIn(canvasElement);
    await expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = (input.getAttribute('aria-describedby') ?? '').split(/\s+/);
    const texts = described.map((id) => field.shadowRoot!.getElementById(id)?.textContent ?? '').join(' ');
    await waitFor(() => expect(texts).toContain('Enter your full name'));
  },
};

/** Several lines, optional and marked so. */
export const Textarea: Story = {
  args: {
    type: 'textarea',
    name: 'notes',
    label: 'Anything else',
    hint: '',
    required: false,
    markOptional: true,
  },
};
