/**
 * The suite every Homeward form control runs: what a person relying on a keyboard, a screen reader, a narrow
 * phone or Windows high contrast needs from any field, and what a form needs to collect it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axeViolations } from '../../shared/testing/axe.js';
import { withEmulatedMedia } from '../../shared/testing/emulate.js';
import type { FormControlBase } from '../form-control-base.js';

type Value = string | string[];

export interface FormControlTestOptions {
  /** Names the variant in the test titles: `radio`, `email`... */
  variant: string;
  /** Sets what the control needs besides name, label and hint (type, options). */
  configure?: (el: HTMLElement) => void;
  /** ARIA role of the labelled element: `textbox`, `spinbutton`, `combobox`, `group`... */
  role: Parameters<typeof page.getByRole>[0];
  /** Enters a value with the keyboard only; focus is already in the control. */
  typeValue: () => Promise<void>;
  /** The value after `typeValue`. */
  expected: Value;
  /** Tab presses to leave the control after typing (a date input tabs through day, month and year first). */
  tabsToLeave?: number;
}

let counter = 0;
const mounted: Element[] = [];

function valuesOf(v: Value): string[] {
  return (Array.isArray(v) ? v : [v]).filter((x) => x !== '');
}

export function runFormControlTests(tag: string, options: FormControlTestOptions): void {
  describe(`${tag} (${options.variant}): shared form control suite`, () => {
    afterEach(() => {
      for (const el of mounted.splice(0)) el.remove();
    });

    async function mount(width = '40rem') {
      const n = ++counter;
      const label = `Field ${n} label`;
      const hint = `Hint for field ${n}`;
      const wrapper = document.createElement('div');
      wrapper.style.inlineSize = width;
      wrapper.innerHTML = `<button type="button">Before ${n}</button>
        <form><${tag} name="field${n}"></${tag}></form>
        <button type="button">After ${n}</button>`;
      const el = wrapper.querySelector(tag) as FormControlBase<Value>;
      el.label = label;
      el.hint = hint;
      options.configure?.(el);
      document.body.append(wrapper);
      mounted.push(wrapper);
      await el.updateComplete;
      const form = wrapper.querySelector('form')!;
      const [before, after] = [...wrapper.querySelectorAll('button')] as HTMLButtonElement[];
      return { el, form, before: before!, after: after!, label, hint, wrapper, name: `field${n}` };
    }

    /** The element carrying the accessible name, found the way assistive technology finds it. */
    function labelled(label: string): HTMLElement {
      return page.getByRole(options.role, { name: label, exact: true }).element() as HTMLElement;
    }

    function describedText(target: HTMLElement): string {
      const root = target.getRootNode() as ShadowRoot;
      return (target.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => root.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? `<missing #${id}>`)
        .join(' | ');
    }

    async function focusByTab(before: HTMLElement) {
      before.focus();
      await userEvent.tab();
    }

    it('is named by its visible label', async () => {
      const { el, label } = await mount();
      const target = labelled(label);
      expect(el.shadowRoot!.contains(target)).toBe(true);
      const labelPart = el.shadowRoot!.querySelector('[part~="label"]') as HTMLElement;
      expect(labelPart.textContent).toContain(label);
      expect(labelPart.getBoundingClientRect().height).toBeGreaterThan(0);
    });

    it('links hint and error with aria-describedby; the error has a hidden "Error:" prefix', async () => {
      const { el, label, hint } = await mount();
      expect(describedText(labelled(label))).toBe(hint);
      el.error = 'Enter your full name';
      await el.updateComplete;
      expect(describedText(labelled(label))).toBe(`${hint} | Error: Enter your full name`);
      const prefix = el.shadowRoot!.querySelector('[part~="error"] .visually-hidden') as HTMLElement;
      expect(prefix.textContent).toBe('Error:');
      expect(prefix.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    });

    it('translates the error prefix with the lang', async () => {
      const { el, wrapper } = await mount();
      wrapper.setAttribute('lang', 'fr');
      el.error = 'Saisissez votre nom';
      const prefix = () => el.shadowRoot!.querySelector('[part~="error"] .visually-hidden') as HTMLElement;
      await vi.waitFor(() => expect(prefix().textContent).toBe('Erreur :'));
    });

    it('required: invalid while empty; an error marks the input aria-invalid and shows', async () => {
      const { el, label } = await mount();
      el.required = true;
      await el.updateComplete;
      expect(el.checkValidity()).toBe(false);
      expect(el.validity.valueMissing).toBe(true);
      expect(el.validationMessage).not.toBe('');

      el.error = 'Choose an answer';
      await el.updateComplete;
      const invalid = el.shadowRoot!.querySelectorAll('[aria-invalid="true"]');
      expect(invalid.length).toBeGreaterThan(0);
      expect(el.validity.customError).toBe(true);
      expect(el.validationMessage).toBe('Choose an answer');
      const error = el.shadowRoot!.querySelector('[part~="error"]') as HTMLElement;
      expect(error.getBoundingClientRect().height).toBeGreaterThan(0);
      expect(labelled(label)).toBeTruthy();

      el.error = '';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[aria-invalid="true"]')).toBeNull();
      expect(el.shadowRoot!.querySelector('[part~="error"]')).toBeNull();
    });

    it('works by keyboard: Tab in, enter a value, Tab out, with hw-input / hw-change / hw-blur', async () => {
      const { el, before, after, name } = await mount();
      const seen: { type: string; detail: unknown }[] = [];
      for (const type of ['hw-input', 'hw-change', 'hw-blur']) {
        el.addEventListener(type, (e) => seen.push({ type, detail: (e as CustomEvent).detail }));
      }
      await focusByTab(before);
      expect(document.activeElement).toBe(el);
      expect(el.shadowRoot!.activeElement).not.toBeNull();
      await options.typeValue();
      await el.updateComplete;
      expect(el.value).toEqual(options.expected);
      for (let i = 0; i < (options.tabsToLeave ?? 1); i++) await userEvent.tab();
      expect(document.activeElement).toBe(after);
      const last = (type: string) => seen.filter((s) => s.type === type).at(-1)?.detail;
      expect(last('hw-input')).toEqual({ name, value: options.expected });
      expect(last('hw-change')).toEqual({ name, value: options.expected });
      expect(last('hw-blur')).toEqual({ name });
      expect(seen.filter((s) => s.type === 'hw-blur')).toHaveLength(1);
    });

    it('focus() puts focus in the input', async () => {
      const { el } = await mount();
      el.focus();
      expect(document.activeElement).toBe(el);
      const inner = el.shadowRoot!.activeElement as HTMLElement;
      expect(['INPUT', 'SELECT', 'TEXTAREA']).toContain(inner.tagName);
    });

    it('shows a visible focus ring for keyboard focus', async () => {
      const { el, before } = await mount();
      await focusByTab(before);
      const inner = el.shadowRoot!.activeElement as HTMLElement;
      const style = getComputedStyle(inner);
      expect(inner.matches(':focus-visible')).toBe(true);
      expect(style.outlineStyle).toBe('solid');
      expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
    });

    it('takes part in its form: FormData, reset, disabled fieldset', async () => {
      const { el, form, before, name } = await mount();
      expect(el.form).toBe(form);
      await focusByTab(before);
      await options.typeValue();
      await el.updateComplete;
      expect(new FormData(form).getAll(name)).toEqual(valuesOf(options.expected));

      form.reset();
      await el.updateComplete;
      expect(valuesOf(el.value)).toEqual([]);
      // An empty text field submits an empty string, as a native input does; a choice submits nothing.
      expect(valuesOf(new FormData(form).getAll(name) as string[])).toEqual([]);

      const fieldset = document.createElement('fieldset');
      form.append(fieldset);
      fieldset.append(el);
      fieldset.disabled = true;
      await el.updateComplete;
      const inputs = [...el.shadowRoot!.querySelectorAll('input, select, textarea')] as HTMLInputElement[];
      expect(inputs.every((i) => i.disabled || i.closest('fieldset')?.disabled)).toBe(true);
    });

    it('restores a value the browser hands back (back/forward, autofill)', async () => {
      const { el, form, name } = await mount();
      const state = Array.isArray(options.expected)
        ? (() => {
            const fd = new FormData();
            for (const v of options.expected) fd.append(name, v);
            return fd;
          })()
        : options.expected;
      el.formStateRestoreCallback(state);
      await el.updateComplete;
      expect(el.value).toEqual(options.expected);
      expect(new FormData(form).getAll(name)).toEqual(valuesOf(options.expected));
    });

    it('renders markup typed into its texts as text', async () => {
      const { el } = await mount();
      el.label = '<img src=x onerror="window.__hwXss=1">Name';
      el.hint = '<script>window.__hwXss=1</script>';
      el.error = '<b>bold</b>';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('img, script, b')).toBeNull();
      expect(el.shadowRoot!.textContent).toContain('<img src=x');
      expect((window as { __hwXss?: number }).__hwXss).toBeUndefined();
    });

    it('has no axe-core violations, with hint and error shown', async () => {
      const { el, wrapper } = await mount();
      expect(await axeViolations(wrapper)).toEqual([]);
      el.error = 'Enter an answer';
      el.required = true;
      await el.updateComplete;
      expect(await axeViolations(wrapper)).toEqual([]);
    });

    it('fits 320px without horizontal scrolling', async () => {
      const { el, wrapper } = await mount('320px');
      el.label = 'A rather long label that has to wrap on a narrow phone screen without being cut off';
      el.hint = 'Verylongwordwithoutanyspacesthatcouldotherwisepushthelayoutwiderthanthescreen';
      el.error = 'An error message that is also long enough to wrap onto a second line';
      await el.updateComplete;
      const box = wrapper.getBoundingClientRect();
      for (const node of el.shadowRoot!.querySelectorAll('*')) {
        const r = node.getBoundingClientRect();
        if (r.width === 0 || (node as HTMLElement).classList?.contains('visually-hidden')) continue;
        expect(r.right, node.tagName).toBeLessThanOrEqual(box.right + 0.5);
        expect(r.left, node.tagName).toBeGreaterThanOrEqual(box.left - 0.5);
      }
    });

    it('lays out right to left with logical properties', async () => {
      const { el, wrapper } = await mount();
      wrapper.dir = 'rtl';
      el.error = 'خطأ';
      await el.updateComplete;
      const base = el.shadowRoot!.querySelector('[part~="base"]') as HTMLElement;
      const style = getComputedStyle(base);
      // The error bar sits on the inline start: the right in RTL.
      expect(style.borderRightWidth).toBe('4px');
      expect(style.borderLeftWidth).toBe('0px');
      // The label text starts on the right.
      const label = el.shadowRoot!.querySelector('[part~="label"]') as HTMLElement;
      const range = document.createRange();
      range.selectNodeContents(label);
      const text = range.getBoundingClientRect();
      const outer = base.getBoundingClientRect();
      expect(text.right).toBeGreaterThan(outer.left + outer.width / 2);
    });

    it('keeps borders and the focus ring in forced colours (high contrast)', async () => {
      const { el, before } = await mount();
      el.error = 'Enter an answer';
      await el.updateComplete;
      await withEmulatedMedia([{ name: 'forced-colors', value: 'active' }], async () => {
        expect(matchMedia('(forced-colors: active)').matches).toBe(true);
        await focusByTab(before);
        const inner = el.shadowRoot!.activeElement as HTMLElement;
        const style = getComputedStyle(inner);
        // Either a border of its own, or a native control (radio, checkbox) the system draws in its own colours.
        const nativelyDrawn =
          style.appearance !== 'none' && ['radio', 'checkbox'].includes((inner as HTMLInputElement).type);
        if (!nativelyDrawn) {
          expect(style.borderTopStyle).not.toBe('none');
          expect(Number.parseFloat(style.borderTopWidth)).toBeGreaterThanOrEqual(1);
        }
        expect(style.outlineStyle).toBe('solid');
        const base = el.shadowRoot!.querySelector('[part~="base"]') as HTMLElement;
        expect(getComputedStyle(base).borderInlineStartStyle).toBe('solid');
      });
    });

    it('drops transitions when the user prefers reduced motion', async () => {
      const { el } = await mount();
      await withEmulatedMedia([{ name: 'prefers-reduced-motion', value: 'reduce' }], async () => {
        for (const node of el.shadowRoot!.querySelectorAll('*')) {
          const durations = getComputedStyle(node)
            .transitionDuration.split(',')
            .map((d) => Number.parseFloat(d));
          expect(Math.max(...durations), node.tagName).toBe(0);
        }
      });
    });
  });
}
