import { afterEach, describe, expect, it } from 'vitest';
import '../../define/intake-form.js';
import {
  answer,
  answerAll,
  clickContinue,
  control,
  type Form,
  mount,
  settle,
  text,
  title,
  unmountAll,
  waitFor,
} from '../../form-flow/test/flow-helpers.js';
import { findPlaintext } from '../../shared/testing/storage-scan.js';

afterEach(unmountAll);

function value(form: Form, name: string): unknown {
  return (control(form, name) as unknown as { value: unknown }).value;
}

const secrets = {
  'person.fullName': 'Nur Hidayah Secretname',
  'person.latinName': 'Zqxlatin Onlyhere',
  'person.homeRegion': 'Kabupaten Uniqueplace',
  'person.phones': '+6281299887766',
};

describe('<hw-intake-form> drafts', () => {
  it('restores every answer, the step and repeated items after a reload (a new element)', async () => {
    const key = `reload-${Date.now()}`;
    const first = await mount('hw-intake-form', {}, key);
    await answer(first, 'consent.store.given', 'yes');
    await clickContinue(first);
    await answerAll(first, { ...secrets, 'person.citizenship': 'ID' });
    await clickContinue(first);
    button(first, 'add-button').click();
    await settle(first);
    const [doc1, doc2] = first.shadowRoot!.querySelectorAll('[part~="group-item"]');
    const docName = (item: Element | undefined, field: string) =>
      item!.querySelector(`[name$=".${field}"]`)!.getAttribute('name')!;
    await answer(first, docName(doc2, 'type'), 'passport');
    await answer(first, docName(doc2, 'status'), 'confiscated');
    expect(doc1).toBeTruthy();
    await first.saved();
    first.remove();

    const second = await mount('hw-intake-form', {}, key);
    expect(title(second)).toBe('Your identity documents');
    expect(text(second)).toContain('We restored the answers you saved on this device.');
    const items = second.shadowRoot!.querySelectorAll('[part~="group-item"]');
    expect(items).toHaveLength(2);
    expect(value(second, docName(items[1], 'type'))).toBe('passport');
    second.goTo('about-you');
    await settle(second);
    for (const [name, typed] of Object.entries(secrets)) expect(value(second, name)).toBe(typed);
  });

  it('stores nothing a person typed in the clear: not in IndexedDB, storage, cookies or the URL', async () => {
    const form = await mount('hw-intake-form');
    await answer(form, 'consent.store.given', 'yes');
    form.goTo('about-you');
    await settle(form);
    await answerAll(form, secrets);
    await form.saved();
    expect(await findPlaintext(Object.values(secrets))).toEqual([]);
    // The scan does find what it looks for: the draft exists, under its namespace.
    expect((await findPlaintext([`intake:${form.getAttribute('draft-key')}`])).length).toBeGreaterThan(0);
  });

  it('"Discard draft" asks first, and deletes the draft only once confirmed', async () => {
    const key = `discard-${Date.now()}`;
    const form = await mount('hw-intake-form', {}, key);
    await answer(form, 'consent.store.given', 'yes');
    form.goTo('about-you');
    await settle(form);
    await answer(form, 'person.fullName', 'Discard Me Please');
    await form.saved();

    button(form, 'discard-button').click();
    const dialog = form.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    button(form, 'cancel-discard').click();
    expect(dialog.open).toBe(false);
    expect(value(form, 'person.fullName')).toBe('Discard Me Please');

    button(form, 'discard-button').click();
    button(form, 'confirm-discard').click();
    await waitFor(() => text(form).includes('The answers saved on this device were deleted.'));
    await settle(form);
    expect(title(form)).toBe('Your information and your choices');
    expect(value(form, 'consent.store.given')).toBe('');
    expect(await findPlaintext(['Discard Me Please'])).toEqual([]);
    form.remove();
    const reloaded = await mount('hw-intake-form', {}, key);
    expect(value(reloaded, 'consent.store.given')).toBe('');
    expect(text(reloaded)).not.toContain('We restored');
  });

  it('lets a draft expire after draft-ttl hours', async () => {
    const key = `ttl-${Date.now()}`;
    // 0.0002 hours: 720 ms.
    const form = await mount('hw-intake-form', { 'draft-ttl': '0.0002' }, key);
    await answer(form, 'consent.store.given', 'yes');
    await form.saved();
    form.remove();
    const soon = await mount('hw-intake-form', { 'draft-ttl': '0.0002' }, key);
    expect(value(soon, 'consent.store.given')).toBe('yes');
    soon.remove();
    await new Promise((r) => setTimeout(r, 800));
    const late = await mount('hw-intake-form', { 'draft-ttl': '0.0002' }, key);
    expect(value(late, 'consent.store.given')).toBe('');
  });

  it('clears the draft once the record is submitted', async () => {
    const key = `submit-${Date.now()}`;
    const form = await mount('hw-intake-form', {}, key);
    await answer(form, 'consent.store.given', 'yes');
    form.goTo('about-you');
    await settle(form);
    await answerAll(form, { 'person.fullName': 'Submitted Person', 'person.citizenship': 'ID' });
    form.goTo('check-answers');
    await settle(form);
    await clickContinue(form);
    await waitFor(() => form.shadowRoot!.querySelector('[data-state="handed-over"]'));
    await form.saved();
    await new Promise((r) => setTimeout(r, 50));
    form.remove();
    const reloaded = await mount('hw-intake-form', {}, key);
    expect(title(reloaded)).toBe('Your information and your choices');
    expect(value(reloaded, 'consent.store.given')).toBe('');
  });
});

function button(form: Form, part: string): HTMLButtonElement {
  return form.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${part}"]`)!;
}
