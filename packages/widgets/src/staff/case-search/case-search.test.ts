import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define/case-search.js';
import type { HwCaseSearch } from '../../define/case-search.js';
import { axeViolations } from '../../shared/testing/axe.js';
import { findPlaintext } from '../../shared/testing/storage-scan.js';
import type { HwCaseList } from '../case-search/case-list.js';
import { fakeSession, mountStaff, shownText, until } from '../testing/mount.js';

afterEach(() => document.body.replaceChildren());

async function mountSearch(attrs: Record<string, string> = {}, pageSize = 25) {
  const session = await fakeSession();
  const el = await mountStaff<HwCaseSearch>('hw-case-search', { session, pageSize }, attrs);
  const root = el.shadowRoot!;
  await until(() => root.querySelector('hw-text-field[name=q]')?.shadowRoot?.querySelector('input'));
  const list = () => root.querySelector<HwCaseList>('hw-case-list')!;
  const rows = () => [...list().shadowRoot!.querySelectorAll('tbody tr')].map((r) => shownText(r));
  const count = () => list().shadowRoot!.querySelector('[role=status]')!.textContent!.trim();
  return { el, root, list, rows, count, session };
}

async function typeInto(root: ShadowRoot, name: string, text: string) {
  const input = root.querySelector(`hw-text-field[name=${name}]`)!.shadowRoot!.querySelector('input')!;
  input.focus();
  await userEvent.keyboard(text);
}

describe('hw-case-search', { timeout: 40_000 }, () => {
  it('finds a person by a differently spelled name with the keyboard and announces the row count', async () => {
    const { root, rows, count, el } = await mountSearch();
    await typeInto(root, 'q', 'Rizki');
    await userEvent.keyboard('{Enter}');
    await until(() => rows().length === 1);
    expect(rows()[0]).toContain('PNH-26-00042-7');
    expect(rows()[0]).toContain('Rizky');
    expect(rows()[0]).toContain('Minor');
    expect(count()).toBe('1 case found');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('finds a Han name from its Latin spelling', async () => {
    const { root, rows } = await mountSearch();
    await typeInto(root, 'q', 'Zhang Wei');
    await userEvent.keyboard('{Enter}');
    await until(() => rows().length === 1);
    expect(rows()[0]).toContain('张伟');
    expect(rows()[0]).toContain('Zhang Wei');
  });

  it('sorts by a column header, says so with aria-sort, and pages with "Show more" moving focus to the new rows', async () => {
    const { root, rows, list, count } = await mountSearch({}, 2);
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => rows().length === 2);
    expect(count()).toBe('5 cases found');
    expect(shownText(list().shadowRoot!.querySelector('caption')!)).toContain('Showing 2 of 5');
    const numberHeader = () => list().shadowRoot!.querySelectorAll('thead th')[0]!;
    numberHeader().querySelector('button')!.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => numberHeader().getAttribute('aria-sort') === 'ascending' && rows().length === 2);
    expect(rows()[0]).toContain('PNH-26-00042-7');
    const firstPage = rows();
    const more = [...list().shadowRoot!.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Show more'),
    )!;
    more.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => rows().length === 4);
    expect(rows().slice(0, 2)).toEqual(firstPage);
    expect(list().shadowRoot!.activeElement?.textContent?.trim()).toBe(
      list().shadowRoot!.querySelectorAll('tbody .open')[2]!.textContent!.trim(),
    );
  });

  it('says when nothing matches, in French', async () => {
    const { root, count, el } = await mountSearch({ lang: 'fr' });
    await until(() => shownText(el).includes('Retrouver une personne'));
    await typeInto(root, 'q', 'Nobody Here');
    await userEvent.keyboard('{Enter}');
    await until(() => count() !== '');
    expect(count()).toBe('Aucun dossier ne correspond à cette recherche.');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('opens a case by its link and leaves no search or record text in storage or the address', async () => {
    const { root, rows, list, el } = await mountSearch({ 'case-href': '#case={id}' });
    await typeInto(root, 'q', 'Rizky');
    await userEvent.keyboard('{Enter}');
    await until(() => rows().length === 1);
    const opened = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('hw-open-case', (e) => {
        e.preventDefault();
        resolve(e as CustomEvent);
      }),
    );
    const link = list().shadowRoot!.querySelector<HTMLAnchorElement>('a.open')!;
    expect(link.getAttribute('href')).toBe('#case=3f1c2a9e-8d4b-4c6a-9f2e-1b7d5e0a4c11');
    link.focus();
    await userEvent.keyboard('{Enter}');
    expect((await opened).detail.caseNumber).toBe('PNH-26-00042-7');
    expect(await findPlaintext(['Rizky', 'Sumatera'])).toEqual([]);
  });

  it('drops the results when the staff member signs out', async () => {
    const { root, rows, session, el } = await mountSearch();
    await typeInto(root, 'q', 'Rizky');
    await userEvent.keyboard('{Enter}');
    await until(() => rows().length === 1);
    await session.signOut();
    await until(() => rows().length === 0);
    expect(shownText(el)).not.toContain('Rizky');
  });

  it('shows a server failure as a message, not an empty table', async () => {
    const { root, rows, el, session } = await mountSearch();
    // The session's API answering 500 from now on.
    session.api.use({ onRequest: () => new Response('{}', { status: 500 }) as unknown as Request });
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => root.querySelector('[role=alert]'));
    expect(shownText(root.querySelector('[role=alert]')!)).toContain('The server answered 500');
    expect(rows()).toEqual([]);
    void el;
  });
});
