/** Count tables built straight from numbers, for disclosure-control tests. */
import { ALL, type StatCell, type StatTable } from '../../src/index.js';

const cell = (keys: string[], value: number): StatCell => ({ keys, value, suppressed: false });

function metadata(total: number, excluded: number[]) {
  const reasons = ['missing_value', 'research_consent_withdrawn', 'outside_window'] as const;
  const list = excluded.map((count, i) => ({ reason: reasons[i]!, count })).filter((e) => e.count > 0);
  return { excluded: list, denominator: total + list.reduce((s, e) => s + e.count, 0) };
}

export function vectorTable(values: number[], excluded: number[] = []): StatTable {
  const total = values.reduce((a, b) => a + b, 0);
  return {
    measure: 'count',
    unit: 'records',
    dimensions: [{ field: 'status', values: values.map((_, i) => `v${i}`) }],
    cells: values.map((v, i) => cell([`v${i}`], v)),
    margins: [],
    total: { ...cell([ALL], total), includesSuppressed: false },
    ...metadata(total, excluded),
  };
}

export function matrixTable(rows: number[][], excluded: number[] = []): StatTable {
  const columns = rows[0]!.length;
  const rowKeys = rows.map((_, i) => `r${i}`);
  const columnKeys = Array.from({ length: columns }, (_, j) => `c${j}`);
  const rowSums = rows.map((row) => row.reduce((a, b) => a + b, 0));
  const columnSums = columnKeys.map((_, j) => rows.reduce((s, row) => s + row[j]!, 0));
  const total = rowSums.reduce((a, b) => a + b, 0);
  return {
    measure: 'count',
    unit: 'records',
    dimensions: [
      { field: 'person.sex', values: rowKeys },
      { field: 'status', values: columnKeys },
    ],
    cells: rows.flatMap((row, i) => row.map((v, j) => cell([rowKeys[i]!, columnKeys[j]!], v))),
    margins: [
      ...rowSums.map((v, i) => cell([rowKeys[i]!, ALL], v)),
      ...columnSums.map((v, j) => cell([ALL, columnKeys[j]!], v)),
    ],
    total: { ...cell([ALL, ALL], total), includesSuppressed: false },
    ...metadata(total, excluded),
  };
}

/** Every entry of a count table by the label `hiddenRanges` uses, with its value. */
export function entryValues(table: StatTable): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const c of table.cells) out.set(`cell:${c.keys.join('|')}`, c.value);
  for (const c of table.margins) out.set(`margin:${c.keys.join('|')}`, c.value);
  if (!table.total.notApplicable) out.set('total', table.total.value);
  for (const e of table.excluded) out.set(`excluded:${e.reason}`, e.count);
  out.set('denominator', table.denominator);
  return out;
}
