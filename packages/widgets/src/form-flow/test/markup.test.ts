import { afterEach, describe, expect, it } from 'vitest';
import '../../define/incident-form.js';
import '../../define/intake-form.js';
import { isGroup } from '../field-def.js';
import { answer, type Form, mount, names, settle, unmountAll } from './flow-helpers.js';

afterEach(unmountAll);

const PAYLOAD = `<img src=x onerror="window.__hwXss=1"><script>window.__hwXss=1</script><b id="hw-injected">bold</b>`;

declare global {
  interface Window {
    __hwXss?: number;
  }
}

/** Types the payload into every free-text field of every step (one-line fields, text areas, and repeated items). */
async function typeEverywhere(form: Form): Promise<string[]> {
  const typed: string[] = [];
  for (const step of form.steps) {
    form.goTo(step);
    await settle(form);
    for (const name of names(form)) {
      const el = form.shadowRoot!.querySelector(`[name="${CSS.escape(name)}"]`)!;
      if (el.tagName !== 'HW-TEXT-FIELD') continue;
      const type = el.getAttribute('type');
      if (type === 'date') continue;
      await answer(form, name, PAYLOAD);
      typed.push(name);
    }
  }
  return typed;
}

function injected(form: Form): Element[] {
  const found: Element[] = [];
  const visit = (root: ShadowRoot | Document) => {
    found.push(...root.querySelectorAll('#hw-injected, script, img'));
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(form.shadowRoot!);
  return found;
}

describe.each(['hw-intake-form', 'hw-incident-form'] as const)(
  '%s: markup typed in any text field',
  (tag) => {
    it('stays text, in the fields and on check answers', async () => {
      window.__hwXss = undefined;
      const form = await mount(tag, { ask: 'person.languages sources.archiveSha256' });
      const typed = await typeEverywhere(form);
      // Every text field of the form was tried.
      const expected = (form as unknown as { form: { steps: { items: unknown[] }[] } }).form.steps
        .flatMap((s) => s.items)
        .flatMap((item) =>
          isGroup(item as never)
            ? (item as { fields: { kind: string }[] }).fields
            : [item as { kind: string }],
        )
        .filter((f) => ['text', 'textarea', 'integer', 'decimal', 'tel', 'url'].includes(f.kind)).length;
      expect(typed.length).toBe(expected);
      expect(typed.length).toBeGreaterThan(5);
      form.goTo('check-answers');
      await settle(form);
      expect(form.shadowRoot!.textContent).toContain(PAYLOAD.trim());
      expect(injected(form)).toEqual([]);
      await new Promise((r) => setTimeout(r, 50));
      expect(window.__hwXss).toBeUndefined();
    });
  },
);

describe('<hw-intake-form>: markup as an answer', () => {
  it('is submitted exactly as typed', async () => {
    const form = await mount('hw-intake-form');
    let record: { person: { fullName: string; homeRegion?: string }; notes?: string } | undefined;
    form.addEventListener('hw-submit', (e) => {
      record = (e as CustomEvent).detail.record;
    });
    await answer(form, 'consent.store.given', 'yes');
    form.goTo('about-you');
    await settle(form);
    await answer(form, 'person.fullName', PAYLOAD);
    await answer(form, 'person.homeRegion', '"; DROP TABLE intake; --');
    await answer(form, 'person.citizenship', 'ID');
    form.goTo('needs');
    await settle(form);
    await answer(form, 'notes', `${PAYLOAD}\nsecond line`);
    form.goTo('check-answers');
    await settle(form);
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="continue-button"]')!.click();
    await settle(form);
    expect(record?.person.fullName).toBe(PAYLOAD);
    expect(record?.person.homeRegion).toBe('"; DROP TABLE intake; --');
    expect(record?.notes).toBe(`${PAYLOAD}\nsecond line`);
    expect(injected(form)).toEqual([]);
  });
});
