import { type StatTable, tableFromCSV, tableToCSV } from '@homeward/core';

/**
 * Core's table CSV, kept in a module of its own that charts import on demand: reading and writing CSV needs a CSV
 * library that a chart which is only looked at never loads.
 */

/** The table as drawn (suppressed cells as `<11`, never a value) as CSV with its HXL hashtag row. */
export function writeTableCsv(table: StatTable): string {
  return tableToCSV(table, { hxl: true });
}

/** A table read from CSV text, or the first line that could not be read. */
export function readTableCsv(text: string): { table: StatTable } | { line: number } {
  const { table, errors } = tableFromCSV(text);
  const first = errors[0];
  return first ? { line: first.line } : { table };
}
