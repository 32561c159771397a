/**
 * The windows public tables are published for: whole calendar months, or everything up to the snapshot date. Any
 * other window (one day apart from another, any start and end) would let a watcher collect independent draws of the
 * same cell or locate a record's day by bisection (docs/disclosure-control.md, "Does not guarantee").
 */
import type { StatQuery } from '../services/statistics.js';

const firstOfMonth = (date: string) => /^\d{4}-\d{2}-01$/.test(date);

function lastOfMonth(date: string): boolean {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.getUTCDate() === 1;
}

/**
 * The window a public query is answered for, ending no later than the snapshot date, or undefined when the query
 * asks for a window that is not published: `from` must be the first day of a month, `to` the last day of a month
 * (or absent: up to the snapshot date). A daily series is not published (a day is too fine a window).
 */
export function publicWindow(
  query: StatQuery,
  snapshotDate: string,
): { from?: string; to: string } | undefined {
  if (query.stat === 'series' && query.interval === 'day') return undefined;
  if (query.from !== undefined && !firstOfMonth(query.from)) return undefined;
  if (query.to !== undefined && !lastOfMonth(query.to)) return undefined;
  const to = query.to === undefined || query.to > snapshotDate ? snapshotDate : query.to;
  return { ...(query.from !== undefined ? { from: query.from } : {}), to };
}
