import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define/referral-form.js';
import type { HwReferralForm } from '../../define/referral-form.js';
import { axeViolations } from '../../shared/testing/axe.js';
import type { CaseDetail } from '../api/contract.js';
import { fakeCases } from '../testing/fake-api.js';
import { fakeSession, mountStaff, shownText, until } from '../testing/mount.js';

afterEach(() => document.body.replaceChildren());

const [rizky, , hoa] = fakeCases();

async function mountForm(id: string, attrs: Record<string, string> = {}, edit?: (d: CaseDetail) => void) {
  const session = await fakeSession();
  const { data } = await session.api.GET('/api/cases/{id}', { params: { path: { id } } });
  const caseDetail = data as unknown as CaseDetail;
  edit?.(caseDetail);
  const el = await mountStaff<HwReferralForm>('hw-referral-form', { session, caseDetail }, attrs);
  const root = el.shadowRoot!;
  await until(() => root.querySelectorAll('select#partner option').length > 1);
  const options = () =>
    [...root.querySelectorAll<HTMLOptionElement>('select#partner option')]
      .filter((o) => o.value)
      .map((o) => `${o.value}${o.disabled ? ' (disabled)' : ''}`);
  const message = () => shownText(root.querySelector('[part=message]')!);
  return { el, root, options, message };
}

describe('hw-referral-form', { timeout: 40_000 }, () => {
  it('offers only the partners the person consented to and refers with the keyboard', async () => {
    const { el, root, options, message } = await mountForm(hoa!.id);
    expect(options()).toEqual(['vn-embassy', 'safe-house (disabled)', 'legal-aid (disabled)']);
    expect(shownText(root.querySelector('select#partner')!)).toContain(
      'Safe House Phnom Penh: no consent to share',
    );
    const sent = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('hw-referral-sent', (e) => resolve(e as CustomEvent), { once: true }),
    );
    root.querySelector<HTMLSelectElement>('select#partner')!.focus();
    await userEvent.keyboard('{ArrowDown}');
    await until(() => !root.querySelector<HTMLSelectElement>('select#service')!.disabled);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.tab();
    await userEvent.keyboard('Speaks Vietnamese only');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await until(() => message() !== '');
    expect(message()).toBe('Referred to Vietnamese embassy.');
    const { referral } = (await sent).detail;
    expect(referral).toMatchObject({ partnerId: 'vn-embassy', service: 'shelter', status: 'sent' });
    expect(referral.note).toBe('Speaks Vietnamese only');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('shows the server’s refusal (422) when consent does not cover the partner any more', async () => {
    // The page's copy still names Safe House; the server's record does not.
    const { el, message } = await mountForm(hoa!.id, {}, (d) => {
      d.record.consent.shareWithPartners!.partners = ['Vietnamese embassy', 'Safe House Phnom Penh'];
    });
    expect(await el.refer('safe-house', 'medical')).toBe(false);
    await el.updateComplete;
    expect(message()).toContain(
      'Not referred: the person has not agreed to share with Safe House Phnom Penh.',
    );
    expect(message()).toContain('has not consented to share their record with Safe House Phnom Penh');
    expect(el.shadowRoot!.querySelector('[role=alert]')).not.toBeNull();
  });

  it('says when the person consented to no partner, in Khmer, and passes axe', async () => {
    const { el, options } = await mountForm(rizky!.id, { lang: 'km' });
    await until(() => shownText(el).includes('មិនបានយល់ព្រម') || shownText(el).includes('ដៃគូ'));
    expect(options().every((o) => o.endsWith('(disabled)'))).toBe(true);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('asks for a partner and a service before sending', async () => {
    const { root, message } = await mountForm(hoa!.id);
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => message() !== '');
    expect(message()).toBe('Choose a partner and a service.');
  });
});
