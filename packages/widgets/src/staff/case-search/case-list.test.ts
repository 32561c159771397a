import { afterEach, describe, expect, it } from 'vitest';
import '../../define/case-list.js';
import type { HwCaseList } from './case-list.js';

afterEach(() => document.body.replaceChildren());

/** The live region that announces the row count. */
const status = (list: HwCaseList) =>
  list.shadowRoot?.querySelector('[part="count"]')?.textContent?.trim() ?? '';

describe('<hw-case-list> on its own', () => {
  it('announces nothing until its locale has come, then the count in that language, never a raw key', async () => {
    const list = document.createElement('hw-case-list') as HwCaseList;
    list.setAttribute('lang', 'fr');
    list.total = 3;
    const heard: string[] = [];
    document.body.append(list);
    await list.updateComplete;
    heard.push(status(list));
    const deadline = Date.now() + 10_000;
    while (!/3/.test(status(list)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      heard.push(status(list));
    }
    expect(heard.filter((text) => text.includes('staff.'))).toEqual([]);
    expect(status(list)).toMatch(/3/);
    expect(status(list)).not.toMatch(/cases/);
  });
});
