import { ALL, LOCALES, type StatTable } from '@homeward/core';
import { generateIntakeRecords } from '@homeward/core/examples';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '@homeward/widgets/define/time-series';
import { registrationsTable } from '../packages/widgets/src/charts/testing/fixtures.js';

interface Args {
  /** Unset: the toolbar's locale (the story renders inside an element with that `lang`). */
  lang?: string;
  heading?: string;
  variant: 'bars' | 'line';
  data?: unknown;
  records?: unknown;
  field?: string;
  interval?: 'day' | 'week' | 'month';
  cumulative?: boolean;
  annotations?: { date: string; label: string }[];
}

const EVENTS = [
  { date: '2025-10-14', label: 'UK and US sanctions' },
  { date: '2026-01', label: 'Extradition' },
];

/** Compound releases logged per month, as an incident log would give them. */
function incidentsPerMonth(): StatTable {
  const months: [string, number][] = [
    ['2025-09', 12],
    ['2025-10', 18],
    ['2025-11', 25],
    ['2025-12', 31],
    ['2026-01', 96],
    ['2026-02', 40],
  ];
  const total = months.reduce((s, [, v]) => s + v, 0);
  return {
    measure: 'count',
    unit: 'records',
    dimensions: [{ field: 'dates.start', interval: 'month', values: months.map(([m]) => m) }],
    cells: months.map(([m, v]) => ({ keys: [m], value: v, suppressed: false })),
    margins: [],
    total: { keys: [ALL], value: total, suppressed: false, includesSuppressed: false },
    denominator: total,
    excluded: [],
    source: { name: 'Homeward incident log', date: '2026-02-28' },
  };
}

const meta: Meta<Args> = {
  title: 'Charts/Time series',
  component: 'hw-time-series',
  args: {
    heading: 'Registrations per day',
    variant: 'bars',
    data: registrationsTable(),
    annotations: EVENTS,
  },
  argTypes: {
    lang: {
      control: 'select',
      options: [...LOCALES],
      description: "The element's `lang`; unset, it follows the toolbar's locale",
    },
    variant: { control: 'inline-radio', options: ['bars', 'line'] },
    interval: { control: 'inline-radio', options: ['day', 'week', 'month'] },
    data: { control: false },
    records: { control: false },
  },
  render: (args) => html`<hw-time-series
    lang=${ifDefined(args.lang)}
    heading=${ifDefined(args.heading)}
    variant=${args.variant}
    field=${ifDefined(args.field)}
    interval=${ifDefined(args.interval)}
    ?cumulative=${args.cumulative}
    .data=${args.data}
    .records=${args.records}
    .annotations=${args.annotations ?? []}
  ></hw-time-series>`,
};
export default meta;

type Story = StoryObj<Args>;

async function chartIn(canvas: HTMLElement): Promise<ShadowRoot> {
  const el = canvas.querySelector('hw-time-series')!;
  await waitFor(() => expect(el.shadowRoot?.querySelector('svg.chart, .message.problem')).toBeTruthy());
  return el.shadowRoot!;
}

/** Registrations at the Indonesian embassy, 1 to 18 January 2026: 440 in all, the peak on the 12th. */
export const RegistrationsJanuary2026: Story = {
  async play({ canvasElement }) {
    const root = await chartIn(canvasElement);
    await expect(root.querySelectorAll('[data-mark]')).toHaveLength(18);
    await expect(root.querySelector('.summary')!.textContent).toMatch(/440 in total, peak 52 on January 12/);
    await expect(root.querySelector('.notes')!.textContent).toContain(
      'UK and US sanctions (outside the period shown)',
    );
  },
};

export const AsALine: Story = {
  args: { variant: 'line' },
  async play({ canvasElement }) {
    const root = await chartIn(canvasElement);
    await expect(root.querySelector('path.line')).toBeTruthy();
  },
};

/** Incidents per month with both events on the axis, in Indonesian. */
export const IncidentsPerMonthInIndonesian: Story = {
  args: { lang: 'id', heading: 'Pelepasan dari kompleks per bulan', data: incidentsPerMonth() },
  async play({ canvasElement }) {
    const root = await chartIn(canvasElement);
    await expect(root.querySelectorAll('.annotation')).toHaveLength(2);
    await waitFor(() => expect(root.querySelector('.summary')!.textContent).toContain('total 222'));
  },
};

/** Registrations per week counted by core from fictional records, as a running total, in Chinese. */
export const WeeklyRunningTotalInChinese: Story = {
  args: {
    lang: 'zh-Hans',
    heading: '每周登记人数（累计）',
    data: undefined,
    records: generateIntakeRecords(440, 2),
    field: 'registrationDate',
    interval: 'week',
    cumulative: true,
    annotations: [],
  },
  async play({ canvasElement }) {
    const root = await chartIn(canvasElement);
    await waitFor(() => expect(root.querySelector('.summary')!.textContent).toContain('截至'));
  },
};

/** A period key that is not a date: a message in place of the chart. */
export const BadPeriod: Story = {
  args: {
    data: {
      ...registrationsTable(),
      dimensions: [{ field: 'registrationDate', interval: 'day', values: ['2026-01-01', '2026-02-30'] }],
    },
  },
  async play({ canvasElement }) {
    const root = await chartIn(canvasElement);
    await expect(root.querySelector('.message')!.textContent).toContain('2026-02-30');
  },
};
