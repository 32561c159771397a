import { describe, expect, it } from 'vitest';
import '../../define/text-field.js';

describe('hw-text-field', () => {
  it('renders a labelled input that joins a form', async () => {
    const form = document.createElement('form');
    form.innerHTML = '<hw-text-field name="person.fullName" label="Full name" value="Sokha"></hw-text-field>';
    document.body.append(form);
    const el = form.querySelector('hw-text-field')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('label')!.textContent).toContain('Full name');
    expect(new FormData(form).get('person.fullName')).toBe('Sokha');
    form.remove();
  });
});
