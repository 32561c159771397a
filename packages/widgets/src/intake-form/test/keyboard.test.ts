import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define/intake-form.js';
import type { IntakeRecord } from '@homeward/core';
import {
  deepActive,
  focusPath,
  inField,
  mount,
  settle,
  tabUntil,
  text,
  title,
  unmountAll,
  waitFor,
} from '../../form-flow/test/flow-helpers.js';

afterEach(unmountAll);

const isButton = (part: string) => (el: Element) =>
  el.getAttribute('part')?.split(' ').includes(part) ?? false;

describe('<hw-intake-form> by keyboard only', () => {
  it('is completed and submitted with Tab, Space, arrows, typing and Enter', async () => {
    const form = await mount('hw-intake-form');
    const submitted: IntakeRecord[] = [];
    form.addEventListener('hw-submit', (e) => submitted.push((e as CustomEvent).detail.record));

    // Consent: Tab into the first question, Space chooses "Yes", Enter continues.
    await tabUntil(inField('consent.store.given'));
    await userEvent.keyboard(' ');
    await tabUntil(inField('consent.research.given'));
    // Arrow keys move within a radio group; here to "No".
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{Enter}');
    await settle(form);
    expect(title(form)).toBe('About you');
    // Focus moved to the new step's heading, so the next Tab starts at its first question.
    expect(deepActive()?.classList.contains('title')).toBe(true);

    await tabUntil(inField('person.fullName'));
    await userEvent.keyboard('Rizky');
    await tabUntil(inField('person.age'));
    await userEvent.keyboard('18');
    await tabUntil(inField('person.citizenship'));
    // Type-ahead in a closed select picks the country.
    await userEvent.keyboard('Indonesia');
    await tabUntil(inField('person.phones'));
    await userEvent.keyboard('+62 812 3456 7890{Enter}');
    await settle(form);
    expect(title(form)).toBe('Your identity documents');

    // Optional steps: Tab to "Continue" and press Enter on it.
    for (const next of [
      'How you were recruited',
      'Where you were held',
      'How you left',
      'How you were treated',
    ]) {
      await tabUntil(isButton('continue-button'));
      await userEvent.keyboard('{Enter}');
      await settle(form);
      expect(title(form)).toBe(next);
    }
    // One ILO indicator, answered with the keyboard.
    await tabUntil(inField('indicators.deception'));
    await userEvent.keyboard(' ');
    await tabUntil(isButton('continue-button'));
    await userEvent.keyboard('{Enter}');
    await settle(form);
    expect(title(form)).toBe('What help you need');
    await tabUntil(inField('needs.returnHome'));
    await userEvent.keyboard(' ');
    await tabUntil(isButton('continue-button'));
    await userEvent.keyboard('{Enter}');
    await settle(form);
    expect(title(form)).toBe('Check your answers');
    expect(text(form)).toContain('Rizky');
    expect(text(form)).toContain('Indonesia');

    await tabUntil(isButton('continue-button'));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => submitted.length === 1);
    const record = submitted[0]!;
    expect(record.person).toMatchObject({
      fullName: 'Rizky',
      age: 18,
      citizenship: ['ID'],
      phones: ['+6281234567890'],
    });
    expect(record.consent.store.given).toBe(true);
    expect(record.consent.research?.given).toBe(false);
    expect(record.indicators?.deception).toBe('yes');
    expect(record.needs?.returnHome).toBe(true);
    expect(record.office).toBe('test-office');
    await settle(form);
    // The confirmation takes focus, so a screen reader reads it (once its module, asked for on send, has come).
    await waitFor(() => focusPath().some((el) => el.classList.contains('panel-title')));
  });

  it('reaches every control of a step by Tab, in reading order, with a visible focus ring', async () => {
    const form = await mount('hw-intake-form');
    form.goTo('about-you');
    await settle(form);
    const reached: string[] = [];
    for (let i = 0; i < 40; i++) {
      await userEvent.tab();
      const path = focusPath();
      const name = path.find((el) => el.hasAttribute('name'))?.getAttribute('name');
      if (name && !reached.includes(name)) reached.push(name);
      const focused = deepActive() as HTMLElement;
      if (focused.matches(':focus-visible')) {
        const style = getComputedStyle(focused);
        expect(style.outlineStyle, `${name} has a focus ring`).not.toBe('none');
      }
      if (focused.getAttribute('part')?.includes('continue-button')) break;
    }
    expect(reached).toEqual([
      'person.fullName',
      'person.latinName',
      'person.sex',
      'person.birthDate',
      'person.age',
      'person.citizenship',
      'person.homeRegion',
      'person.phones',
    ]);
  });
});
