/**
 * The staff side end to end, in real Chromium against a real @homeward/server (SQLite in a temporary folder, on
 * loopback; see real-server.global-setup.ts): a person registers through the public form; a registrar finds them by a spelling in
 * another script, opens the case and prints the receipt; a caseworker moves the case on (through a 412 when another
 * officer saved first), refers to the partner the person consented to and is refused for another; an analyst sees
 * only suppressed statistics; the partner sees only that referral. One page, one session, the roles in turn, as at
 * a shared desk: each sign-out must leave nothing of the case on screen.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import '../../src/define/bar-chart.js';
import '../../src/define/case-search.js';
import '../../src/define/case-view.js';
import '../../src/define/intake-form.js';
import '../../src/define/receipt.js';
import '../../src/define/sign-in.js';
import type { HwBarChart } from '../../src/define/bar-chart.js';
import type { HwCaseSearch } from '../../src/define/case-search.js';
import type { HwCaseView } from '../../src/define/case-view.js';
import type { HwReceipt } from '../../src/define/receipt.js';
import type { HwSignIn } from '../../src/define/sign-in.js';
import {
  answer,
  answerAll,
  clickContinue,
  mount,
  settle,
  unmountAll,
  waitFor,
} from '../../src/form-flow/test/flow-helpers.js';
import { axeViolations } from '../../src/shared/testing/axe.js';
import { withPrintMedia } from '../../src/shared/testing/emulate.js';
import { findPlaintext } from '../../src/shared/testing/storage-scan.js';
import type { HwCaseList } from '../../src/staff/case-search/case-list.js';
import type { HwReferralForm } from '../../src/staff/referral-form/referral-form.js';
import { StaffSession } from '../../src/staff/session/staff-session.js';
import { mountStaff, shownText, until } from '../../src/staff/testing/mount.js';
import {
  CONSENTED_PARTNER,
  E2E_OFFICE,
  E2E_PASSWORD,
  type E2eRole,
  e2eEmail,
  OTHER_PARTNER,
} from './staff-accounts.js';

/** Network round trips to a real server on a loaded 2-core machine: generous waits, never timed asserts. */
const WAIT = 20_000;
const NAME = 'សុខ ដារ៉ា';
/** The same person's name as the registrar hears it and types it: Latin letters, given name last. */
const SPOKEN = 'Dara Sok';

const session = new StaffSession();
let signIn: HwSignIn;
/** What the flow learns on the way: the case the public form created, and the referral made. */
const found = { caseId: '', caseNumber: '', referralId: '' };

afterAll(() => {
  unmountAll();
  document.body.replaceChildren();
});

async function typeInto(field: Element, text: string): Promise<void> {
  const input = field.shadowRoot?.querySelector('input') ?? (field as HTMLInputElement);
  input.focus();
  await userEvent.keyboard(text);
}

/** Signs in through <hw-sign-in> with the keyboard (signing out first when someone is signed in). */
async function signInAs(role: E2eRole): Promise<void> {
  if (!signIn) {
    signIn = await mountStaff<HwSignIn>('hw-sign-in', { session });
    await session.restore();
  }
  const root = signIn.shadowRoot!;
  if (session.state === 'signed-in') {
    const signedOut = new Promise((resolve) =>
      signIn.addEventListener('hw-signed-out', resolve, { once: true }),
    );
    root.querySelector<HTMLButtonElement>('button')!.click();
    await signedOut;
  }
  await until(() => root.querySelector('form hw-text-field')?.shadowRoot?.querySelector('input'), WAIT);
  await typeInto(root.querySelector('hw-text-field')!, e2eEmail(role));
  await typeInto(root.querySelector('input[type=password]')!, E2E_PASSWORD);
  await userEvent.keyboard('{Enter}');
  await until(() => session.state === 'signed-in' && session.user?.role === role, WAIT);
}

function staffElements(): Element[] {
  return [...document.body.children].filter((el) => el !== signIn && el.localName.startsWith('hw-'));
}

describe('the staff side against a real server', { timeout: 90_000 }, () => {
  it('a person registers through the public form (same origin, the real intake route)', async () => {
    const form = await mount('hw-intake-form', { endpoint: '/api/intake', office: E2E_OFFICE });
    await answer(form, 'consent.store.given', 'yes');
    await answer(form, 'consent.shareWithPartners.given', 'yes');
    form.goTo('about-you');
    await settle(form);
    await answerAll(form, { 'person.fullName': NAME, 'person.citizenship': 'KH' });
    form.goTo('check-answers');
    await settle(form);
    await clickContinue(form);
    const sent = () =>
      form.shadowRoot!.querySelector('[part~="confirmation"] [data-state]')?.getAttribute('data-state');
    await waitFor(() => sent() === 'sent', WAIT).catch(() => {
      throw new Error(`not sent (${sent()}): ${shownText(form)}`);
    });
    unmountAll();
  });

  it('a registrar finds the person by a Latin spelling, opens the case and prints the receipt', async () => {
    await signInAs('registrar');
    const search = await mountStaff<HwCaseSearch>('hw-case-search', { session });
    const root = search.shadowRoot!;
    await until(() => root.querySelector('hw-text-field[name=q]')?.shadowRoot?.querySelector('input'), WAIT);
    await typeInto(root.querySelector('hw-text-field[name=q]')!, SPOKEN);
    await userEvent.keyboard('{Enter}');
    const list = () => root.querySelector<HwCaseList>('hw-case-list')!.shadowRoot!;
    await until(() => list().querySelectorAll('tbody tr').length === 1, WAIT);
    const row = shownText(list().querySelector('tbody tr')!);
    expect(row).toContain(NAME);
    expect(shownText(list().querySelector('[role=status]')!)).toBe('1 case found');
    expect(await axeViolations(search)).toEqual([]);

    // Opening the case from the list with the keyboard; the page opens it in place.
    const opened = new Promise<CustomEvent<{ id: string; caseNumber: string }>>((resolve) =>
      search.addEventListener(
        'hw-open-case',
        (e) => {
          e.preventDefault();
          resolve(e as CustomEvent);
        },
        { once: true },
      ),
    );
    list().querySelector<HTMLElement>('tbody a, tbody button')!.focus();
    await userEvent.keyboard('{Enter}');
    const { id, caseNumber } = (await opened).detail;
    Object.assign(found, { caseId: id, caseNumber });
    expect(caseNumber).toMatch(/^[A-Z]+-\d{2}-\d{5}-\d$/);
    search.remove();

    const view = await mountStaff<HwCaseView>('hw-case-view', { session }, { 'case-id': id });
    await until(() => view.shadowRoot!.querySelector('[part=header]'), WAIT);
    expect(shownText(view.shadowRoot!.querySelector('[part=header]')!)).toContain(`Case ${caseNumber}`);
    expect(shownText(view.shadowRoot!.querySelector('[part=person]')!)).toContain(NAME);
    expect(await axeViolations(view)).toEqual([]);
    view.remove();

    const receipt = await mountStaff<HwReceipt>('hw-receipt', { session }, { 'case-id': id });
    const paper = receipt.shadowRoot!;
    await until(() => paper.querySelector('[part=page]'), WAIT);
    expect(shownText(paper.querySelector('.case-number')!)).toBe(caseNumber);
    expect(paper.querySelector('svg.qr')!.getAttribute('aria-label')).toContain(caseNumber);
    expect(shownText(paper)).toContain('Royal Embassy of Cambodia');
    await withPrintMedia(() => {
      // Printed: the page alone (no button), on one A4 page with 15 mm margins.
      expect(paper.querySelector('[part=print]')!.getClientRects()).toHaveLength(0);
      const height = paper.querySelector<HTMLElement>('[part=page]')!.getBoundingClientRect().height;
      expect(height).toBeLessThan(((297 - 30) / 25.4) * 96);
    });
    expect(await axeViolations(receipt)).toEqual([]);
  });

  it('a caseworker moves the case on through a 412, and refers only where the person consented', async () => {
    await signInAs('caseworker');
    // Signing out took every staff element's contents off the screen.
    for (const el of staffElements()) expect(shownText(el)).not.toContain(NAME);
    document.body.querySelector('hw-receipt')?.remove();

    const view = await mountStaff<HwCaseView>('hw-case-view', { session }, { 'case-id': found.caseId });
    const root = view.shadowRoot!;
    const live = () => root.querySelector('.live')!.textContent!.trim();
    const part = (name: string) => root.querySelector(`[part~=${name}]`)!;
    await until(() => root.querySelector('select#to'), WAIT);
    const changeTo = async (status: string) => {
      const select = root.querySelector<HTMLSelectElement>('select#to')!;
      select.value = status;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      root.querySelector<HTMLButtonElement>('.status-form button[type=submit]')!.click();
    };
    await changeTo('assessed');
    await until(() => live() === 'Status changed to Needs assessed.', WAIT).catch(() => {
      throw new Error(`status not changed: ${live()}`);
    });

    // Meanwhile another officer records that the person agreed to share with one partner only.
    await commands.otherOfficerNamesPartners(found.caseId, [CONSENTED_PARTNER]);
    await changeTo('documents_issued');
    await until(() => part('conflict'), WAIT);
    const conflict = shownText(part('conflict'));
    expect(conflict).toContain('Someone else changed this case');
    expect(conflict).toContain(CONSENTED_PARTNER);
    expect(conflict).toContain('Your change: status Documents issued.');
    expect(await axeViolations(view)).toEqual([]);
    const reapply = [...part('conflict').querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Apply my change again'),
    )!;
    reapply.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => live() === 'Status changed to Documents issued.', WAIT);
    expect(part('conflict')).toBeNull();
    expect(shownText(part('header'))).toContain('Documents issued');

    // The referral form offers the consented partner only; the other is listed, disabled, with the reason.
    const form = root.querySelector<HwReferralForm>('hw-referral-form')!;
    const refRoot = form.shadowRoot!;
    await until(() => refRoot.querySelectorAll('select#partner option').length === 3, WAIT);
    const options = [...refRoot.querySelectorAll<HTMLOptionElement>('select#partner option')].filter(
      (o) => o.value,
    );
    const shelter = options.find((o) => o.textContent!.trim() === CONSENTED_PARTNER)!;
    const other = options.find((o) => o.textContent!.includes(OTHER_PARTNER))!;
    expect(shelter.disabled).toBe(false);
    expect(other.disabled).toBe(true);
    expect(other.textContent!.trim()).toBe(`${OTHER_PARTNER}: no consent to share`);

    const message = () => shownText(refRoot.querySelector('[part=message]')!);
    const sent = new Promise<CustomEvent>((resolve) =>
      form.addEventListener('hw-referral-sent', (e) => resolve(e as CustomEvent), { once: true }),
    );
    refRoot.querySelector<HTMLSelectElement>('select#partner')!.focus();
    await userEvent.keyboard('{ArrowDown}');
    await until(() => !refRoot.querySelector<HTMLSelectElement>('select#service')!.disabled, WAIT);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    found.referralId = ((await sent).detail.referral as { id: string }).id;
    expect(message()).toBe(`Referred to ${CONSENTED_PARTNER}.`);
    await until(() => shownText(part('referrals')).includes(`${CONSENTED_PARTNER}`), WAIT);

    // The server has the last word: a referral to the partner without consent is refused with its reason.
    expect(await form.refer(other.value, 'legal')).toBe(false);
    expect(message()).toContain(`Not referred: the person has not agreed to share with ${OTHER_PARTNER}.`);
    expect(message()).toContain('has not consented');
    expect(await axeViolations(view)).toEqual([]);
  });

  it('an analyst sees suppressed statistics only, and no case', async () => {
    await signInAs('analyst');
    for (const el of staffElements()) expect(shownText(el)).not.toContain(NAME);
    document.body.replaceChildren(signIn);
    const chart = document.createElement('hw-bar-chart') as HwBarChart;
    chart.setAttribute('src', '/api/stats/intake/count?by=person.citizenship');
    chart.setAttribute('heading', 'Registrations by citizenship');
    document.body.append(chart);
    // The single registration is a count under 11: shown as suppressed, never as the number.
    await until(() => shownText(chart).includes('<11'), WAIT);
    expect(shownText(chart)).not.toMatch(/\b1 registration/);
    const cases = await session.api.GET('/api/cases');
    expect(cases.response.status).toBe(403);
    chart.remove();
  });

  it('the partner sees only the referral made to them, and no case', async () => {
    await signInAs('partner');
    const referrals = await session.api.GET('/api/referrals');
    expect(referrals.data?.items?.map((r) => r.id)).toEqual([found.referralId]);
    const profile = await session.api.GET('/api/referrals/{id}', {
      params: { path: { id: found.referralId } },
    });
    expect(profile.response.status).toBe(200);
    expect((await session.api.GET('/api/cases')).response.status).toBe(403);
    expect(
      (await session.api.GET('/api/cases/{id}', { params: { path: { id: found.caseId } } })).response.status,
    ).toBe(403);
    // Signing out leaves nothing of the person in this browser's storage.
    await session.signOut();
    expect(await findPlaintext([NAME, found.caseNumber])).toEqual([]);
  });
});
