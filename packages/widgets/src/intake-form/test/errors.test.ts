import { messagesFor } from '@homeward/core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define/intake-form.js';
import {
  answer,
  answerAll,
  clickContinue,
  control,
  deepActive,
  errorOf,
  focusPath,
  mount,
  settle,
  summaryItems,
  text,
  title,
  unmountAll,
} from '../../form-flow/test/flow-helpers.js';

afterEach(unmountAll);

const en = messagesFor('en');

function summaryFocused(): boolean {
  return focusPath().some((el) => el.tagName === 'HW-ERROR-SUMMARY');
}

describe('<hw-intake-form> errors', () => {
  it('shows an error summary that takes focus and links to each field, with the inline messages’ wording', async () => {
    const form = await mount('hw-intake-form');
    form.goTo('about-you');
    await settle(form);
    await clickContinue(form);
    expect(title(form)).toBe('About you');
    const items = summaryItems(form);
    // Each entry names its question, then gives the inline message's words.
    expect(items.map((i) => i.text)).toEqual([
      `What is your full name? — ${en.required}`,
      `Which country are you a citizen of? — ${en.required}`,
    ]);
    expect(items.map((i) => i.href)).toEqual(['#person.fullName', '#person.citizenship']);
    expect(errorOf(form, 'person.fullName')).toBe(en.required);
    expect(errorOf(form, 'person.citizenship')).toBe(en.required);
    expect(errorOf(form, 'person.age')).toBe('');
    expect(summaryFocused()).toBe(true);

    // Each link moves focus into its field.
    const links = form.shadowRoot!.querySelector('hw-error-summary')!.shadowRoot!.querySelectorAll('a');
    links[1]!.click();
    await settle(form);
    expect(focusPath().some((el) => el.getAttribute('name') === 'person.citizenship')).toBe(true);
    expect(deepActive()?.tagName).toBe('SELECT');
    links[0]!.click();
    expect(deepActive()?.tagName).toBe('INPUT');
    expect(focusPath().some((el) => el.getAttribute('name') === 'person.fullName')).toBe(true);

    // Fixing the answers clears the inline messages, and the step continues.
    await answerAll(form, { 'person.fullName': 'Rizky', 'person.citizenship': 'ID' });
    expect(errorOf(form, 'person.fullName')).toBe('');
    await clickContinue(form);
    expect(title(form)).toBe('Your identity documents');
  });

  it('checks a field when it is left, and clears the message once the answer is right', async () => {
    const form = await mount('hw-intake-form');
    form.goTo('about-you');
    await settle(form);
    await answer(form, 'person.age', 'eighteen');
    expect(errorOf(form, 'person.age')).toBe(en.not_integer);
    // Read out by a polite live region, naming the question.
    const live = form.shadowRoot!.querySelector('[part="announcement"]')!;
    expect(live.getAttribute('role')).toBe('status');
    expect(live.textContent?.trim()).toBe(`How old are you? — ${en.not_integer}`);
    await answer(form, 'person.phones', '0812');
    expect(errorOf(form, 'person.phones')).toBe(en.invalid_phone);
    // Passing by an empty required field says nothing until "Continue".
    control(form, 'person.fullName').focus();
    (deepActive() as HTMLElement).blur();
    await settle(form);
    expect(errorOf(form, 'person.fullName')).toBe('');
    await answer(form, 'person.age', '18');
    expect(errorOf(form, 'person.age')).toBe('');
    // Core's cross-field rule, at once: the age does not match the date of birth.
    await answer(form, 'person.birthDate', '2000-01-01');
    expect(errorOf(form, 'person.age')).toBe(en.age_mismatch);
    await answer(form, 'person.birthDate', '');
    expect(errorOf(form, 'person.age')).toBe('');
  });

  it('reports a date out of order on the step that holds it, naming the earlier question by its label', async () => {
    const form = await mount('hw-intake-form');
    form.goTo('recruitment');
    await settle(form);
    await answer(form, 'recruitment.date', '2025-06-01');
    await clickContinue(form);
    expect(title(form)).toBe('Where you were held');
    await answerAll(form, { 'exploitation.country': 'KH', 'exploitation.startDate': '2025-05-01' });
    expect(errorOf(form, 'exploitation.startDate')).toBe(
      en.date_order.replace('{after}', 'When were you recruited?'),
    );
    await clickContinue(form);
    expect(summaryItems(form).map((i) => i.href)).toEqual(['#exploitation.startDate']);
    expect(summaryFocused()).toBe(true);
  });

  it('asks the rest of an optional section once it is started', async () => {
    const form = await mount('hw-intake-form');
    form.goTo('recruitment');
    await settle(form);
    await answer(form, 'recruitment.promisedWage.amount', '600');
    await clickContinue(form);
    expect(summaryItems(form).map((i) => i.href)).toEqual([
      '#recruitment.promisedWage.currency',
      '#recruitment.promisedWage.period',
    ]);
    expect(
      (control(form, 'recruitment.promisedWage.currency') as unknown as { required: boolean }).required,
    ).toBe(true);
  });

  it('refuses to continue without consent to store, in core’s words', async () => {
    const form = await mount('hw-intake-form');
    await clickContinue(form);
    expect(summaryItems(form).map((i) => i.text)).toEqual([`Keeping your information — ${en.required}`]);
    await answer(form, 'consent.store.given', 'no');
    expect(errorOf(form, 'consent.store.given')).toBe(en.consent_required);
    await clickContinue(form);
    expect(summaryItems(form).map((i) => i.text)).toEqual([
      `Keeping your information — ${en.consent_required}`,
    ]);
    expect(title(form)).toBe('Your information and your choices');
  });

  it('asks an extra repeated group when the deployment asks it, and validates each item', async () => {
    const plain = await mount('hw-intake-form');
    plain.goTo('about-you');
    await settle(plain);
    expect(plain.shadowRoot!.querySelector('[data-group="person.messaging"]')).toBeNull();
    const form = await mount('hw-intake-form', { ask: 'person.messaging' });
    let record: { person: { messaging?: unknown } } | undefined;
    form.addEventListener('hw-submit', (e) => {
      record = (e as CustomEvent).detail.record;
    });
    await answer(form, 'consent.store.given', 'yes');
    form.goTo('about-you');
    await settle(form);
    const handle = form
      .shadowRoot!.querySelector('[name^="person.messaging."][name$=".handle"]')!
      .getAttribute('name')!;
    const platform = handle.replace(/handle$/, 'platform');
    await answerAll(form, {
      'person.fullName': 'Rizky',
      'person.citizenship': 'ID',
      [handle]: '@rizky_safe',
    });
    await clickContinue(form);
    expect(summaryItems(form).map((i) => i.href)).toEqual([`#${platform}`]);
    await answer(form, platform, 'signal');
    form.goTo('check-answers');
    await settle(form);
    await clickContinue(form);
    expect(record?.person.messaging).toEqual([{ platform: 'signal', handle: '@rizky_safe' }]);
  });

  it('requires what the deployment requires, with core’s message', async () => {
    const form = await mount('hw-intake-form', { require: 'person.phones person.sex' });
    form.goTo('about-you');
    await settle(form);
    await answerAll(form, { 'person.fullName': 'Rizky', 'person.citizenship': 'ID' });
    await clickContinue(form);
    expect(summaryItems(form).map((i) => i.href)).toEqual(['#person.sex', '#person.phones']);
    expect(errorOf(form, 'person.phones')).toBe(en.required);
  });

  it('on "Send", goes to the first step with a problem and shows it there; "Continue" then returns to check answers', async () => {
    const form = await mount('hw-intake-form');
    await answer(form, 'consent.store.given', 'yes');
    form.goTo('check-answers');
    await settle(form);
    await clickContinue(form);
    expect(title(form)).toBe('About you');
    expect(summaryItems(form).length).toBe(2);
    expect(summaryFocused()).toBe(true);
    await answerAll(form, { 'person.fullName': 'Rizky', 'person.citizenship': 'ID' });
    await clickContinue(form);
    expect(title(form)).toBe('Check your answers');
  });

  it('change links go to the question and back to check answers', async () => {
    const form = await mount('hw-intake-form');
    await answer(form, 'consent.store.given', 'yes');
    form.goTo('about-you');
    await settle(form);
    await answerAll(form, { 'person.fullName': 'Rizky', 'person.citizenship': 'ID' });
    form.goTo('check-answers');
    await settle(form);
    const change = form.shadowRoot!.querySelector<HTMLButtonElement>('[data-change="person.citizenship"]')!;
    expect(change.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Change Which country are you a citizen of?',
    );
    change.click();
    await settle(form);
    await new Promise((r) => setTimeout(r, 0));
    expect(title(form)).toBe('About you');
    expect(focusPath().some((el) => el.getAttribute('name') === 'person.citizenship')).toBe(true);
    await answer(form, 'person.citizenship', 'KH');
    await clickContinue(form);
    expect(title(form)).toBe('Check your answers');
    expect(text(form)).toContain('Cambodia');
  });

  it('names a setup problem no field can fix (no office id) instead of failing silently', async () => {
    const form = await mount('hw-intake-form', { office: '' });
    await answer(form, 'consent.store.given', 'yes');
    form.goTo('about-you');
    await settle(form);
    await answerAll(form, { 'person.fullName': 'Rizky', 'person.citizenship': 'ID' });
    form.goTo('check-answers');
    await settle(form);
    let fired = false;
    form.addEventListener('hw-submit', () => {
      fired = true;
    });
    await clickContinue(form);
    expect(fired).toBe(false);
    expect(title(form)).toBe('Check your answers');
    expect(summaryItems(form).map((i) => i.text)).toEqual([`office: ${en.required}`]);
    expect(summaryFocused()).toBe(true);
  });

  it('a cancelled hw-submit leaves the form and its draft as they are', async () => {
    const form = await mount('hw-intake-form');
    await answer(form, 'consent.store.given', 'yes');
    form.goTo('about-you');
    await settle(form);
    await answerAll(form, { 'person.fullName': 'Rizky', 'person.citizenship': 'ID' });
    form.goTo('check-answers');
    await settle(form);
    form.addEventListener('hw-submit', (e) => e.preventDefault());
    await clickContinue(form);
    expect(title(form)).toBe('Check your answers');
    await userEvent.keyboard('{Tab}');
    expect(text(form)).toContain('Rizky');
  });
});
