/**
 * <hw-duplicate-review> against the real server's duplicate queue (real-server.global-setup.ts): two registrations of
 * one person, sent to the public intake route, are paired by the server's worker (core's scoring); the caseworker
 * keeps the first record but takes the name as spelled in the second, confirms, and the merged case holds exactly
 * that. A second merge of the same pair (a stale screen) is the 409 the element shows as a conflict.
 */
import type { IntakeRecord } from '@homeward/core';
import { generateIntakeRecords } from '@homeward/core/examples';
import { afterAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/define/duplicate-review.js';
import type { HwDuplicateReview } from '../../src/define/duplicate-review.js';
import { axeViolations } from '../../src/shared/testing/axe.js';
import type { CaseDetail, DuplicatePairView } from '../../src/staff/api/contract.js';
import { StaffSession } from '../../src/staff/session/staff-session.js';
import { mountStaff, shownText, until } from '../../src/staff/testing/mount.js';
import { E2E_OFFICE, E2E_PASSWORD, e2eEmail } from './staff-accounts.js';

const WAIT = 20_000;
const session = new StaffSession();

afterAll(async () => {
  document.body.replaceChildren();
  await session.signOut();
});

/** One generated person, and the same person registered again with the name spelled another way. */
function twoRegistrations(): [IntakeRecord, IntakeRecord] {
  const first = generateIntakeRecords(1, 4242)[0]!;
  first.office = E2E_OFFICE;
  first.person.fullName = 'Muhammad Rizky Pratama';
  const second = structuredClone(first);
  second.id = crypto.randomUUID();
  second.person.fullName = 'Muhamad Rizki Pratama';
  return [first, second];
}

async function register(record: IntakeRecord): Promise<void> {
  const response = await fetch('/api/intake', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': record.id },
    body: JSON.stringify(record),
  });
  expect(response.status, await response.clone().text()).toBe(201);
}

describe('duplicate review against the real server', { timeout: 90_000 }, () => {
  it('merges with a field taken from the other registration, and reports a second merge as a conflict', async () => {
    const [first, second] = twoRegistrations();
    await register(first);
    await register(second);
    expect((await session.signIn(e2eEmail('caseworker'), E2E_PASSWORD)).ok).toBe(true);

    // The server's worker pairs them shortly after: wait for the pair in the queue.
    let pair: DuplicatePairView | undefined;
    const start = Date.now();
    while (!pair) {
      if (Date.now() - start > WAIT) throw new Error('the server did not pair the two registrations');
      const { data } = await session.api.GET('/api/duplicates', { params: { query: { status: 'open' } } });
      pair = (data?.items as DuplicatePairView[] | undefined)?.find(
        (p) => [p.a.id, p.b.id].includes(first.id) && [p.a.id, p.b.id].includes(second.id),
      );
      if (!pair) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // The element renders core's comparisons from the server's explanation.
    for (const c of pair!.explanation.comparisons) {
      expect(c).toEqual({ field: expect.any(String), level: expect.any(String), weight: expect.any(Number) });
    }
    const keep = pair!.a.id === first.id ? 'a' : 'b';
    const other = keep === 'a' ? 'b' : 'a';

    const review = await mountStaff<HwDuplicateReview>('hw-duplicate-review', { session });
    const root = review.shadowRoot!;
    await until(() => root.querySelector('[part=pair]'), WAIT);
    root.querySelector<HTMLInputElement>(`#keep-${keep}`)!.click();
    await until(() => root.querySelector('[part=field-choices]'));
    // Only the rows that differ and belong to the person are offered; the name is one of them.
    const choices = [...root.querySelectorAll('[part=field-choices] fieldset legend')].map((l) =>
      shownText(l),
    );
    expect(choices).toEqual(['Name']);
    expect(await axeViolations(review)).toEqual([]);
    const takeName = root.querySelector<HTMLInputElement>(`#take-displayName-${other}`)!;
    takeName.focus();
    await userEvent.keyboard(' ');
    expect(takeName.checked).toBe(true);
    root.querySelector<HTMLTextAreaElement>('#reason')!.focus();
    await userEvent.keyboard('Same person: the name was spelled from the passport the second time');
    root.querySelector<HTMLButtonElement>('button.merge')!.click();
    await until(() => root.querySelector('[part=confirm]'));
    expect(shownText(root.querySelector('[part=confirm]')!)).toContain(
      `Taken from case ${pair![other].caseNumber}: Name.`,
    );
    await userEvent.keyboard('{Enter}');
    const message = () => shownText(root.querySelector('[part=message]')!);
    await until(() => message() !== '', WAIT);
    expect(message()).toBe(`Merged into case ${pair![keep].caseNumber}.`);

    // The kept case now carries the other registration's spelling, and everything else of its own.
    const { data } = await session.api.GET('/api/cases/{id}', { params: { path: { id: first.id } } });
    const merged = data as unknown as CaseDetail;
    expect(merged.record.person.fullName).toBe(second.person.fullName);
    expect(merged.record.person.birthDate).toBe(first.person.birthDate);
    expect(merged.events.some((e) => e.type === 'merge' && e.note?.startsWith('Same person'))).toBe(true);

    review.remove();

    // A screen still showing the pair (another tab, another officer) cannot merge it again: told so, nothing changed.
    const stale = await mountStaff<HwDuplicateReview>('hw-duplicate-review', { session, pairs: [pair!] });
    const staleRoot = stale.shadowRoot!;
    staleRoot.querySelector<HTMLInputElement>(`#keep-${keep}`)!.click();
    await stale.updateComplete;
    staleRoot.querySelector<HTMLTextAreaElement>('#reason')!.focus();
    await userEvent.keyboard('again');
    staleRoot.querySelector<HTMLButtonElement>('button.merge')!.click();
    await until(() => staleRoot.querySelector('[part=confirm] button.confirm'));
    staleRoot.querySelector<HTMLButtonElement>('[part=confirm] button.confirm')!.click();
    await until(() => shownText(staleRoot.querySelector('[part=message]')!) !== '', WAIT);
    expect(shownText(staleRoot.querySelector('[part=message]')!)).toContain(
      'Someone else resolved or changed this pair',
    );
  });
});
