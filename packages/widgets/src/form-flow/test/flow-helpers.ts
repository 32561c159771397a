/**
 * Test helpers for the forms: mount one with its own draft namespace, find and answer its fields through their real
 * inputs (so every event a person's typing fires is fired), and read what the person sees.
 */
import { userEvent } from 'vitest/browser';
import type { FormFlowElement } from '../form-flow-element.js';

let counter = 0;
const mounted: HTMLElement[] = [];

export type Form = FormFlowElement<{ id: string }> & HTMLElement;

/** Mounts a form; `key` reuses a draft namespace (a "reload" is a second mount with the same key). */
export async function mount(
  tag: 'hw-intake-form' | 'hw-incident-form',
  attrs: Record<string, string> = {},
  key = `t${Date.now()}-${++counter}`,
): Promise<Form> {
  const form = document.createElement(tag) as unknown as Form;
  form.setAttribute('draft-key', key);
  if (tag === 'hw-intake-form' && !('office' in attrs)) form.setAttribute('office', 'test-office');
  for (const [name, value] of Object.entries(attrs)) form.setAttribute(name, value);
  document.body.append(form);
  mounted.push(form);
  await form.ready;
  await settle(form);
  return form;
}

export function unmountAll(): void {
  for (const el of mounted.splice(0)) el.remove();
}

/** Waits for the form and every control in it to finish rendering. */
export async function settle(form: Form): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await form.updateComplete;
    const controls = [
      ...form.shadowRoot!.querySelectorAll('hw-text-field, hw-choice-field, hw-error-summary'),
    ];
    await Promise.all(
      controls.map((c) => (c as unknown as { updateComplete: Promise<unknown> }).updateComplete),
    );
  }
}

export function control(form: Form, name: string): HTMLElement {
  const el = form.shadowRoot!.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
  if (!el) throw new Error(`no field named ${name} on step ${form.step}`);
  return el;
}

export function names(form: Form): string[] {
  return [...form.shadowRoot!.querySelectorAll('hw-text-field, hw-choice-field')].map(
    (c) => c.getAttribute('name') ?? '',
  );
}

/** Answers a field through its real input, then leaves it (blur), as a person would. */
export async function answer(form: Form, name: string, value: string | string[]): Promise<void> {
  const el = control(form, name);
  const root = el.shadowRoot!;
  if (el.tagName === 'HW-TEXT-FIELD') {
    const input = root.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;
    input.focus();
    input.value = value as string;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    input.blur();
  } else {
    const select = root.querySelector('select');
    if (select) {
      select.focus();
      select.value = value as string;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      select.blur();
    } else {
      const wanted = new Set(Array.isArray(value) ? value : [value]);
      for (const input of root.querySelectorAll<HTMLInputElement>('input')) {
        if (input.checked !== wanted.has(input.value)) input.click();
      }
      // Leaving the group: focus goes outside it.
      root.querySelector<HTMLInputElement>('input')?.focus();
      (root.activeElement as HTMLElement | null)?.blur();
    }
  }
  await settle(form);
}

export async function answerAll(form: Form, answers: Record<string, string | string[]>): Promise<void> {
  for (const [name, value] of Object.entries(answers)) await answer(form, name, value);
}

export function button(form: Form, part: string): HTMLButtonElement {
  const el = form.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${part}"]`);
  if (!el) throw new Error(`no ${part} on step ${form.step}`);
  return el;
}

export async function clickContinue(form: Form): Promise<void> {
  button(form, 'continue-button').click();
  await settle(form);
}

export function errorOf(form: Form, name: string): string {
  return (control(form, name) as unknown as { error: string }).error;
}

export function summaryItems(form: Form): { text: string; href: string }[] {
  const summary = form.shadowRoot!.querySelector('hw-error-summary')!;
  return [...summary.shadowRoot!.querySelectorAll('li')].map((li) => ({
    text: li.textContent?.trim() ?? '',
    href: li.querySelector('a')?.getAttribute('href') ?? '',
  }));
}

/** The focused element, through every open shadow root. */
export function deepActive(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** The chain of hosts of the focused element: [form, field, input]. */
export function focusPath(): Element[] {
  const path: Element[] = [];
  let el: Element | null = document.activeElement;
  while (el) {
    path.push(el);
    el = el.shadowRoot?.activeElement ?? null;
  }
  return path;
}

/** Presses Tab until `predicate` holds for the focused element (at most `max` presses). */
export async function tabUntil(predicate: (el: Element) => boolean, max = 60): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await userEvent.tab();
    const el = deepActive();
    if (el && predicate(el)) return el;
  }
  throw new Error(
    `Tab never reached the wanted element; focus is on ${deepActive()?.outerHTML.slice(0, 120)}`,
  );
}

/** Whether the focused input belongs to the field of this name. */
export function inField(name: string): (el: Element) => boolean {
  return () => focusPath().some((e) => e.getAttribute('name') === name);
}

export function text(form: Form): string {
  return form.shadowRoot!.textContent?.replace(/\s+/g, ' ') ?? '';
}

/** Everything a step shows: its own text and each control's label, hint and option labels (in their shadow roots). */
export function shownText(form: Form): string {
  const controls = [...form.shadowRoot!.querySelectorAll('hw-text-field, hw-choice-field')].map((c) => {
    const { label, hint, options } = c as unknown as {
      label: string;
      hint: string;
      options?: { label: string }[];
    };
    return [label, hint, ...(options ?? []).map((o) => o.label)].join(' ');
  });
  return [text(form), ...controls].join(' ');
}

/** Switches language with the form's own switch, and waits for the new locale's strings. */
export async function switchTo(form: Form, locale: string): Promise<void> {
  const select = form.shadowRoot!.querySelector<HTMLSelectElement>('.language-select')!;
  select.value = locale;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  // The form follows its lang attribute through a MutationObserver: let it see the change first.
  await new Promise((r) => setTimeout(r, 0));
  await (form as unknown as { localize: { ready: Promise<void> } }).localize.ready;
  await settle(form);
}

export function title(form: Form): string {
  return form.shadowRoot!.querySelector('.title')?.textContent?.trim() ?? '';
}

export async function waitFor<T>(check: () => T | undefined | false, timeout = 5000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error('waitFor: timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
