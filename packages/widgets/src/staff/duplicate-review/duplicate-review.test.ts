import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define/duplicate-review.js';
import type { HwDuplicateReview } from '../../define/duplicate-review.js';
import { axeViolations } from '../../shared/testing/axe.js';
import type { DuplicatePairView } from '../api/contract.js';
import { fakeSession, mountStaff, shownText, until } from '../testing/mount.js';
import { alignPair, DuplicateReviewModel } from './duplicate-review-model.js';

afterEach(() => document.body.replaceChildren());

async function mountReview(attrs: Record<string, string> = {}) {
  const session = await fakeSession();
  const el = await mountStaff<HwDuplicateReview>('hw-duplicate-review', { session }, attrs);
  const root = el.shadowRoot!;
  await until(() => root.querySelector('[part=pair]') && shownText(root).includes('Comparison'));
  const message = () => shownText(root.querySelector('[part=message]')!);
  return { el, root, session, message };
}

describe('DuplicateReviewModel (no DOM)', () => {
  const pair = (id: string) =>
    ({
      id,
      status: 'open',
      probability: 0.9,
      explanation: { band: 'match', weight: 3, reasons: [], comparisons: [] },
      a: { id: `${id}a`, caseNumber: 'A', displayName: 'Rizky', citizenship: ['ID'] },
      b: { id: `${id}b`, caseNumber: 'B', displayName: 'Rizki', citizenship: ['ID'] },
      createdAt: '',
    }) as unknown as DuplicatePairView;

  it('asks for a survivor and a reason, confirms, and reports a 409 as a conflict', async () => {
    const calls: string[] = [];
    let status = 409;
    const model = new DuplicateReviewModel(
      {
        resolve: async (id, action) => {
          calls.push(`${id}:${action}`);
          return { status };
        },
      },
      () => {},
    );
    model.load([pair('p1'), pair('p2')]);
    model.askMerge();
    expect(model.state.invalid).toBe('keep');
    model.choose('b');
    model.askMerge();
    expect(model.state.invalid).toBe('reason');
    model.setReason('same passport');
    await model.merge();
    expect(calls).toEqual([]); // not confirmed yet
    model.askMerge();
    expect(model.state.confirming).toBe(true);
    await model.merge();
    expect(model.state.outcome).toEqual({ kind: 'conflict', message: undefined });
    expect(model.state.pairs).toHaveLength(2);
    status = 200;
    model.askMerge();
    await model.merge();
    expect(calls).toEqual(['p1:merge', 'p1:merge']);
    expect(model.state.outcome).toEqual({ kind: 'merged', caseNumber: 'B' });
    expect(model.current?.id).toBe('p2');
  });

  it('takes chosen fields from the other registration: every record field of the row, only when it differs', async () => {
    const bodies: unknown[] = [];
    const model = new DuplicateReviewModel(
      {
        resolve: async (_id, _action, body) => {
          bodies.push(body);
          return { status: 200 };
        },
      },
      () => {},
    );
    const differing = pair('p1');
    Object.assign(differing.a, { sex: 'male', ageBand: '25-29' });
    Object.assign(differing.b, { sex: 'male', ageBand: '30-34' });
    model.load([differing, pair('p2')]);
    model.choose('a');
    // Name and age differ (sex and citizenship do not; case number and status stay with the case).
    expect(model.choosableRows.map((r) => r.row)).toEqual(['displayName', 'ageBand']);
    expect(model.sideOf('displayName')).toBe('a');
    model.takeValue('ageBand', 'b');
    model.takeValue('caseNumber', 'b');
    expect(model.takenFromOther).toEqual(['ageBand']);
    model.setReason('same passport');
    model.askMerge();
    await model.merge();
    expect(bodies[0]).toEqual({
      keep: 'a',
      fields: { 'person.birthDate': 'b', 'person.age': 'b', 'person.ageBand': 'b' },
      reason: 'same passport',
    });
    // Keeping the other record turns the same choice around; the next pair starts with no choices.
    expect(model.state.take).toEqual({});
    model.choose('b');
    model.takeValue('displayName', 'a');
    model.setReason('same');
    model.askMerge();
    await model.merge();
    expect(bodies[1]).toEqual({ keep: 'b', fields: { 'person.fullName': 'a' }, reason: 'same' });
  });

  it('skips to the next pair and keeps the skipped one for later; marks differing rows', () => {
    const model = new DuplicateReviewModel({ resolve: async () => ({ status: 200 }) }, () => {});
    model.load([pair('p1'), pair('p2')]);
    model.skip();
    expect(model.state.pairs.map((p) => p.id)).toEqual(['p2', 'p1']);
    const rows = alignPair(pair('x'));
    expect(rows.find((r) => r.row === 'displayName')?.differs).toBe(true);
    expect(rows.find((r) => r.row === 'citizenship')?.differs).toBe(false);
  });
});

describe('hw-duplicate-review', { timeout: 40_000 }, () => {
  it('shows the pair side by side with the explanation, and merges with the keyboard after confirming', async () => {
    const { el, root, session, message } = await mountReview();
    const text = shownText(root);
    expect(text).toContain('Assessment: likely the same person');
    expect(text).toContain('names match as spelling variants');
    expect(text).toContain('Name ( differs ) Rizky Rizki');
    // Values named in the page's language from core's field registry: countries by CLDR, statuses by core's labels.
    expect(text).toContain('Citizenship Indonesia Indonesia');
    expect(text).toContain('Status Registered Registered');
    expect(await axeViolations(el)).toEqual([]);
    const resolved = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('hw-duplicate-resolved', (e) => resolve(e as CustomEvent), { once: true }),
    );
    root.querySelector<HTMLInputElement>('#keep-a')!.focus();
    await userEvent.keyboard(' ');
    // Then, for the name (which differs), which spelling the merged record keeps: the kept record's by default.
    await until(() => root.querySelector('[part=field-choices]'));
    await userEvent.tab();
    expect(root.activeElement?.id).toBe('take-displayName-a');
    await userEvent.tab();
    expect(root.activeElement?.id).toBe('reason');
    await userEvent.keyboard('Same passport photo');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await until(() => root.querySelector('[part=confirm]'));
    expect(shownText(root.querySelector('[part=confirm]')!)).toContain('this cannot be undone');
    expect(await axeViolations(el)).toEqual([]);
    expect(root.activeElement?.classList.contains('confirm')).toBe(true);
    await userEvent.keyboard('{Enter}');
    await until(() => message() !== '');
    expect(message()).toMatch(/^Merged into case /);
    expect((await resolved).detail).toMatchObject({ action: 'merge', keep: 'a' });
    const { data } = await session.api.GET('/api/duplicates', { params: { query: { status: 'merged' } } });
    expect(data?.items).toHaveLength(1);
    expect(shownText(root)).toContain('No possible duplicates to review.');
  });

  it('shows a 409 as a clear conflict message', async () => {
    const { root, session, message } = await mountReview();
    await session.api.POST('/api/duplicates/{id}/dismiss', {
      params: { path: { id: 'dup-1' } },
      body: { reason: 'elsewhere' },
    });
    root.querySelector<HTMLTextAreaElement>('#reason')!.focus();
    await userEvent.keyboard('Different mothers');
    root.querySelector<HTMLButtonElement>('button.dismiss')!.click();
    await until(() => message() !== '');
    expect(message()).toContain('Someone else resolved or changed this pair');
  });

  it('is localized and axe clean in every locale', async () => {
    const band: Record<string, string> = {
      fr: 'Évaluation : probablement la même personne',
      id: 'Penilaian: kemungkinan orang yang sama',
      'zh-Hans': '评估：很可能是同一人',
      km: 'ការវាយតម្លៃ៖ ទំនងជាមនុស្សតែមួយ',
    };
    for (const [lang, expected] of Object.entries(band)) {
      const session = await fakeSession();
      const el = await mountStaff<HwDuplicateReview>('hw-duplicate-review', { session }, { lang });
      await until(() => shownText(el.shadowRoot!).includes(expected));
      // The citizenship is named in the page's language (CLDR), not shown as its code.
      const indonesia = new Intl.DisplayNames([lang], { type: 'region' }).of('ID')!;
      expect(shownText(el.shadowRoot!.querySelector('[part=pair]')!)).toContain(`${indonesia} ${indonesia}`);
      expect(await axeViolations(el)).toEqual([]);
      // With a record to keep: the per-field choices, then the confirmation listing what is taken.
      el.model.choose('a');
      el.model.takeValue('displayName', 'b');
      el.model.setReason('x');
      el.model.askMerge();
      await until(
        () =>
          el.shadowRoot!.querySelector('[part=field-choices]') &&
          el.shadowRoot!.querySelector('[part=confirm]'),
      );
      expect(shownText(el.shadowRoot!.querySelector('[part=confirm]')!)).not.toContain('staff.dup');
      expect(await axeViolations(el)).toEqual([]);
      el.remove();
    }
  });
});
