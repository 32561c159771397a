import { LOCALES } from '@homeward/core';
import { incidentExamples } from '@homeward/core/examples';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import '@homeward/widgets/define/incident-form';
import {
  fakeEndpoint,
  formIn,
  freshDraftKey,
  press,
  submissionState,
  until,
} from '../packages/widgets/src/form-flow/test/story-support.js';

interface Args {
  /** Unset: the toolbar's locale (the story renders inside an element with that `lang`). */
  lang?: string;
  endpoint?: string;
  ask?: string;
  skip?: string;
}

const meta: Meta<Args> = {
  title: 'Forms/Incident form',
  component: 'hw-incident-form',
  argTypes: {
    lang: {
      control: 'select',
      options: [...LOCALES],
      description: "The element's `lang`; unset, it follows the toolbar's locale",
    },
    ask: { control: 'text', description: 'Extra fields, e.g. location.coordinates sources.archiveSha256' },
    skip: { control: 'text', description: 'Optional fields or sections not to ask, e.g. allegedOperator' },
  },
  render: (args) => html`<hw-incident-form
    lang=${ifDefined(args.lang)}
    endpoint=${ifDefined(args.endpoint)}
    ask=${ifDefined(args.ask)}
    skip=${ifDefined(args.skip)}
    draft-key=${freshDraftKey()}
  ></hw-incident-form>`,
};
export default meta;

type Story = StoryObj<Args>;

function title(canvas: HTMLElement): string {
  return (
    canvas.querySelector('hw-incident-form')?.shadowRoot?.querySelector('.title')?.textContent?.trim() ?? ''
  );
}

function step(id: string, heading: string): Story {
  return {
    name: `Step: ${heading}`,
    async play({ canvasElement }) {
      const form = await formIn(canvasElement, 'hw-incident-form');
      form.goTo(id);
      await form.updateComplete;
      await expect(title(canvasElement)).toBe(heading);
    },
  };
}

export const Empty: Story = {
  async play({ canvasElement }) {
    await formIn(canvasElement, 'hw-incident-form');
    await expect(title(canvasElement)).toBe('What happened');
  },
};

export const StepWhere = step('where', 'Where it happened');
export const StepPeople = step('people', 'People affected');
export const StepSources = step('sources', 'Sources');

/** Two sources, each with its own verification status; one can be removed. */
export const SeveralSources: Story = {
  async play({ canvasElement }) {
    const form = await formIn(canvasElement, 'hw-incident-form');
    form.goTo('sources');
    await form.updateComplete;
    press(form, 'add-button');
    await form.updateComplete;
    await expect(form.shadowRoot!.querySelectorAll('[part~="group-item"]').length).toBe(2);
    await expect(form.shadowRoot!.querySelectorAll('[part~="remove-button"]').length).toBe(2);
  },
};

export const Errors: Story = {
  async play({ canvasElement }) {
    const form = await formIn(canvasElement, 'hw-incident-form');
    press(form, 'continue-button');
    await form.updateComplete;
    const summary = form.shadowRoot!.querySelector('hw-error-summary')!;
    await (summary as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await expect(summary.shadowRoot!.querySelectorAll('a').length).toBeGreaterThan(0);
  },
};

/** An Amnesty-style release report with its video sources, ready to send. */
export const CheckAnswers: Story = {
  async play({ canvasElement }) {
    const form = await formIn(canvasElement, 'hw-incident-form');
    form.edit(incidentExamples[0]!);
    await form.updateComplete;
    await expect(title(canvasElement)).toBe('Check the incident before you send it');
  },
};

export const Submitted: Story = {
  args: { endpoint: '/api/story-incident' },
  beforeEach: () => fakeEndpoint('/api/story-incident', 'up'),
  async play({ canvasElement }) {
    const form = await formIn(canvasElement, 'hw-incident-form');
    form.edit(incidentExamples[0]!);
    await form.updateComplete;
    press(form, 'continue-button');
    await until(() => submissionState(form) === 'sent');
  },
};

export const Offline: Story = {
  args: { endpoint: '/api/story-incident-offline' },
  beforeEach: () => fakeEndpoint('/api/story-incident-offline', 'down'),
  async play({ canvasElement }) {
    const form = await formIn(canvasElement, 'hw-incident-form');
    form.edit(incidentExamples[0]!);
    await form.updateComplete;
    press(form, 'continue-button');
    await until(() => submissionState(form) === 'waiting');
  },
};

function locale(lang: string, name: string): Story {
  return {
    name: `Language: ${name}`,
    args: { lang },
    async play({ canvasElement }) {
      const form = await formIn(canvasElement, 'hw-incident-form');
      await (form as unknown as { localize: { ready: Promise<void> } }).localize.ready;
      form.goTo('sources');
      await form.updateComplete;
      await expect(form.lang).toBe(lang);
    },
  };
}

export const French = locale('fr', 'Français');
export const Indonesian = locale('id', 'Bahasa Indonesia');
export const Chinese = locale('zh-Hans', '简体中文');
export const Khmer = locale('km', 'ខ្មែរ');
