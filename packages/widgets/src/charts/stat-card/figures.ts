import type { StatTable } from '@homeward/core';
import { checkTable } from '../shared/check-table.js';
import { protect } from '../shared/disclosure.js';
import type { ChartProblem } from '../shared/problems.js';

/** A published figure and where it comes from: `{ value: 1440, source: { name: 'Le Monde', date: '2026-01-20' } }`. */
export interface FigureInput {
  value: number | null;
  suppressed?: boolean;
  source?: { name: string; date?: string; url?: string };
  /** The day the figure is for ("as of"), `YYYY-MM-DD`. */
  date?: string;
}

/** A figure ready to show: its value, or only that it is suppressed. */
export interface Figure {
  value: number | null;
  suppressed: boolean;
  source: { name: string; date?: string; url?: string } | undefined;
  date: string | undefined;
  /** How the figure was perturbed (core's cell key method), when it comes from a perturbed table. */
  perturbation?: NonNullable<StatTable['perturbation']>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A lone number as the table core's disclosure control takes: no dimensions, the number as its total. */
function tableOf(value: number): StatTable {
  return {
    measure: 'count',
    unit: 'people',
    dimensions: [],
    cells: [],
    margins: [],
    total: { keys: [], value, suppressed: false, includesSuppressed: false },
    denominator: value,
    excluded: [],
  };
}

function sourceOf(value: unknown): Figure['source'] {
  if (!isObject(value) || typeof value.name !== 'string' || !value.name.trim()) return undefined;
  return {
    name: value.name,
    ...(typeof value.date === 'string' ? { date: value.date } : {}),
    ...(typeof value.url === 'string' ? { url: value.url } : {}),
  };
}

/**
 * One figure of a stat card from a core table (its total) or a published number with its source, checked like any
 * chart data and passed through core's disclosure control unless `k` is 0. Never throws.
 */
export function figureFrom(input: unknown, k: number): Figure | ChartProblem {
  if (input === undefined || input === null) return { code: 'missing' };
  if (!isObject(input)) return { code: 'notTable' };
  let table: StatTable;
  let date: string | undefined;
  if ('cells' in input || 'dimensions' in input) {
    const checked = checkTable(input, { minDimensions: 0, maxDimensions: 2 });
    if (!checked.ok) return checked.problem;
    table = checked.table;
    date = table.window?.to;
  } else {
    const { value } = input;
    if (input.suppressed === true) {
      return { value: null, suppressed: true, source: sourceOf(input.source), date: undefined };
    }
    if (value === undefined || value === null) return { code: 'missing' };
    if (typeof value !== 'number' || !Number.isFinite(value))
      return { code: 'notNumber', key: sourceOf(input.source)?.name ?? '' };
    if (value < 0) return { code: 'negative', key: sourceOf(input.source)?.name ?? '' };
    table = { ...tableOf(value), ...(sourceOf(input.source) ? { source: sourceOf(input.source)! } : {}) };
    date = typeof input.date === 'string' ? input.date : undefined;
  }
  const shown = k > 0 ? protect(table, k) : table;
  return {
    value: shown.total.suppressed ? null : shown.total.value,
    suppressed: shown.total.suppressed,
    source: table.source,
    date: date ?? table.source?.date,
    ...(table.perturbation ? { perturbation: table.perturbation } : {}),
  };
}
