import { LOCALES, loadLabels, messagesFor } from '@homeward/core';
import { afterEach, describe, expect, it } from 'vitest';
import '../../define/intake-form.js';
import type { Form } from '../../form-flow/test/flow-helpers.js';
import {
  answer,
  answerAll,
  clickContinue,
  control,
  errorOf,
  mount,
  settle,
  shownText,
  summaryItems,
  switchTo,
  title,
  unmountAll,
} from '../../form-flow/test/flow-helpers.js';

afterEach(unmountAll);

function value(form: Form, name: string): unknown {
  return (control(form, name) as unknown as { value: unknown }).value;
}

describe('<hw-intake-form> languages', () => {
  it('takes its language from the lang attribute, labels and options included', async () => {
    const labels = await loadLabels('fr');
    const form = await mount('hw-intake-form', { lang: 'fr' });
    await (form as unknown as { localize: { ready: Promise<void> } }).localize.ready;
    await settle(form);
    expect(title(form)).toBe(labels['step.intake.consent.title']);
    form.goTo('about-you');
    await settle(form);
    const sex = control(form, 'person.sex') as unknown as { label: string; options: { label: string }[] };
    expect(sex.label).toBe(labels['intake.person.sex.label']);
    expect(sex.options.map((o) => o.label)).toContain(labels['option.SEXES.female']);
    // Countries are named by the browser's CLDR data, through core's countryName.
    const countries = control(form, 'person.citizenship') as unknown as {
      options: { value: string; label: string }[];
    };
    expect(countries.options.find((o) => o.value === 'KH')?.label).toBe('Cambodge');
  });

  it('switches language mid-form without losing a single answer, and translates the messages shown', async () => {
    const form = await mount('hw-intake-form');
    await answer(form, 'consent.store.given', 'yes');
    await clickContinue(form);
    await answerAll(form, {
      'person.fullName': '<b>Siti</b> Aminah',
      'person.age': 'twenty',
      'person.sex': 'female',
    });
    await clickContinue(form);
    expect(errorOf(form, 'person.age')).toBe(messagesFor('en').not_integer);
    expect(summaryItems(form).length).toBe(2);

    for (const locale of ['km', 'zh-Hans', 'id', 'fr', 'en'] as const) {
      await switchTo(form, locale);
      const labels = await loadLabels(locale);
      expect(form.lang).toBe(locale);
      expect(title(form)).toBe(labels['step.intake.about-you.title']);
      expect(value(form, 'person.fullName')).toBe('<b>Siti</b> Aminah');
      expect(value(form, 'person.age')).toBe('twenty');
      expect(value(form, 'person.sex')).toBe('female');
      expect(errorOf(form, 'person.age')).toBe(messagesFor(locale).not_integer);
      expect(errorOf(form, 'person.citizenship')).toBe(messagesFor(locale).required);
      expect(summaryItems(form).map((i) => i.text)).toEqual([
        `${labels['intake.person.age.label']} — ${messagesFor(locale).not_integer}`,
        `${labels['intake.person.citizenship.label']} — ${messagesFor(locale).required}`,
      ]);
    }
    // The answers of the earlier step are kept too.
    form.goTo('consent');
    await settle(form);
    expect(value(form, 'consent.store.given')).toBe('yes');
  });

  it('shows Cambodian provinces in the locale’s script', async () => {
    const form = await mount('hw-intake-form', { lang: 'km' });
    form.goTo('exploitation');
    await settle(form);
    await answer(form, 'exploitation.country', 'KH');
    const provinces = control(form, 'exploitation.province') as unknown as {
      options: { value: string; label: string }[];
    };
    expect(provinces.options.find((o) => o.value === 'KH-20')?.label).toBe('ស្វាយរៀង');
    expect(provinces.options).toHaveLength(25);
  });

  it('has every label, help text, option and step text in every locale (no key shown raw)', async () => {
    // Every field a deployment may ask, the province list (asked once the country is Cambodia) and an answer to read
    // back on check answers: all of it from the part of core's catalogue the form loads, none of it a raw key.
    const form = await mount('hw-intake-form', { ask: 'person.languages person.ageBand person.messaging' });
    form.goTo('exploitation');
    await settle(form);
    await answerAll(form, { 'exploitation.country': 'KH', 'exploitation.province': 'KH-20' });
    for (const locale of LOCALES) {
      await switchTo(form, locale);
      for (const step of form.steps) {
        form.goTo(step);
        await settle(form);
        const shown = shownText(form);
        expect(shown, `${locale} ${step}`).not.toMatch(
          /\b(intake|option|step|ilo|consent|flow|province)\.[\w.[\]-]+/,
        );
      }
    }
  });

  it('remembers the language chosen in the form with the draft', async () => {
    const key = `lang-${Date.now()}`;
    const first = await mount('hw-intake-form', {}, key);
    await switchTo(first, 'id');
    await answer(first, 'consent.store.given', 'yes');
    await first.saved();
    first.remove();
    const second = await mount('hw-intake-form', {}, key);
    expect(second.lang).toBe('id');
  });
});
