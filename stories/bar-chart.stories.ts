import { LOCALES } from '@homeward/core';
import { generateIntakeRecords } from '@homeward/core/examples';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '@homeward/widgets/define/bar-chart';
import {
  citizenshipTable,
  incidentsByProvinceTable,
  indicatorsTable,
  provinceBySexTable,
} from '../packages/widgets/src/charts/testing/fixtures.js';

interface Args {
  /** Unset: the toolbar's locale (the story renders inside an element with that `lang`). */
  lang?: string;
  heading: string;
  orientation: 'horizontal' | 'vertical';
  sort: 'none' | 'descending' | 'ascending' | 'label';
  layout: 'grouped' | 'stacked';
  suppressBelow: number;
  data?: unknown;
  records?: unknown;
  field?: string;
  src?: string;
}

const meta: Meta<Args> = {
  title: 'Charts/Bar chart',
  component: 'hw-bar-chart',
  args: {
    heading: 'People registered by citizenship, 1 to 18 January 2026',
    orientation: 'horizontal',
    sort: 'none',
    layout: 'grouped',
    suppressBelow: 11,
    data: citizenshipTable(),
  },
  argTypes: {
    lang: {
      control: 'select',
      options: [...LOCALES],
      description: "The element's `lang`; unset, it follows the toolbar's locale",
    },
    orientation: { control: 'inline-radio', options: ['horizontal', 'vertical'] },
    sort: { control: 'select', options: ['none', 'descending', 'ascending', 'label'] },
    layout: { control: 'inline-radio', options: ['grouped', 'stacked'] },
    suppressBelow: { control: { type: 'number', min: 1 } },
    data: { control: false },
    records: { control: false },
  },
  render: (args) => html`<hw-bar-chart
    lang=${ifDefined(args.lang)}
    heading=${args.heading}
    orientation=${args.orientation}
    sort=${args.sort}
    layout=${args.layout}
    suppress-below=${args.suppressBelow}
    field=${ifDefined(args.field)}
    src=${ifDefined(args.src)}
    .data=${args.data}
    .records=${args.records}
  ></hw-bar-chart>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The chart's shadow root once it has drawn (or shown a message). */
async function chartIn(canvas: HTMLElement): Promise<ShadowRoot> {
  const el = canvas.querySelector('hw-bar-chart')!;
  await waitFor(() => expect(el.shadowRoot?.querySelector('svg.chart, .message.problem')).toBeTruthy());
  return el.shadowRoot!;
}
const labels = (root: ShadowRoot) =>
  [...root.querySelectorAll('[data-mark]')].map((m) => m.getAttribute('aria-label'));

/** Citizenship of the people registered: Laos and the Philippines are under 11, so shown as "<11". */
export const Citizenship: Story = {
  async play({ canvasElement }) {
    const root = await chartIn(canvasElement);
    await expect(labels(root)).toHaveLength(7);
    await expect(labels(root)).toContain('Laos: fewer than 11, not shown');
    await expect(root.querySelector('.summary')!.textContent).toContain('647 in total');
  },
};

/** Incidents logged by province (ISO 3166-2 codes named by core), sorted, in Khmer. */
export const IncidentsByProvinceInKhmer: Story = {
  args: {
    lang: 'km',
    heading: 'ហេតុការណ៍តាមខេត្ត',
    data: incidentsByProvinceTable(),
    sort: 'descending',
  },
  async play({ canvasElement }) {
    const root = await chartIn(canvasElement);
    await waitFor(() => expect(labels(root)[0]).toBe('ស្វាយរៀង៖ 31'));
  },
};

/** The ILO indicators of forced labour people reported, named from core's label catalogues. */
export const Indicators: Story = {
  args: {
    heading: 'Indicators of forced labour reported (of 440 people)',
    data: indicatorsTable(),
    sort: 'descending',
  },
  async play({ canvasElement }) {
    const root = await chartIn(canvasElement);
    await expect(labels(root)[0]).toBe('Deception: 389');
    await expect(labels(root).at(-1)).toBe('Abusive working and living conditions: fewer than 11, not shown');
  },
};

/** Where people were held, split by sex: two series, told apart by pattern as well as colour. */
export const ProvinceBySexGrouped: Story = {
  args: { heading: 'Where people were held, by sex', data: provinceBySexTable() },
  async play({ canvasElement }) {
    const root = await chartIn(canvasElement);
    await expect(labels(root)).toHaveLength(8);
    await expect(root.querySelector('[fill="url(#hw-series-1)"]')).toBeTruthy();
  },
};

export const ProvinceBySexStacked: Story = {
  args: { heading: 'Where people were held, by sex', data: provinceBySexTable(), layout: 'stacked' },
  async play({ canvasElement }) {
    const root = await chartIn(canvasElement);
    await expect(root.querySelector('.legend')!.textContent).toMatch(/Female|Woman/);
  },
};

export const Vertical: Story = {
  args: { orientation: 'vertical', sort: 'descending' },
};

/** Counted in the browser by core from fictional records, in French. */
export const FromRecordsInFrench: Story = {
  args: {
    lang: 'fr',
    heading: 'Personnes enregistrées par nationalité',
    data: undefined,
    records: generateIntakeRecords(300, 4),
    field: 'person.citizenship',
    sort: 'descending',
  },
  async play({ canvasElement }) {
    const root = await chartIn(canvasElement);
    await waitFor(() => expect(root.querySelector('.summary')!.textContent).toContain('au total'));
  },
};

/** Bad data: a negative count is refused with a message, never drawn. */
export const NegativeCount: Story = {
  args: {
    data: { ...citizenshipTable(), cells: [{ keys: ['ID'], value: -3, suppressed: false }] },
  },
  async play({ canvasElement }) {
    const root = await chartIn(canvasElement);
    await expect(root.querySelector('.message')!.textContent).toContain('A count cannot be negative');
  },
};

/** A `src` that cannot be fetched. */
export const FailedFetch: Story = {
  args: { data: undefined, src: '/no-such-statistics.json' },
  async play({ canvasElement }) {
    const root = await chartIn(canvasElement);
    await expect(root.querySelector('.message')!.textContent).toContain('could not be loaded');
  },
};
