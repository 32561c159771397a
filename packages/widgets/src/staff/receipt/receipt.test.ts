import { encode } from 'uqr';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define/receipt.js';
import type { HwReceipt } from '../../define/receipt.js';
import { axeViolations } from '../../shared/testing/axe.js';
import { withPrintMedia } from '../../shared/testing/emulate.js';
import { fakeCases } from '../testing/fake-api.js';
import { fakeSession, mountStaff, shownText, until } from '../testing/mount.js';

afterEach(() => document.body.replaceChildren());

const [rizky, zhang] = fakeCases();

async function mountReceipt(id: string, attrs: Record<string, string> = {}) {
  const session = await fakeSession();
  const el = await mountStaff<HwReceipt>('hw-receipt', { session }, { 'case-id': id, ...attrs });
  await until(() => el.shadowRoot!.querySelector('[part=page], [role=alert]'));
  return { el, root: el.shadowRoot!, session };
}

/** A4 height minus 15 mm margins, in CSS pixels. */
const PRINTABLE_HEIGHT = ((297 - 30) / 25.4) * 96;

describe('hw-receipt', { timeout: 40_000 }, () => {
  it('prints the case number large and as a QR code, in the office’s and the person’s language', async () => {
    const { el, root } = await mountReceipt(rizky!.id, { 'office-name': 'KBRI Phnom Penh' });
    await until(() => shownText(root).includes('Tanda'));
    const text = shownText(root);
    expect(text).toContain('Registration receipt');
    expect(root.querySelector('h1 [lang=id]')).not.toBeNull();
    expect(shownText(root.querySelector('.case-number')!)).toBe('PNH-26-00042-7');
    const qr = root.querySelector('svg.qr')!;
    expect(qr.getAttribute('aria-label')).toBe('QR code of case number PNH-26-00042-7');
    // Every dark module of the case number's code is drawn, and nothing else.
    const dark = encode('PNH-26-00042-7', { ecc: 'M', border: 4 }).data.flat().filter(Boolean).length;
    expect(qr.querySelector('path')!.getAttribute('d')!.match(/M/g)).toHaveLength(dark);
    expect(text).toContain('Your emergency travel document is being prepared');
    expect(text).toContain('KBRI Phnom Penh');
    expect(text).toContain('No. 1, Street 466');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('shows nothing sensitive: no indicators, documents, consent or notes', async () => {
    const { root } = await mountReceipt(rizky!.id);
    const text = shownText(root);
    for (const sensitive of ['Passport', 'confiscated', 'child', 'Consent', 'indicator', 'Minor'])
      expect(text.toLowerCase()).not.toContain(sensitive.toLowerCase());
  });

  it('fits one page when printed, without its button, the case number still large', async () => {
    const { root } = await mountReceipt(zhang!.id);
    await withPrintMedia(async () => {
      const page = root.querySelector<HTMLElement>('[part=page]')!;
      expect(root.querySelector('[part=print]')!.getClientRects()).toHaveLength(0);
      expect(getComputedStyle(root.querySelector('.actions')!).display).toBe('none');
      expect(page.getBoundingClientRect().height).toBeLessThan(PRINTABLE_HEIGHT);
      expect(
        Number.parseFloat(getComputedStyle(root.querySelector('.case-number')!).fontSize),
      ).toBeGreaterThan(30);
      expect(getComputedStyle(page).color).toBe('rgb(0, 0, 0)');
    });
    expect(root.querySelector('[part=print]')!.getClientRects()).toHaveLength(1);
  });

  it('prints once when the person speaks the office’s language, in Chinese, and passes axe', async () => {
    const { el, root } = await mountReceipt(zhang!.id, { lang: 'zh-Hans' });
    await until(() => shownText(root).includes('回执'));
    expect(root.querySelector('.second')).toBeNull();
    expect(await axeViolations(el)).toEqual([]);
  });

  it('opens the print dialog from the keyboard', async () => {
    const { root } = await mountReceipt(zhang!.id);
    let printed = 0;
    const original = window.print;
    window.print = () => {
      printed++;
    };
    try {
      root.querySelector<HTMLButtonElement>('[part=print]')!.focus();
      await userEvent.keyboard('{Enter}');
      expect(printed).toBe(1);
    } finally {
      window.print = original;
    }
  });

  it('forgets the receipt on sign-out', async () => {
    const { root, session } = await mountReceipt(rizky!.id);
    await session.signOut();
    await until(() => !shownText(root).includes('Rizky'));
  });
});
