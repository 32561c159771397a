import { LOCALES } from '@homeward/core';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../define/incident-form.js';
import '../../define/intake-form.js';
import { axeViolations } from '../../shared/testing/axe.js';
import { withEmulatedMedia } from '../../shared/testing/emulate.js';
import { clickContinue, type Form, mount, settle, unmountAll } from './flow-helpers.js';

afterEach(unmountAll);

async function inLocale(form: Form, locale: string): Promise<void> {
  form.lang = locale;
  await new Promise((r) => setTimeout(r, 0));
  await (form as unknown as { localize: { ready: Promise<void> } }).localize.ready;
  await settle(form);
}

describe.each(['hw-intake-form', 'hw-incident-form'] as const)('%s accessibility', (tag) => {
  it.each(LOCALES)('axe finds no violation on any step, with or without errors, in %s', async (locale) => {
    const form = await mount(tag);
    await inLocale(form, locale);
    const found: string[] = [];
    for (const step of form.steps) {
      form.goTo(step);
      await settle(form);
      found.push(...(await axeViolations(form)).map((v) => `${step}: ${v}`));
      // The same step with its error summary and inline messages.
      if (step !== 'check-answers') {
        await clickContinue(form);
        if (form.step === step)
          found.push(...(await axeViolations(form)).map((v) => `${step} (errors): ${v}`));
      }
    }
    expect(found).toEqual([]);
  });

  it('fits 320px wide (and so 200% zoom of 640px) without sideways scrolling', async () => {
    await page.viewport(320, 640);
    try {
      const form = await mount(tag);
      for (const step of form.steps) {
        form.goTo(step);
        await settle(form);
        await clickContinue(form);
        expect(document.documentElement.scrollWidth, step).toBeLessThanOrEqual(320);
        for (const el of form.shadowRoot!.querySelectorAll<HTMLElement>('.flow *')) {
          expect(
            el.getBoundingClientRect().right,
            `${step}: ${el.className || el.tagName}`,
          ).toBeLessThanOrEqual(321);
        }
      }
    } finally {
      await page.viewport(1024, 768);
    }
  });

  it('keeps buttons and the focus ring visible in forced colours, and has no motion when reduced', async () => {
    const form = await mount(tag);
    await withEmulatedMedia([{ name: 'forced-colors', value: 'active' }], async () => {
      await settle(form);
      const cont = form.shadowRoot!.querySelector<HTMLElement>('[part~="continue-button"]')!;
      const style = getComputedStyle(cont);
      expect(style.borderStyle).toBe('solid');
      expect(Number.parseFloat(style.borderTopWidth)).toBeGreaterThan(0);
    });
    await withEmulatedMedia([{ name: 'prefers-reduced-motion', value: 'reduce' }], async () => {
      const cont = form.shadowRoot!.querySelector<HTMLElement>('[part~="continue-button"]')!;
      expect(getComputedStyle(cont).transitionDuration).toBe('0s');
    });
  });
});
