import { LOCALES } from '@homeward/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '@homeward/widgets/define/stat-card';
import { registrationsTable } from '../packages/widgets/src/charts/testing/fixtures.js';

interface Args {
  /** Unset: the toolbar's locale (the story renders inside an element with that `lang`). */
  lang?: string;
  label: string;
  data?: unknown;
  figures?: unknown;
}

const meta: Meta<Args> = {
  title: 'Charts/Stat card',
  component: 'hw-stat-card',
  args: { label: 'Indonesians registered after leaving scam compounds, 1 to 18 January 2026' },
  argTypes: {
    lang: {
      control: 'select',
      options: [...LOCALES],
      description: "The element's `lang`; unset, it follows the toolbar's locale",
    },
    data: { control: false },
    figures: { control: false },
  },
  render: (args) =>
    html`<hw-stat-card lang=${ifDefined(args.lang)} label=${args.label} .data=${args.data} .figures=${args.figures}></hw-stat-card>`,
};
export default meta;

type Story = StoryObj<Args>;

async function cardIn(canvas: HTMLElement): Promise<ShadowRoot> {
  const el = canvas.querySelector('hw-stat-card')!;
  await waitFor(() => expect(el.shadowRoot?.querySelector('.figure, .message.problem')).toBeTruthy());
  return el.shadowRoot!;
}

/** One figure, from a core table: its total, date and source. */
export const OneFigure: Story = {
  args: { data: registrationsTable() },
  async play({ canvasElement }) {
    const root = await cardIn(canvasElement);
    await expect(root.querySelector('.value')!.textContent).toBe('440');
  },
};

/** The embassy says 440, a French newspaper 1,440: both shown, each with its source, never merged. */
export const SourcesDisagree: Story = {
  args: {
    label: 'Indonesians released from scam compounds, January 2026',
    figures: [
      { value: 440, date: '2026-01-18', source: { name: 'Embassy of Indonesia, Phnom Penh' } },
      { value: 1440, date: '2026-01-20', source: { name: 'Le Monde' } },
    ],
  },
  async play({ canvasElement }) {
    const root = await cardIn(canvasElement);
    await expect([...root.querySelectorAll('.value')].map((v) => v.textContent)).toEqual(['440', '1,440']);
    await expect(root.querySelector('.note')!.textContent).toContain('Sources disagree');
  },
};

export const SourcesDisagreeInFrench: Story = {
  args: {
    ...SourcesDisagree.args,
    lang: 'fr',
    label: 'Indonésiens libérés des centres d’escroquerie, janvier 2026',
  },
  async play({ canvasElement }) {
    const root = await cardIn(canvasElement);
    await waitFor(() => expect(root.querySelector('.note')!.textContent).toContain('Les sources divergent'));
  },
};

/** A figure under 11 is shown as "<11", never as itself. */
export const SmallFigure: Story = {
  args: { label: 'Minors registered this week', figures: [{ value: 4, source: { name: 'Shelter log' } }] },
  async play({ canvasElement }) {
    const root = await cardIn(canvasElement);
    await expect(root.querySelector('.value')!.textContent).toContain('<11');
  },
};

export const BadFigure: Story = {
  args: { figures: [{ value: 'many', source: { name: 'Rumour' } }] },
  async play({ canvasElement }) {
    const root = await cardIn(canvasElement);
    await expect(root.querySelector('.message')!.textContent).toContain('not a number');
  },
};

/**
 * The toolbar's locale (here pinned to Khmer): the story renders inside an element with that `lang`, and the card,
 * which has no `lang` of its own, follows it.
 */
export const LocaleFromTheToolbar: Story = {
  globals: { locale: 'km' },
  args: { data: registrationsTable() },
  async play({ canvasElement }) {
    const card = canvasElement.querySelector('hw-stat-card')!;
    await expect(card.hasAttribute('lang')).toBe(false);
    await expect(card.closest('[lang]')?.getAttribute('lang')).toBe('km');
    const root = await cardIn(canvasElement);
    await waitFor(() => expect(root.querySelector('.meta')!.textContent).toMatch(/[\u1780-\u17FF]/));
  },
};
