import { type IncidentRecord, LOCALES, messagesFor } from '@homeward/core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define/incident-form.js';
import {
  answer,
  answerAll,
  clickContinue,
  control,
  deepActive,
  errorOf,
  type Form,
  focusPath,
  inField,
  mount,
  names,
  settle,
  shownText,
  summaryItems,
  switchTo,
  tabUntil,
  text,
  title,
  unmountAll,
  waitFor,
} from '../../form-flow/test/flow-helpers.js';
import { findPlaintext } from '../../shared/testing/storage-scan.js';

afterEach(unmountAll);

const en = messagesFor('en');

function items(form: Form): string[] {
  return [...form.shadowRoot!.querySelectorAll('[part~="group-item"]')].map(
    (el) => el.querySelector('[name$=".kind"]')!.getAttribute('name')!.split('.')[1]!,
  );
}

function value(form: Form, name: string): unknown {
  return (control(form, name) as unknown as { value: unknown }).value;
}

async function toSources(form: Form): Promise<void> {
  await answerAll(form, { type: 'release', 'dates.start': '2026-01-05', 'dates.precision': 'day' });
  await clickContinue(form);
  await answer(form, 'location.country', 'KH');
  await answer(form, 'location.province', 'KH-20');
  await clickContinue(form);
  await answerAll(form, {
    'peopleAffected.min': '200',
    'peopleAffected.best': '400',
    'peopleAffected.max': '440',
  });
  await clickContinue(form);
  expect(title(form)).toBe('Sources');
}

describe('<hw-incident-form>', () => {
  it('logs an incident with several sources, each with its own verification, and submits it', async () => {
    const form = await mount('hw-incident-form');
    const submitted: IncidentRecord[] = [];
    form.addEventListener('hw-submit', (e) => submitted.push((e as CustomEvent).detail.record));
    await toSources(form);

    const [first] = items(form);
    await answerAll(form, {
      [`sources.${first}.kind`]: 'video',
      [`sources.${first}.url`]: 'https://example.org/release-video',
      [`sources.${first}.verification.status`]: 'verified',
      [`sources.${first}.verification.methods`]: ['source', 'content'],
    });
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="add-button"]')!.click();
    await settle(form);
    const second = items(form)[1]!;
    // Focus goes to the new source's first question.
    expect(focusPath().some((el) => el.getAttribute('name') === `sources.${second}.kind`)).toBe(true);
    await answerAll(form, {
      [`sources.${second}.kind`]: 'official_statement',
      [`sources.${second}.publisher`]: 'Embassy of Indonesia',
      [`sources.${second}.verification.status`]: 'unverified',
    });
    await clickContinue(form);
    expect(title(form)).toBe('Check the incident before you send it');
    expect(text(form)).toContain('Source 2');
    expect(text(form)).toContain('Embassy of Indonesia');
    await clickContinue(form);
    await waitFor(() => submitted.length === 1);
    const record = submitted[0]!;
    expect(record.sources).toEqual([
      {
        kind: 'video',
        url: 'https://example.org/release-video',
        verification: { status: 'verified', methods: ['source', 'content'] },
      },
      {
        kind: 'official_statement',
        publisher: 'Embassy of Indonesia',
        verification: { status: 'unverified' },
      },
    ]);
    expect(record.location).toEqual({ country: 'KH', province: 'KH-20' });
    expect(record.peopleAffected).toMatchObject({ min: 200, best: 400, max: 440 });
  });

  it('removes a source with its answers only, and moves focus to a neighbour', async () => {
    const form = await mount('hw-incident-form');
    form.goTo('sources');
    await settle(form);
    const add = () => form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="add-button"]')!.click();
    add();
    await settle(form);
    add();
    await settle(form);
    const [a, b, c] = items(form) as [string, string, string];
    await answer(form, `sources.${a}.publisher`, 'First');
    await answer(form, `sources.${b}.publisher`, 'Second');
    await answer(form, `sources.${c}.publisher`, 'Third');
    form.shadowRoot!.querySelector<HTMLButtonElement>(`[data-remove="${b}"]`)!.click();
    await settle(form);
    await new Promise((r) => setTimeout(r, 0));
    expect(items(form)).toEqual([a, c]);
    expect(value(form, `sources.${a}.publisher`)).toBe('First');
    expect(value(form, `sources.${c}.publisher`)).toBe('Third');
    // What the person sees in the inputs too: nothing typed moved into another source's field.
    const shown = (name: string) => control(form, name).shadowRoot!.querySelector('input')!.value;
    expect([shown(`sources.${a}.publisher`), shown(`sources.${c}.publisher`)]).toEqual(['First', 'Third']);
    expect(deepActive()?.id).toBe(`item-${a}`);
    // The headings renumber: the third source is now "Source 2".
    expect(text(form)).toContain('Source 2');
    expect(text(form)).not.toContain('Source 3');
  });

  it('requires at least one source, and the status of each source started', async () => {
    const form = await mount('hw-incident-form');
    form.goTo('sources');
    await settle(form);
    await clickContinue(form);
    expect(summaryItems(form)).toEqual([{ text: `Sources — ${en.required}`, href: '#sources' }]);
    // The link to the whole list lands on its message.
    form.shadowRoot!.querySelector('hw-error-summary')!.shadowRoot!.querySelector('a')!.click();
    expect(deepActive()?.id).toBe('sources');
    const [first] = items(form);
    await answer(form, `sources.${first}.kind`, 'news');
    await clickContinue(form);
    expect(summaryItems(form).map((i) => i.href)).toEqual([`#sources.${first}.verification.status`]);
    await answer(form, `sources.${first}.url`, 'javascript:alert(1)');
    expect(errorOf(form, `sources.${first}.url`)).toBe(en.invalid_url);
  });

  it('checks core’s estimate rules as the numbers are given', async () => {
    const form = await mount('hw-incident-form');
    form.goTo('people');
    await settle(form);
    await answerAll(form, {
      'peopleAffected.min': '500',
      'peopleAffected.best': '400',
      'peopleAffected.max': '440',
    });
    expect(errorOf(form, 'peopleAffected.best')).toBe(en.estimate_order);
    await answer(form, 'peopleAffected.min', '100');
    expect(errorOf(form, 'peopleAffected.best')).toBe('');
    await answer(form, 'peopleAffected.bySex.female', '900');
    expect(errorOf(form, 'peopleAffected.bySex.female')).toBe(
      en.breakdown_exceeds_max.replace('{max}', '440'),
    );
  });

  it('restores sources after a reload and stores none of them in the clear', async () => {
    const key = `incident-${Date.now()}`;
    const first = await mount('hw-incident-form', {}, key);
    first.goTo('sources');
    await settle(first);
    const [item] = items(first);
    await answer(first, `sources.${item}.publisher`, 'Confidential Witness Network');
    await answer(first, `sources.${item}.verification.notes`, 'Met the source in Bavet secretly');
    await first.saved();
    expect(await findPlaintext(['Confidential Witness Network', 'Met the source in Bavet'])).toEqual([]);
    first.remove();
    const second = await mount('hw-incident-form', {}, key);
    expect(title(second)).toBe('Sources');
    expect(value(second, `sources.${item}.publisher`)).toBe('Confidential Witness Network');
  });

  it('is completed by keyboard: Tab, type, Space and Enter', async () => {
    const form = await mount('hw-incident-form');
    await tabUntil(inField('type'));
    await userEvent.keyboard(' ');
    await tabUntil(inField('dates.start'));
    await userEvent.keyboard('01052026');
    await tabUntil(inField('dates.precision'));
    await userEvent.keyboard(' ');
    await tabUntil((el) => el.getAttribute('part')?.includes('continue-button') ?? false);
    await userEvent.keyboard('{Enter}');
    await settle(form);
    expect(summaryItems(form)).toEqual([]);
    expect(title(form)).toBe('Where it happened');
    expect(value(form, 'location.country')).toBe('');
    form.goTo('what-happened');
    await settle(form);
    expect(value(form, 'type')).toBe('release');
    expect(value(form, 'dates.start')).toBe('2026-01-05');
  });

  it('has every label, help text, option and step text in every locale (no key shown raw)', async () => {
    // Every field a deployment may ask, and the province list: all of it from the part of core's catalogue the
    // incident form loads, none of it a raw key.
    const form = await mount('hw-incident-form', {
      ask: 'location.coordinates peopleAffected.bySex.other sources[].archiveSha256',
    });
    form.goTo('where');
    await settle(form);
    await answerAll(form, { 'location.country': 'KH', 'location.province': 'KH-20' });
    for (const locale of LOCALES) {
      await switchTo(form, locale);
      for (const step of form.steps) {
        form.goTo(step);
        await settle(form);
        expect(shownText(form), `${locale} ${step}`).not.toMatch(
          /\b(incident|option|step|flow|province)\.[\w.[\]-]+/,
        );
      }
    }
    form.goTo('where');
    await settle(form);
    expect(names(form)).toContain('location.coordinates.precision');
  });
});
