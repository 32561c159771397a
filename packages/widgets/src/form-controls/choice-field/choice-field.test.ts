import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define/choice-field.js';
import { runFormControlTests } from '../testing/control-suite.js';
import type { ChoiceOption, HwChoiceField } from './choice-field.js';

const options: ChoiceOption[] = [
  { value: 'deceived', label: 'I was deceived', hint: 'Promised a different job' },
  { value: 'forced', label: 'I was forced' },
  { value: 'voluntary', label: 'I went voluntarily' },
];

function configure(type: 'radio' | 'checkbox' | 'select') {
  return (el: HTMLElement) => {
    const field = el as HwChoiceField;
    field.type = type;
    field.options = options;
    if (type === 'checkbox') field.value = [];
  };
}

runFormControlTests('hw-choice-field', {
  variant: 'radio',
  configure: configure('radio'),
  role: 'group',
  typeValue: () => userEvent.keyboard('{ArrowDown}'),
  expected: 'forced',
});
runFormControlTests('hw-choice-field', {
  variant: 'checkbox',
  configure: configure('checkbox'),
  role: 'group',
  typeValue: async () => {
    await userEvent.keyboard(' ');
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard(' ');
  },
  expected: ['deceived', 'voluntary'],
});
runFormControlTests('hw-choice-field', {
  variant: 'select',
  configure: configure('select'),
  role: 'combobox',
  typeValue: () => userEvent.keyboard('{ArrowDown}{ArrowDown}'),
  expected: 'forced',
});

async function mount(type: 'radio' | 'checkbox' | 'select', value: string | string[] = '') {
  const form = document.createElement('form');
  form.innerHTML = `<hw-choice-field name="how" label="How were you recruited?"></hw-choice-field>`;
  const el = form.querySelector('hw-choice-field')!;
  el.type = type;
  el.options = options;
  el.value = value;
  document.body.append(form);
  await el.updateComplete;
  return { el, form };
}

describe('hw-choice-field', () => {
  it('shows a value set from outside', async () => {
    const { el } = await mount('radio', 'voluntary');
    const checked = el.shadowRoot!.querySelector('input:checked') as HTMLInputElement;
    expect(checked.value).toBe('voluntary');
    el.value = 'forced';
    await el.updateComplete;
    expect((el.shadowRoot!.querySelector('input:checked') as HTMLInputElement).value).toBe('forced');
  });

  it('focus() goes to the checked radio, as Tab would', async () => {
    const { el } = await mount('radio', 'voluntary');
    el.focus();
    expect((el.shadowRoot!.activeElement as HTMLInputElement).value).toBe('voluntary');
  });

  it('links an option hint to its option', async () => {
    const { el } = await mount('radio');
    const first = el.shadowRoot!.querySelector('#option-0') as HTMLInputElement;
    const hintId = first.getAttribute('aria-describedby')!;
    expect(el.shadowRoot!.getElementById(hintId)!.textContent).toBe('Promised a different job');
  });

  it('submits each ticked checkbox under its name, and unticks', async () => {
    const { el, form } = await mount('checkbox', ['forced', 'voluntary']);
    expect(new FormData(form).getAll('how')).toEqual(['forced', 'voluntary']);
    (el.shadowRoot!.querySelector('#option-1') as HTMLInputElement).click();
    await el.updateComplete;
    expect(el.value).toEqual(['voluntary']);
    expect(new FormData(form).getAll('how')).toEqual(['voluntary']);
  });

  it('reads options from a JSON attribute (plain HTML pages)', async () => {
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<hw-choice-field label="Yes or no" inline options='[{"value":"yes","label":"Yes"},{"value":"no","label":"No"}]'></hw-choice-field>`;
    document.body.append(wrapper);
    const el = wrapper.querySelector('hw-choice-field')!;
    await el.updateComplete;
    const labels = [...el.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent);
    expect(labels).toEqual(['Yes', 'No']);
  });

  it('gives a select a localized empty first option', async () => {
    const { el } = await mount('select');
    el.setAttribute('lang', 'km');
    const first = () => el.shadowRoot!.querySelector('option') as HTMLOptionElement;
    await vi.waitFor(() => expect(first().textContent!.trim()).toBe('ជ្រើសរើសជម្រើសមួយ'));
    expect(first().value).toBe('');
  });

  it('does not fire hw-blur when moving between its own radios', async () => {
    const { el } = await mount('radio');
    let blurs = 0;
    el.addEventListener('hw-blur', () => blurs++);
    el.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(blurs).toBe(0);
    expect(el.value).toBe('voluntary');
  });
});
