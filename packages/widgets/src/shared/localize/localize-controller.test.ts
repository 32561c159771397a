import { html, LitElement } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { HomewardElement } from '../homeward-element.js';
import { formatDate } from './formatters.js';
import type { LocalizeController } from './localize-controller.js';
import { uiStringsIfLoaded } from './ui/index.js';

const labelCalls: string[] = [];
async function fakeLabels(locale: string) {
  labelCalls.push(locale);
  return { 'intake.person.fullName.label': `[${locale}] full name` };
}

/** A minimal element that shows a UI string, a core label and a formatted number. */
class TestLocalized extends HomewardElement {
  static override labels = fakeLabels;
  get l(): LocalizeController {
    return this.localize;
  }
  override render() {
    return html`<p>${this.localize.t('continue')}|${this.localize.t('intake.person.fullName.label')}</p>`;
  }
}
customElements.define('test-localized', TestLocalized);

/** An element that renders a localized child in its shadow root, as a form renders its fields. */
class TestOuter extends LitElement {
  override render() {
    return html`<test-localized></test-localized>`;
  }
}
customElements.define('test-outer', TestOuter);

const cleanup: Element[] = [];
afterEach(() => {
  for (const el of cleanup.splice(0)) el.remove();
});

function mount<T extends Element>(markup: string): T {
  const wrapper = document.createElement('div');
  wrapper.innerHTML = markup;
  document.body.append(wrapper);
  cleanup.push(wrapper);
  return wrapper.firstElementChild as T;
}

async function settled(el: TestLocalized): Promise<string> {
  await el.updateComplete;
  await el.l.ready;
  await el.updateComplete;
  return el.shadowRoot!.querySelector('p')!.textContent!;
}

describe('LocalizeController', () => {
  it('loads a locale only when an element needs it', async () => {
    expect(uiStringsIfLoaded('id')).toBeUndefined();
    const el = mount<TestLocalized>('<test-localized lang="id"></test-localized>');
    expect(await settled(el)).toBe('Lanjutkan|[id] full name');
    expect(uiStringsIfLoaded('id')).toBeDefined();
  });

  it("uses the host's own lang first", async () => {
    const el = mount<TestLocalized>('<div lang="fr"><test-localized lang="km"></test-localized></div>');
    const inner = el.querySelector('test-localized') as TestLocalized;
    expect(await settled(inner)).toBe('បន្ត|[km] full name');
    expect(inner.l.locale).toBe('km');
  });

  it('else the closest [lang] ancestor, resolved through core (zh-CN -> zh-Hans)', async () => {
    const el = mount<HTMLElement>(
      '<section lang="zh-CN"><div><test-localized></test-localized></div></section>',
    );
    const inner = el.querySelector('test-localized') as TestLocalized;
    expect(await settled(inner)).toBe('继续|[zh-Hans] full name');
    expect(inner.l.locale).toBe('zh-Hans');
  });

  it('climbs out of shadow roots to find the lang', async () => {
    const outer = mount<TestOuter>('<test-outer lang="fr"></test-outer>');
    await outer.updateComplete;
    const inner = outer.shadowRoot!.querySelector('test-localized') as TestLocalized;
    expect(await settled(inner)).toBe('Continuer|[fr] full name');
  });

  it('falls back to English for an unsupported or missing language', async () => {
    const el = mount<HTMLElement>('<div lang="de"><test-localized></test-localized></div>');
    const inner = el.querySelector('test-localized') as TestLocalized;
    expect(await settled(inner)).toBe('Continue|[en] full name');
  });

  it('switches language when lang changes on the host, an ancestor, or a shadow host', async () => {
    const wrapper = mount<HTMLElement>('<div lang="en"><test-outer></test-outer></div>');
    const outer = wrapper.querySelector('test-outer') as TestOuter;
    await outer.updateComplete;
    const inner = outer.shadowRoot!.querySelector('test-localized') as TestLocalized;
    expect(await settled(inner)).toBe('Continue|[en] full name');

    wrapper.setAttribute('lang', 'fr');
    await new Promise((r) => setTimeout(r)); // mutation observers run
    expect(await settled(inner)).toBe('Continuer|[fr] full name');

    outer.setAttribute('lang', 'km');
    await new Promise((r) => setTimeout(r));
    expect(await settled(inner)).toBe('បន្ត|[km] full name');

    inner.setAttribute('lang', 'id');
    await new Promise((r) => setTimeout(r));
    expect(await settled(inner)).toBe('Lanjutkan|[id] full name');
  });

  it('ends on the last locale when switched quickly', async () => {
    const el = mount<TestLocalized>('<test-localized lang="en"></test-localized>');
    await settled(el);
    el.setAttribute('lang', 'zh-Hans');
    await new Promise((r) => setTimeout(r));
    el.setAttribute('lang', 'fr');
    await new Promise((r) => setTimeout(r));
    expect(await settled(el)).toBe('Continuer|[fr] full name');
  });

  it('loads each locale of labels once and renders it synchronously afterwards', async () => {
    const a = mount<TestLocalized>('<test-localized lang="fr"></test-localized>');
    await settled(a);
    const calls = labelCalls.filter((l) => l === 'fr').length;
    const b = mount<TestLocalized>('<test-localized lang="fr"></test-localized>');
    await b.updateComplete;
    // First render, before any await on loading: already French.
    expect(b.shadowRoot!.querySelector('p')!.textContent).toBe('Continuer|[fr] full name');
    expect(labelCalls.filter((l) => l === 'fr').length).toBe(calls);
  });

  it('fills params and formats numbers for the locale', async () => {
    const el = mount<TestLocalized>('<test-localized lang="fr"></test-localized>');
    await settled(el);
    expect(el.l.t('stepOf', { current: 2, total: 7 })).toBe('Étape 2 sur 7');
    expect(el.l.t('draftExpiry', { hours: 24 })).toContain('24 heures');
    expect(el.l.number(1440)).toBe('1\u202f440');
    expect(el.l.list(['a', 'b', 'c'])).toBe('a, b et c');
    expect(el.l.t('no.such.key')).toBe('no.such.key');
    expect(el.l.has('continue')).toBe(true);
    expect(el.l.has('no.such.key')).toBe(false);
  });

  it('formats a date-only value as that calendar day in any timezone', async () => {
    const session = cdp();
    await session.send('Emulation.setTimezoneOverride', { timezoneId: 'America/Los_Angeles' });
    try {
      expect(new Date('2026-01-18T00:00:00Z').getDate()).toBe(17); // the trap this avoids
      expect(formatDate('en', '2026-01-18')).toBe('January 18, 2026');
      expect(formatDate('fr', '2026-01-18')).toBe('18 janvier 2026');
    } finally {
      await session.send('Emulation.setTimezoneOverride', { timezoneId: '' });
    }
    const el = mount<TestLocalized>('<test-localized lang="id"></test-localized>');
    await settled(el);
    expect(el.l.date('2026-01-18')).toBe('18 Januari 2026');
  });

  it('takes dir from an explicit ancestor, else from the locale', async () => {
    const el = mount<HTMLElement>('<div dir="rtl" lang="fr"><test-localized></test-localized></div>');
    const inner = el.querySelector('test-localized') as TestLocalized;
    await settled(inner);
    expect(inner.l.dir).toBe('rtl');
    el.removeAttribute('dir');
    await new Promise((r) => setTimeout(r));
    expect(inner.l.dir).toBe('ltr');
  });

  it('keeps working when the labels fail to load (offline, chunk missing)', async () => {
    class TestFailing extends HomewardElement {
      static override labels = async () => {
        throw new Error('chunk failed');
      };
      get l(): LocalizeController {
        return this.localize;
      }
      override render() {
        return html`<p>${this.localize.t('continue')}|${this.localize.t('intake.person.fullName.label')}</p>`;
      }
    }
    customElements.define('test-failing', TestFailing);
    const el = mount<TestLocalized>('<test-failing lang="fr"></test-failing>');
    expect(await settled(el)).toBe('Continuer|intake.person.fullName.label');
  });

  it('stops observing when disconnected', async () => {
    const el = mount<TestLocalized>('<test-localized lang="en"></test-localized>');
    await settled(el);
    el.remove();
    el.setAttribute('lang', 'fr');
    await new Promise((r) => setTimeout(r));
    expect(el.l.locale).toBe('en');
  });
});
