import { afterEach, describe, expect, it } from 'vitest';
import { answer, answerAll, clickContinue, type Form, settle, waitFor } from './flow-helpers.js';

type CspWindow = Window &
  typeof globalThis & { hwViolations: string[]; hwLoaded: Promise<void>; hwInline?: number };

let frame: HTMLIFrameElement | undefined;
afterEach(() => frame?.remove());

/** Opens csp/page.html: a page whose meta Content-Security-Policy forbids inline script and style and eval. */
async function openPage(): Promise<CspWindow> {
  frame = document.createElement('iframe');
  frame.title = 'Strict CSP page';
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '600px';
  frame.src = new URL('./csp/page.html', import.meta.url).href;
  document.body.append(frame);
  await new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as CspWindow;
  await waitFor(() => win.hwLoaded);
  await win.hwLoaded;
  return win;
}

describe('a page with a strict Content-Security-Policy', () => {
  it('enforces the policy (the test would see a violation)', async () => {
    const win = await openPage();
    const script = win.document.createElement('script');
    script.textContent = 'window.hwInline = 1';
    win.document.body.append(script);
    expect(() => new win.Function('return 1')).toThrow();
    await waitFor(() => win.hwViolations.length >= 2);
    expect(win.hwInline).toBeUndefined();
    expect(win.hwViolations.join('\n')).toMatch(/script-src/);
  });

  it('renders both forms, fills and submits one, with no violation at all', async () => {
    const win = await openPage();
    const doc = win.document;
    const intake = doc.querySelector('hw-intake-form') as unknown as Form;
    const incident = doc.querySelector('hw-incident-form') as unknown as Form;
    await intake.ready;
    await incident.ready;
    await settle(intake);
    expect(intake.shadowRoot!.textContent).toContain('Your information and your choices');
    expect(incident.shadowRoot!.textContent).toContain('What happened');
    // Styles are applied (adopted style sheets are allowed where inline <style> is not).
    const button = intake.shadowRoot!.querySelector<HTMLElement>('[part~="continue-button"]')!;
    expect(win.getComputedStyle(button).minBlockSize).not.toBe('auto');

    // The real fetch, watched: the policy's connect-src applies to it.
    const posts: { url: string; body: string }[] = [];
    const realFetch = win.fetch.bind(win);
    win.fetch = (input, init) => {
      posts.push({ url: String(input), body: String(init?.body) });
      return realFetch(input, init);
    };
    const records: unknown[] = [];
    intake.addEventListener('hw-submit', (e) => records.push((e as CustomEvent).detail.record));

    await answer(intake, 'consent.store.given', 'yes');
    await clickContinue(intake);
    await answerAll(intake, { 'person.fullName': 'Sok Dara', 'person.citizenship': 'KH' });
    intake.goTo('check-answers');
    await settle(intake);
    await clickContinue(intake);
    await waitFor(() => records.length === 1 && posts.length === 1);
    expect(posts[0]!.url).toBe('/api/csp-intake');
    expect(JSON.parse(posts[0]!.body).person.fullName).toBe('Sok Dara');
    // The request reached the (test) server: its answer came back as a state, not as a blocked request.
    await waitFor(() =>
      intake.shadowRoot!.querySelector('[part~="confirmation"] [data-state="rejected"], [data-state="sent"]'),
    );
    expect(win.hwViolations).toEqual([]);
  });
});
