import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define/case-view.js';
import type { HwCaseView } from '../../define/case-view.js';
import { axeViolations } from '../../shared/testing/axe.js';
import { findPlaintext } from '../../shared/testing/storage-scan.js';
import type { FakeApiOptions } from '../testing/fake-api.js';
import { fakeCases } from '../testing/fake-api.js';
import { fakeSession, mountStaff, shownText, until } from '../testing/mount.js';

afterEach(() => document.body.replaceChildren());

const [rizky, , hoa] = fakeCases();

async function mountCase(id = rizky!.id, options: FakeApiOptions = {}, attrs: Record<string, string> = {}) {
  const session = await fakeSession(options);
  const el = await mountStaff<HwCaseView>('hw-case-view', { session }, { 'case-id': id, ...attrs });
  await until(() => el.shadowRoot!.querySelector('header, [role=alert]'));
  const root = el.shadowRoot!;
  const part = (name: string) => root.querySelector(`[part~=${name}]`)!;
  const live = () => root.querySelector('.live')!.textContent!.trim();
  return { el, root, part, live, session };
}

describe('hw-case-view', { timeout: 40_000 }, () => {
  it('reads the whole case in words: person, consent, screening, child protection, travel document', async () => {
    const { el, part } = await mountCase();
    expect(shownText(part('header'))).toContain('Case PNH-26-00042-7');
    expect(shownText(part('person'))).toContain('Rizky');
    expect(shownText(part('consent'))).toContain('May not be shared with any partner.');
    expect(shownText(part('screening'))).toContain('refer to child protection');
    expect(shownText(part('documents'))).toMatch(/Passport \(Indonesia\) ?: Someone took it/);
    expect(shownText(part('documents'))).toContain('not issued yet');
    expect(shownText(part('status'))).toContain('Registered as Registered');
    expect(part('audit')).toBeNull();
    expect(await axeViolations(el)).toEqual([]);
  });

  it('offers only the allowed transitions and changes the status with the keyboard', async () => {
    const { root, part, live, el } = await mountCase();
    const options = [...root.querySelectorAll<HTMLOptionElement>('select#to option')].map((o) => o.value);
    expect(options).toEqual(['assessed', 'referred', 'closed']);
    const changed = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('hw-status-changed', (e) => resolve(e as CustomEvent), { once: true }),
    );
    root.querySelector<HTMLSelectElement>('select#to')!.focus();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.tab();
    await userEvent.keyboard('Seen by the consul');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await until(() => live() !== '');
    expect(live()).toBe('Status changed to Referred to another organisation.');
    expect((await changed).detail.status).toBe('referred');
    expect(shownText(part('status'))).toContain(
      'Status changed from Registered to Referred to another organisation',
    );
    expect(shownText(part('status'))).toContain('Seen by the consul');
    const now = [...root.querySelectorAll<HTMLOptionElement>('select#to option')].map((o) => o.value);
    expect(now).toEqual(['assessed', 'documents_issued', 'repatriated', 'closed']);
  });

  it('on a 412 shows what changed and applies the kept change again against the new version', async () => {
    const { root, part, live, session } = await mountCase();
    // Another officer moves the case on first (same API, the version the page holds).
    const other = await session.api.POST('/api/cases/{id}/status', {
      params: { path: { id: rizky!.id } },
      headers: { 'if-match': '"1"' },
      body: { to: 'assessed' },
    });
    expect(other.response.status).toBe(200);
    const select = root.querySelector<HTMLSelectElement>('select#to')!;
    select.value = 'closed';
    root.querySelector<HTMLButtonElement>('.status-form button[type=submit]')!.click();
    await until(() => part('conflict'));
    const conflict = part('conflict');
    expect(shownText(conflict)).toContain('Someone else changed this case');
    expect(shownText(conflict)).toMatch(/Case status Registered Needs assessed/);
    expect(shownText(conflict)).toContain('Your change: status Closed.');
    expect(root.activeElement?.id).toBe('conflict-h');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await until(() => live() === 'Status changed to Closed.');
    expect(part('conflict')).toBeNull();
    expect(shownText(part('header'))).toContain('Closed');
  });

  it('adds a note, shown as text', async () => {
    const { root, part, live } = await mountCase();
    root.querySelector<HTMLTextAreaElement>('textarea#note')!.focus();
    await userEvent.keyboard('<b>Needs</b> an interpreter');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await until(() => live() === 'Note saved.');
    expect(shownText(part('notes'))).toContain('<b>Needs</b> an interpreter');
    expect(part('notes').querySelector('b')).toBeNull();
  });

  it('shows administrators the audit trail', async () => {
    const { part } = await mountCase(rizky!.id, { role: 'admin' });
    await until(() => part('audit'));
    expect(shownText(part('audit'))).toContain('Opened the case');
    expect(shownText(part('audit'))).toContain('administrator');
  });

  it('says who may see the case when consent names partners, in French, and passes axe', async () => {
    const { el, part } = await mountCase(hoa!.id, {}, { lang: 'fr' });
    await until(() => shownText(part('consent')).includes('Peut être partagé'));
    expect(shownText(part('consent'))).toContain('Vietnamese embassy');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('says when the case does not exist', async () => {
    const session = await fakeSession();
    const el = await mountStaff<HwCaseView>('hw-case-view', { session }, { 'case-id': 'nope' });
    await until(() => el.shadowRoot!.querySelector('[role=alert]'));
    expect(shownText(el)).toContain('This case does not exist or you may not open it.');
  });

  it('forgets the case on sign-out and leaves nothing on the device', async () => {
    const { el, session } = await mountCase();
    await session.signOut();
    await until(() => !shownText(el).includes('Rizky'));
    expect(el.caseDetail).toBeUndefined();
    expect(await findPlaintext(['Rizky', 'PNH-26-00042-7'])).toEqual([]);
  });
});
