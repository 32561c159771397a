import type { IntakeRecord } from '@homeward/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../define/intake-form.js';
import {
  answer,
  answerAll,
  clickContinue,
  errorOf,
  type Form,
  mount,
  settle,
  text,
  title,
  unmountAll,
  waitFor,
} from '../../form-flow/test/flow-helpers.js';
import { findPlaintext } from '../../shared/testing/storage-scan.js';

const ENDPOINT = '/api/test-intake';

/**
 * A stand-in for the embassy's server, behind the page's real `fetch`: it can be down (the network fails), lose its
 * answer after storing the record (the worst case for duplicates), refuse with reasons, or accept. Like the demo
 * server, it stores a record once per Idempotency-Key.
 */
class FakeServer {
  mode: 'down' | 'up' | 'lose-answer' | 'refuse' = 'down';
  posts: { key: string | null; record: IntakeRecord }[] = [];
  stored = new Map<string, IntakeRecord>();
  private original = globalThis.fetch;

  install(): void {
    globalThis.fetch = async (input, init) => {
      if (String(input) !== ENDPOINT) return this.original(input, init);
      if (this.mode === 'down') throw new TypeError('Failed to fetch');
      const key = new Headers(init?.headers).get('Idempotency-Key');
      const record = JSON.parse(String(init?.body)) as IntakeRecord;
      this.posts.push({ key, record });
      if (this.mode === 'refuse') {
        return Response.json(
          {
            issues: [
              {
                path: ['person', 'fullName'],
                code: 'too_long',
                message: 'The server finds this name too long.',
              },
            ],
          },
          { status: 400 },
        );
      }
      const first = !this.stored.has(key!);
      if (first) this.stored.set(key!, record);
      if (this.mode === 'lose-answer') {
        this.mode = 'up';
        throw new TypeError('The connection dropped after the server stored the record');
      }
      return Response.json({ id: record.id }, { status: first ? 201 : 200 });
    };
  }

  uninstall(): void {
    globalThis.fetch = this.original;
  }
}

let server: FakeServer;
beforeEach(() => {
  server = new FakeServer();
  server.install();
});
afterEach(() => {
  unmountAll();
  server.uninstall();
});

async function fillAndSend(form: Form, name = 'Dewi Lestari'): Promise<void> {
  await answer(form, 'consent.store.given', 'yes');
  form.goTo('about-you');
  await settle(form);
  await answerAll(form, { 'person.fullName': name, 'person.citizenship': 'ID' });
  form.goTo('check-answers');
  await settle(form);
  await clickContinue(form);
}

function state(form: Form): string | undefined {
  return (
    form.shadowRoot!.querySelector('[part~="confirmation"] [data-state]')?.getAttribute('data-state') ??
    undefined
  );
}

function retry(form: Form): void {
  form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
}

describe('<hw-intake-form> sending through the outbox', () => {
  it('keeps the record while the server is down, shows it, then delivers it exactly once', async () => {
    const form = await mount('hw-intake-form', { endpoint: ENDPOINT });
    await fillAndSend(form);
    await waitFor(() => state(form) === 'waiting');
    expect(text(form)).toContain('Waiting to send');
    // Stored encrypted while it waits.
    expect(await findPlaintext(['Dewi Lestari'])).toEqual([]);

    retry(form);
    await waitFor(() => state(form) === 'waiting' && server.posts.length === 0);
    server.mode = 'up';
    window.dispatchEvent(new Event('online'));
    await waitFor(() => state(form) === 'sent');
    expect(text(form)).toContain('Your answers have been sent');
    expect(text(form)).toContain(`Reference: ${[...server.stored.values()][0]!.id}`);
    expect(server.stored.size).toBe(1);
    expect(server.posts).toHaveLength(1);
    // "Start a new form": an empty form with a new record id, the delivered submission no longer shown.
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="restart-button"]')!.click();
    await settle(form);
    expect(title(form)).toBe('Your information and your choices');
    expect(form.shadowRoot!.querySelector('[part~="earlier"]')).toBeNull();
    expect([...server.stored.values()][0]!.person.fullName).toBe('Dewi Lestari');
  });

  it('never creates a duplicate when an answer is lost: every retry carries the same idempotency key', async () => {
    const form = await mount('hw-intake-form', { endpoint: ENDPOINT });
    server.mode = 'lose-answer';
    await fillAndSend(form);
    await waitFor(() => state(form) === 'waiting');
    retry(form);
    await waitFor(() => state(form) === 'sent');
    expect(server.posts).toHaveLength(2);
    expect(new Set(server.posts.map((p) => p.key)).size).toBe(1);
    expect(server.posts[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(server.stored.size).toBe(1);
  });

  it('resumes after the page is reopened, and delivers once', async () => {
    const key = `reopen-${Date.now()}`;
    const first = await mount('hw-intake-form', { endpoint: ENDPOINT }, key);
    await fillAndSend(first, 'Reopened Person');
    await waitFor(() => state(first) === 'waiting');
    first.remove();

    server.mode = 'up';
    const second = await mount('hw-intake-form', { endpoint: ENDPOINT }, key);
    // The new page shows the earlier submission, and the outbox sends it.
    await waitFor(() => second.shadowRoot!.querySelector('[part~="earlier"] [data-state="sent"]'));
    expect(text(second)).toContain('An earlier submission from this device');
    expect(server.stored.size).toBe(1);
    expect([...server.stored.values()][0]!.person.fullName).toBe('Reopened Person');
    // And the new page is a fresh form: the draft was cleared when the record was sent to the outbox.
    expect(title(second)).toBe('Your information and your choices');
  });

  it('shows a refusal with the server’s reasons, on the fields they concern, and sends the corrected record', async () => {
    const form = await mount('hw-intake-form', { endpoint: ENDPOINT });
    server.mode = 'refuse';
    await fillAndSend(form);
    await waitFor(() => state(form) === 'rejected');
    expect(text(form)).toContain('The server finds this name too long.');
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="correct-button"]')!.click();
    await settle(form);
    expect(title(form)).toBe('Check your answers');
    // The reason is in the error summary and next to the answer; its link leads to the question.
    const summary = form.shadowRoot!.querySelector('hw-error-summary')!.shadowRoot!;
    expect(summary.textContent).toContain('The server finds this name too long.');
    summary.querySelector('a')!.click();
    await settle(form);
    await new Promise((r) => setTimeout(r, 0));
    expect(title(form)).toBe('About you');
    expect(errorOf(form, 'person.fullName')).toBe('The server finds this name too long.');
    await answer(form, 'person.fullName', 'Dewi');
    expect(errorOf(form, 'person.fullName')).toBe('');
    server.mode = 'up';
    form.goTo('check-answers');
    await settle(form);
    await clickContinue(form);
    await waitFor(() => state(form) === 'sent');
    expect([...server.stored.values()].map((r) => r.person.fullName)).toEqual(['Dewi']);
  });

  it('lets the page take over: a cancelled hw-submit sends nothing', async () => {
    const form = await mount('hw-intake-form', { endpoint: ENDPOINT });
    server.mode = 'up';
    form.addEventListener('hw-submit', (e) => e.preventDefault());
    await fillAndSend(form);
    await new Promise((r) => setTimeout(r, 50));
    expect(server.posts).toHaveLength(0);
    expect(state(form)).toBeUndefined();
  });
});
