import { LOCALES } from '@homeward/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent } from 'storybook/test';
import '@homeward/widgets/define/choice-field';
import type { ChoiceOption, HwChoiceField } from '@homeward/widgets';

interface Args {
  /** Unset: the toolbar's locale. */
  lang?: string;
  name: string;
  label: string;
  hint: string;
  error: string;
  type: 'radio' | 'checkbox' | 'select';
  options: ChoiceOption[];
  inline: boolean;
}

const meta: Meta<Args> = {
  title: 'Form controls/Choice field',
  component: 'hw-choice-field',
  args: {
    name: 'departure.how',
    label: 'How did you leave the compound?',
    hint: '',
    error: '',
    type: 'radio',
    inline: false,
    options: [
      { value: 'released', label: 'I was released' },
      { value: 'escaped', label: 'I escaped' },
      { value: 'rescued', label: 'I was rescued' },
    ],
  },
  argTypes: {
    lang: { control: 'select', options: [...LOCALES] },
    type: { control: 'inline-radio', options: ['radio', 'checkbox', 'select'] },
  },
  render: (args) => html`<hw-choice-field
    lang=${ifDefined(args.lang)}
    name=${args.name}
    label=${args.label}
    hint=${args.hint}
    error=${args.error}
    type=${args.type}
    ?inline=${args.inline}
    .options=${args.options}
  ></hw-choice-field>`,
};
export default meta;

type Story = StoryObj<Args>;

async function fieldIn(canvas: HTMLElement): Promise<HwChoiceField> {
  const field = canvas.querySelector<HwChoiceField>('hw-choice-field')!;
  await field.updateComplete;
  return field;
}

/** Radios in a fieldset whose legend is the label, one group: Space picks, arrow keys move; each sends `hw-change`. */
export const Radios: Story = {
  async play({ canvasElement }) {
    const field = await fieldIn(canvasElement);
    const root = field.shadowRoot!;
    await expect(root.querySelector('fieldset legend')?.textContent).toContain('How did you leave');
    const changes: unknown[] = [];
    field.addEventListener('hw-change', (e) => changes.push((e as CustomEvent).detail));
    root.querySelector<HTMLInputElement>('input[value="released"]')!.focus();
    await userEvent.keyboard(' ');
    await expect(field.value).toBe('released');
    await expect(changes.at(-1)).toEqual({ name: 'departure.how', value: 'released' });
    // One radio group (one name): the browser makes it one tab stop with arrow keys between the options.
    const names = new Set(
      [...root.querySelectorAll('input[type="radio"]')].map((r) => r.getAttribute('name')),
    );
    await expect(names.size).toBe(1);
  },
};

/** Checkboxes: several values; Space ticks the focused one. */
export const Checkboxes: Story = {
  args: {
    type: 'checkbox',
    name: 'needs.list',
    label: 'What help do you need now?',
    options: [
      { value: 'shelter', label: 'A safe place to stay' },
      { value: 'medical', label: 'Medical care' },
      { value: 'documents', label: 'New documents' },
    ],
  },
  async play({ canvasElement }) {
    const field = await fieldIn(canvasElement);
    field.shadowRoot!.querySelector<HTMLInputElement>('input[value="medical"]')!.focus();
    await userEvent.keyboard(' ');
    await expect(field.value).toEqual(['medical']);
  },
};

/** A select, for long lists only. */
export const Select: Story = { args: { type: 'select' } };
