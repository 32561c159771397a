// The visible outbox in a real browser: what waits on this device, since when, why the last attempt failed, "send
// now", and a discard whose warning names what is lost. A queued registration outlives eight days on the clock.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../define/intake-form.js';
import {
  answer,
  answerAll,
  clickContinue,
  type Form,
  mount,
  settle,
  text,
  unmountAll,
  waitFor,
} from './flow-helpers.js';

const ENDPOINT = '/api/outbox-ui-intake';
const DAY = 24 * 60 * 60 * 1000;

let up = false;
let stored: Map<string, unknown>;
const original = globalThis.fetch;
beforeEach(() => {
  up = false;
  stored = new Map();
  globalThis.fetch = async (input, init) => {
    if (String(input) !== ENDPOINT) return original(input, init);
    if (!up) throw new TypeError('Failed to fetch');
    const key = new Headers(init?.headers).get('Idempotency-Key')!;
    const first = !stored.has(key);
    if (first) stored.set(key, JSON.parse(String(init?.body)));
    return Response.json({ id: key, caseNumber: 'PNH-26-00042-7' }, { status: first ? 201 : 200 });
  };
});
afterEach(() => {
  unmountAll();
  globalThis.fetch = original;
  vi.useRealTimers();
});

async function fillAndSend(form: Form, name: string): Promise<void> {
  await answer(form, 'consent.store.given', 'yes');
  form.goTo('about-you');
  await settle(form);
  await answerAll(form, { 'person.fullName': name, 'person.citizenship': 'ID' });
  form.goTo('check-answers');
  await settle(form);
  await clickContinue(form);
}

const part = (form: Form, name: string) => form.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const outboxText = (form: Form) => part(form, 'outbox')?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('the visible outbox', () => {
  it('shows how many wait, since when and the last error, keeps them for eight days, and sends them on "send now"', async () => {
    const key = `outbox-ui-${Date.now()}`;
    const first = await mount('hw-intake-form', { endpoint: ENDPOINT }, key);
    await fillAndSend(first, 'Siti Waiting');
    await waitFor(() => part(first, 'confirmation')?.querySelector('[data-state="waiting"]'));
    first.remove();

    // Eight days later, on the same device: nothing has expired.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 8 * DAY);
    const later = await mount('hw-intake-form', { endpoint: ENDPOINT }, key);
    await waitFor(() => part(later, 'outbox'));
    await waitFor(() => outboxText(later).includes('no connection'));
    expect(outboxText(later)).toContain('Waiting to be sent from this device: 1');
    expect(outboxText(later)).toMatch(/Waiting since .+\./);
    expect(outboxText(later)).toContain('They never expire.');
    // No answer is shown in the list: a shared desk sees counts and dates.
    expect(outboxText(later)).not.toContain('Siti');

    up = true;
    part(later, 'send-now-button')!.click();
    await waitFor(() => stored.size === 1 && !part(later, 'outbox'));
    expect((stored.values().next().value as { person: { fullName: string } }).person.fullName).toBe(
      'Siti Waiting',
    );
  });

  it('discards a waiting submission only after a warning that names it, its date and its answers', async () => {
    const key = `outbox-discard-${Date.now()}`;
    const form = await mount('hw-intake-form', { endpoint: ENDPOINT }, key);
    await fillAndSend(form, 'Budi Discard');
    await waitFor(() => part(form, 'confirmation')?.querySelector('[data-state="waiting"]'));
    form.remove();
    const next = await mount('hw-intake-form', { endpoint: ENDPOINT }, key);
    await waitFor(() => part(next, 'outbox-discard-button'));

    part(next, 'outbox-discard-button')!.click();
    const dialog = (await waitFor(() => part(next, 'outbox-dialog'))) as HTMLDialogElement;
    await waitFor(() => dialog.open);
    const warning = dialog.textContent!.replace(/\s+/g, ' ');
    expect(warning).toContain('Discard submission 1?');
    expect(warning).toMatch(/Submission 1, saved on this device on .+, has not reached the team/);
    expect(warning).toMatch(/deletes all \d+ of its answers/);
    expect(warning).toContain('can never be sent');

    // "No, keep it" keeps it.
    part(next, 'cancel-outbox-discard')!.click();
    await settle(next);
    expect(part(next, 'outbox-dialog')).toBeNull();
    expect(outboxText(next)).toContain('Waiting to be sent from this device: 1');

    part(next, 'outbox-discard-button')!.click();
    await waitFor(() => (part(next, 'outbox-dialog') as HTMLDialogElement | null)?.open);
    part(next, 'confirm-outbox-discard')!.click();
    await waitFor(() => !part(next, 'outbox'));
    up = true;
    window.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 200));
    expect(stored.size).toBe(0);
    expect(text(next)).not.toContain('Waiting to be sent');
  });

  it('shows the case number the server issued, as text and as a QR code, once sent', async () => {
    up = true;
    const form = await mount('hw-intake-form', { endpoint: ENDPOINT });
    await fillAndSend(form, 'Rina Queue');
    await waitFor(() => part(form, 'case-number'));
    expect(part(form, 'case-number')!.textContent).toContain('Your case number: PNH-26-00042-7');
    // The QR encoder is a module of its own, fetched when the person sent: the code follows the text.
    const qr = await waitFor(() => part(form, 'case-qr') ?? undefined);
    expect(qr.getAttribute('role')).toBe('img');
    expect(qr.getAttribute('aria-label')).toBe('QR code of case number PNH-26-00042-7');
    // A real code: a version-1 matrix (21 modules) and its quiet zone at least, many dark modules.
    expect(Number(qr.getAttribute('viewBox')!.split(' ')[2])).toBeGreaterThanOrEqual(29);
    expect(qr.querySelector('path')!.getAttribute('d')!.split('M').length).toBeGreaterThan(100);
  });
});
