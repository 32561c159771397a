import { html, LitElement } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../define/error-summary.js';
import '../../define/text-field.js';
import '../../define/choice-field.js';
import { axeViolations } from '../../shared/testing/axe.js';
import type { HwErrorSummary } from './error-summary.js';

/** A stand-in for a form step: summary and fields inside one shadow root, as the intake form renders them. */
class TestStep extends LitElement {
  override render() {
    return html`<hw-error-summary></hw-error-summary>
      <hw-text-field id="full-name" name="person.fullName" label="Full name"></hw-text-field>
      <hw-choice-field
        name="person.sex"
        label="Sex"
        .options=${[{ value: 'female', label: 'Female' }, { value: 'male', label: 'Male' }]}
      ></hw-choice-field>`;
  }
}
customElements.define('test-step', TestStep);

const cleanup: Element[] = [];
afterEach(() => {
  for (const el of cleanup.splice(0)) el.remove();
});

async function mountStep() {
  const step = document.createElement('test-step') as TestStep;
  document.body.append(step);
  cleanup.push(step);
  await step.updateComplete;
  const root = step.shadowRoot!;
  const summary = root.querySelector('hw-error-summary') as HwErrorSummary;
  const name = root.querySelector('hw-text-field')!;
  const sex = root.querySelector('hw-choice-field')!;
  await Promise.all([summary.updateComplete, name.updateComplete, sex.updateComplete]);
  return { step, summary, name, sex };
}

const links = (s: HwErrorSummary) => [...s.shadowRoot!.querySelectorAll('a')];

describe('hw-error-summary', () => {
  it('is hidden and empty while there are no errors', async () => {
    const { summary } = await mountStep();
    expect(summary.hidden).toBe(true);
    expect(summary.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
  });

  it('shows "There is a problem", one link per error, in an alert, and takes focus', async () => {
    const { summary } = await mountStep();
    summary.errors = [
      { message: 'Enter your full name', target: 'full-name' },
      { message: 'Choose your sex', target: 'person.sex' },
    ];
    await summary.updateComplete;
    expect(summary.hidden).toBe(false);
    const alert = summary.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.querySelector('h2')!.textContent!.trim()).toBe('There is a problem');
    expect(links(summary).map((a) => a.textContent)).toEqual(['Enter your full name', 'Choose your sex']);
    expect(links(summary)[0]!.getAttribute('href')).toBe('#full-name');
    // Focus is on the summary box: the step's shadow root says its active element is the summary.
    expect(summary.shadowRoot!.activeElement?.classList.contains('summary')).toBe(true);
    expect(page.getByRole('heading', { name: 'There is a problem' }).query()).not.toBeNull();
  });

  it('a link focuses its field across shadow roots, by id or by name', async () => {
    const { summary, name, sex } = await mountStep();
    summary.errors = [
      { message: 'Enter your full name', target: 'full-name' },
      { message: 'Choose your sex', target: 'person.sex' },
    ];
    await summary.updateComplete;
    links(summary)[0]!.click();
    expect(name.shadowRoot!.activeElement?.id).toBe('input');
    links(summary)[1]!.click();
    expect((sex.shadowRoot!.activeElement as HTMLInputElement).type).toBe('radio');
    expect(location.hash).toBe('');
  });

  it('works by keyboard: Tab to a link, Enter moves focus into the field', async () => {
    const { summary, name } = await mountStep();
    summary.errors = [{ message: 'Enter your full name', target: 'full-name' }];
    await summary.updateComplete;
    await userEvent.tab();
    expect(summary.shadowRoot!.activeElement?.tagName).toBe('A');
    await userEvent.keyboard('{Enter}');
    expect(name.shadowRoot!.activeElement?.id).toBe('input');
    await userEvent.keyboard('Dewi');
    expect(name.value).toBe('Dewi');
  });

  it('accepts an element as target, and shows an error without target as text', async () => {
    const { summary, sex } = await mountStep();
    summary.errors = [
      { message: 'Choose your sex', target: sex },
      { message: 'The record could not be read' },
    ];
    await summary.updateComplete;
    expect(links(summary)).toHaveLength(1);
    expect(summary.shadowRoot!.querySelectorAll('li')[1]!.textContent).toBe('The record could not be read');
    links(summary)[0]!.click();
    expect(sex.shadowRoot!.activeElement).not.toBeNull();
  });

  it('lets the form handle the link itself by cancelling hw-error-link', async () => {
    const { summary, name } = await mountStep();
    const handler = vi.fn((e: Event) => e.preventDefault());
    summary.addEventListener('hw-error-link', handler);
    summary.errors = [{ message: 'Enter your full name', target: 'full-name' }];
    await summary.updateComplete;
    links(summary)[0]!.click();
    expect(handler).toHaveBeenCalledOnce();
    expect((handler.mock.calls[0]![0] as CustomEvent).detail.target).toBe(name);
    expect(name.shadowRoot!.activeElement).toBeNull();
  });

  it('takes focus again when a new set of errors is shown, but not when told not to', async () => {
    const { summary, name } = await mountStep();
    summary.errors = [{ message: 'A', target: 'full-name' }];
    await summary.updateComplete;
    name.focus();
    summary.errors = [{ message: 'B', target: 'full-name' }];
    await summary.updateComplete;
    expect(summary.shadowRoot!.activeElement?.classList.contains('summary')).toBe(true);

    name.focus();
    summary.noAutofocus = true;
    summary.errors = [{ message: 'C', target: 'full-name' }];
    await summary.updateComplete;
    expect(name.shadowRoot!.activeElement).not.toBeNull();
  });

  it('speaks the page language and honours a custom heading and level', async () => {
    const { step, summary } = await mountStep();
    step.setAttribute('lang', 'zh-Hans');
    summary.errors = [{ message: '请输入姓名', target: 'full-name' }];
    await vi.waitFor(() =>
      expect(summary.shadowRoot!.querySelector('h2')!.textContent!.trim()).toBe('出现问题'),
    );
    summary.heading = 'Check these answers';
    summary.headingLevel = 3;
    await summary.updateComplete;
    const h = summary.shadowRoot!.querySelector('h2')!;
    expect(h.textContent!.trim()).toBe('Check these answers');
    expect(h.getAttribute('aria-level')).toBe('3');
  });

  it('renders markup in messages as text', async () => {
    const { summary } = await mountStep();
    summary.errors = [{ message: '<img src=x onerror="window.__hwXss=1">', target: 'full-name' }];
    await summary.updateComplete;
    expect(summary.shadowRoot!.querySelector('img')).toBeNull();
    expect(links(summary)[0]!.textContent).toContain('<img');
  });

  it('has no axe-core violations', async () => {
    const { step, summary } = await mountStep();
    summary.errors = [
      { message: 'Enter your full name', target: 'full-name' },
      { message: 'Choose your sex', target: 'person.sex' },
    ];
    await summary.updateComplete;
    expect(await axeViolations(step)).toEqual([]);
  });
});
