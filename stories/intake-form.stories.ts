import { LOCALES } from '@homeward/core';
import { intakeExamples } from '@homeward/core/examples';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import '@homeward/widgets/define/intake-form';
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
  office: string;
  endpoint?: string;
  ask?: string;
  skip?: string;
  require?: string;
  draftTtl: number;
}

const meta: Meta<Args> = {
  title: 'Forms/Intake form',
  component: 'hw-intake-form',
  args: { office: 'idn-embassy-phnom-penh', draftTtl: 24 },
  argTypes: {
    lang: {
      control: 'select',
      options: [...LOCALES],
      description: "The element's `lang`; unset, it follows the toolbar's locale",
    },
    ask: { control: 'text', description: 'Extra optional fields or sections to ask, e.g. person.languages' },
    skip: { control: 'text', description: 'Optional fields, sections or steps not to ask, e.g. indicators' },
    require: { control: 'text', description: 'Fields required on top of the schema, e.g. person.phones' },
  },
  render: (args) => html`<hw-intake-form
    lang=${ifDefined(args.lang)}
    office=${args.office}
    endpoint=${ifDefined(args.endpoint)}
    ask=${ifDefined(args.ask)}
    skip=${ifDefined(args.skip)}
    require=${ifDefined(args.require)}
    draft-ttl=${args.draftTtl}
    draft-key=${freshDraftKey()}
  ></hw-intake-form>`,
};
export default meta;

type Story = StoryObj<Args>;

function title(canvas: HTMLElement): string {
  return (
    canvas.querySelector('hw-intake-form')?.shadowRoot?.querySelector('.title')?.textContent?.trim() ?? ''
  );
}

function step(id: string, heading: string): Story {
  return {
    name: `Step: ${heading}`,
    async play({ canvasElement }) {
      const form = await formIn(canvasElement, 'hw-intake-form');
      form.goTo(id);
      await form.updateComplete;
      await expect(title(canvasElement)).toBe(heading);
    },
  };
}

/** The first step, nothing answered. */
export const Empty: Story = {
  async play({ canvasElement }) {
    await formIn(canvasElement, 'hw-intake-form');
    await expect(title(canvasElement)).toBe('Your information and your choices');
  },
};

export const StepAboutYou = step('about-you', 'About you');
export const StepDocuments = step('documents', 'Your identity documents');
export const StepRecruitment = step('recruitment', 'How you were recruited');
export const StepExploitation = step('exploitation', 'Where you were held');
export const StepDeparture = step('departure', 'How you left');
export const StepIndicators = step('indicators', 'How you were treated');
export const StepNeeds = step('needs', 'What help you need');

/** "Continue" with nothing answered: the error summary takes focus and links to each field. */
export const Errors: Story = {
  async play({ canvasElement }) {
    const form = await formIn(canvasElement, 'hw-intake-form');
    form.goTo('about-you');
    await form.updateComplete;
    press(form, 'continue-button');
    await form.updateComplete;
    const summary = form.shadowRoot!.querySelector('hw-error-summary')!;
    await (summary as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await expect(summary.shadowRoot!.querySelectorAll('a').length).toBe(2);
  },
};

/** Check your answers, for the example of the 18-year-old from Sumatra held in Bavet. */
export const CheckAnswers: Story = {
  async play({ canvasElement }) {
    const form = await formIn(canvasElement, 'hw-intake-form');
    form.edit(intakeExamples[0]!);
    await form.updateComplete;
    await expect(title(canvasElement)).toBe('Check your answers');
    await expect(form.shadowRoot!.textContent).toContain('Svay Rieng');
  },
};

/** Sent to a server that accepted it: the confirmation. */
export const Submitted: Story = {
  args: { endpoint: '/api/story-intake' },
  beforeEach: () => fakeEndpoint('/api/story-intake', 'up'),
  async play({ canvasElement }) {
    const form = await formIn(canvasElement, 'hw-intake-form');
    form.edit(intakeExamples[0]!);
    await form.updateComplete;
    press(form, 'continue-button');
    await until(() => submissionState(form) === 'sent');
    await expect(form.shadowRoot!.textContent).toContain('Your answers have been sent');
  },
};

/** The server cannot be reached: the record waits on this device, encrypted, and is retried. */
export const Offline: Story = {
  args: { endpoint: '/api/story-intake-offline' },
  beforeEach: () => fakeEndpoint('/api/story-intake-offline', 'down'),
  async play({ canvasElement }) {
    const form = await formIn(canvasElement, 'hw-intake-form');
    form.edit(intakeExamples[0]!);
    await form.updateComplete;
    press(form, 'continue-button');
    await until(() => submissionState(form) === 'waiting');
    await expect(form.shadowRoot!.textContent).toContain('Waiting to send');
  },
};

/** The server refused the record, with its reasons. */
export const Refused: Story = {
  args: { endpoint: '/api/story-intake-refused' },
  beforeEach: () => fakeEndpoint('/api/story-intake-refused', 'refuse'),
  async play({ canvasElement }) {
    const form = await formIn(canvasElement, 'hw-intake-form');
    form.edit(intakeExamples[0]!);
    await form.updateComplete;
    press(form, 'continue-button');
    await until(() => submissionState(form) === 'rejected');
    await expect(form.shadowRoot!.textContent).toContain('This name is longer than our system accepts.');
  },
};

/** Without an endpoint, the page takes the record from `hw-submit`. */
export const HandedToThePage: Story = {
  async play({ canvasElement }) {
    const form = await formIn(canvasElement, 'hw-intake-form');
    form.edit(intakeExamples[0]!);
    await form.updateComplete;
    press(form, 'continue-button');
    await until(() => submissionState(form) === 'handed-over');
  },
};

/** A deployment that skips the indicators, asks languages and requires a phone number. */
export const Configured: Story = {
  args: { skip: 'indicators recruitment', ask: 'person.languages', require: 'person.phones' },
  async play({ canvasElement }) {
    const form = await formIn(canvasElement, 'hw-intake-form');
    await expect(form.steps).not.toContain('indicators');
    form.goTo('about-you');
    await form.updateComplete;
    await expect(form.shadowRoot!.querySelector('[name="person.languages"]')).not.toBeNull();
  },
};

function locale(lang: string, name: string): Story {
  return {
    name: `Language: ${name}`,
    args: { lang },
    async play({ canvasElement }) {
      const form = await formIn(canvasElement, 'hw-intake-form');
      await (form as unknown as { localize: { ready: Promise<void> } }).localize.ready;
      form.goTo('about-you');
      await form.updateComplete;
      await expect(form.lang).toBe(lang);
    },
  };
}

export const French = locale('fr', 'Français');
export const Indonesian = locale('id', 'Bahasa Indonesia');
export const Chinese = locale('zh-Hans', '简体中文');
export const Khmer = locale('km', 'ខ្មែរ');
