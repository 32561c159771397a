import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define/text-field.js';
import { runFormControlTests } from '../testing/control-suite.js';
import type { HwTextField } from './text-field.js';

const typed = (text: string) => () => userEvent.keyboard(text);

runFormControlTests('hw-text-field', {
  variant: 'text',
  role: 'textbox',
  typeValue: typed('Dewi ស៊ុខា'),
  expected: 'Dewi ស៊ុខា',
});
runFormControlTests('hw-text-field', {
  variant: 'textarea',
  configure: (el) => el.setAttribute('type', 'textarea'),
  role: 'textbox',
  typeValue: typed('Held in Bavet{Enter}for eight months'),
  expected: 'Held in Bavet\nfor eight months',
});
runFormControlTests('hw-text-field', {
  variant: 'tel',
  configure: (el) => el.setAttribute('type', 'tel'),
  role: 'textbox',
  typeValue: typed('+62 812 3456 7890'),
  expected: '+62 812 3456 7890',
});
runFormControlTests('hw-text-field', {
  variant: 'email',
  configure: (el) => el.setAttribute('type', 'email'),
  role: 'textbox',
  typeValue: typed('dewi@example.org'),
  expected: 'dewi@example.org',
});
runFormControlTests('hw-text-field', {
  variant: 'number',
  configure: (el) => el.setAttribute('type', 'number'),
  role: 'spinbutton',
  typeValue: typed('18'),
  expected: '18',
});
runFormControlTests('hw-text-field', {
  variant: 'date',
  configure: (el) => el.setAttribute('type', 'date'),
  role: 'textbox',
  typeValue: typed('01182026'),
  expected: '2026-01-18',
  tabsToLeave: 2,
});

async function mount(markup: string): Promise<HwTextField> {
  const wrapper = document.createElement('div');
  wrapper.innerHTML = markup;
  document.body.append(wrapper);
  const el = wrapper.querySelector('hw-text-field')!;
  await el.updateComplete;
  return el;
}

const input = (el: HwTextField) => el.shadowRoot!.querySelector('#input') as HTMLInputElement;

describe('hw-text-field', () => {
  it('passes its attributes to the input', async () => {
    const el = await mount(
      '<hw-text-field label="Phone" type="tel" autocomplete="tel" inputmode="tel" maxlength="20"></hw-text-field>',
    );
    const i = input(el);
    expect(i.type).toBe('tel');
    expect(i.autocomplete).toBe('tel');
    expect(i.inputMode).toBe('tel');
    expect(i.maxLength).toBe(20);
    expect(i.dir).toBe('ltr');
    expect(i.spellcheck).toBe(false);
  });

  it('lets free text take the direction of its own script', async () => {
    const el = await mount('<hw-text-field label="Full name"></hw-text-field>');
    expect(input(el).dir).toBe('auto');
  });

  it('stops typing at maxlength', async () => {
    const el = await mount('<hw-text-field label="Code" maxlength="3"></hw-text-field>');
    el.focus();
    await userEvent.keyboard('ABCDE');
    expect(el.value).toBe('ABC');
  });

  it('shows a value set from outside, and keeps what is typed', async () => {
    const el = await mount('<hw-text-field label="Name"></hw-text-field>');
    el.value = 'Sokha';
    await el.updateComplete;
    expect(input(el).value).toBe('Sokha');
    el.focus();
    await userEvent.keyboard(' Chan');
    expect(el.value).toBe('Sokha Chan');
  });

  it('resets to the value it started with', async () => {
    const wrapper = document.createElement('form');
    wrapper.innerHTML = '<hw-text-field name="n" label="Name" value="Initial"></hw-text-field>';
    document.body.append(wrapper);
    const el = wrapper.querySelector('hw-text-field')!;
    await el.updateComplete;
    el.focus();
    await userEvent.keyboard('{End} changed');
    expect(new FormData(wrapper).get('n')).toBe('Initial changed');
    wrapper.reset();
    await el.updateComplete;
    expect(el.value).toBe('Initial');
    expect(input(el).value).toBe('Initial');
  });

  it('marks optional fields when asked, in the locale', async () => {
    const el = await mount('<hw-text-field lang="id" label="Nama Latin" mark-optional></hw-text-field>');
    await vi.waitFor(() =>
      expect(el.shadowRoot!.querySelector('label')!.textContent).toContain('(opsional)'),
    );
    el.required = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('label')!.textContent).not.toContain('(opsional)');
  });

  it('uses the core "required" message, in the locale, for native validation', async () => {
    const el = await mount('<hw-text-field lang="fr" label="Nom" required></hw-text-field>');
    await vi.waitFor(() => {
      expect(el.validationMessage).not.toBe('');
      expect(el.validationMessage).not.toMatch(/required/i);
    });
  });
});
