import type { ChartProblem } from './problems.js';

export type Loaded = { ok: true; value: unknown } | { ok: false; problem: ChartProblem };

/**
 * Fetches a chart's `src`: JSON (a table, or an array of records to count) or CSV (a table with its HXL hashtag
 * row), told apart by the content type and, failing that, by the first character. This is the only network call a
 * chart makes. Never throws: every failure comes back as a problem to show (an abort resolves too, and is ignored
 * by the caller).
 */
export async function loadSource(url: string, signal: AbortSignal): Promise<Loaded> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      credentials: 'same-origin',
      headers: { Accept: 'application/json, text/csv;q=0.9' },
    });
  } catch {
    return { ok: false, problem: { code: 'fetch', url, status: 'network' } };
  }
  if (!response.ok) {
    return { ok: false, problem: { code: 'fetch', url, status: `HTTP ${response.status}` } };
  }
  try {
    const text = (await response.text()).replace(/^\uFEFF/, '');
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('json') || /^\s*[[{]/.test(text)) return { ok: true, value: JSON.parse(text) };
    const { readTableCsv } = await import('./table-csv.js');
    const read = readTableCsv(text);
    if ('line' in read) return { ok: false, problem: { code: 'csvLine', url, line: read.line } };
    return { ok: true, value: read.table };
  } catch {
    return { ok: false, problem: { code: 'unreadable', url } };
  }
}
