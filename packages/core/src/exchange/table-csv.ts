/**
 * A statistics table (`StatTable`) as tidy CSV and back, for charts (`src` loading, "download the data") and public
 * endpoints. One row per cell: a column per dimension (its codes; `*` in a margin or total row), `value`, `flag`,
 * then the table's metadata repeated on every row, so a row keeps its meaning when a spreadsheet sorts or filters.
 *
 * A suppressed cell is written as `<k` (`<11`), never as a number: its value is not in the table to begin with. The
 * same marker stands for any other count disclosure control hid (null in the table): the denominator, or a count of
 * excluded records (`missing_value:<11`). It reads "not shown: below k, or hidden so that a count below k cannot be
 * worked out", and is read back as null.
 *
 * | column | holds |
 * |---|---|
 * | `<field>` or `<field>.<interval>` | the dimension's value (`ID`, `2026-W02`), `*` for all |
 * | `<field>_label` | with `labels` (see `tableLabels`): the value's name in a language (`Indonésie`, `Total`) |
 * | `value` | the number, or `<k` when suppressed |
 * | `flag` | `suppressed`, `rounded`, `includes_suppressed` (on a total), joined by `|` |
 * | `denominator` | records considered, or `<k` when disclosure control hid it |
 * | `excluded` | `reason:count` for each reason records were left out, joined by `|`; a hidden count is `<k` |
 * | `measure`, `unit`, `window_from`, `window_to`, `cumulative`, `k`, `round_to`, `source`, `source_date`, `source_url` | the table's other metadata |
 */
import { incidentFieldCatalog, intakeFieldCatalog } from '../records/catalog.js';
import {
  ALL,
  type ExclusionReason,
  type StatCell,
  type StatDimension,
  type StatTable,
} from '../stats/table.js';
import { LIST_SEPARATOR, quoteCell } from './cells.js';
import { isBlank, parseRows } from './csv-rows.js';
import { decodeText, type TextInput } from './decode.js';
import { isHashtagRow } from './hxl.js';
import { FORMAT_MESSAGES, type ImportError } from './import-errors.js';
import type { TableLabels } from './table-labels.js';

/** How `tableToCSV` writes a statistics table: the HXL row and labels for the fields and values. */
export interface TableToCSVOptions {
  /** Write the HXL hashtag row under the header; default true. */
  hxl?: boolean;
  /** Add a label column after each dimension: `labels: tableLabels(locale, await loadLabels(locale))`. */
  labels?: TableLabels;
}

/** What `tableFromCSV` read: the statistics table and the rows or columns it could not use. */
export interface TableFromCSVResult {
  table: StatTable;
  /** Rows that could not be read (they are left out of `table`), and missing columns. */
  errors: ImportError[];
}

const INTERVALS = ['day', 'week', 'month'] as const;
const MARKER = /^<\s*(\d+)$/;
const LINE_END = '\r\n';

const META = [
  ['measure', '#meta+measure'],
  ['unit', '#meta+unit'],
  ['denominator', '#population+num+denominator'],
  ['excluded', '#meta+excluded'],
  ['window_from', '#date+start+window'],
  ['window_to', '#date+end+window'],
  ['cumulative', '#meta+cumulative'],
  ['k', '#meta+threshold'],
  ['round_to', '#meta+rounding'],
  ['source', '#meta+source'],
  ['source_date', '#date+source'],
  ['source_url', '#meta+url'],
] as const;
type MetaName = (typeof META)[number][0];

const VALUE_TAG: Record<StatTable['measure'], string> = {
  count: '#indicator+num+count',
  sum: '#value+total',
  quantile: '#indicator+num+quantile',
  estimate: '#affected+num+estimate',
};

const catalogTag = (field: string): string | undefined =>
  (intakeFieldCatalog as Record<string, { hxl: string }>)[field]?.hxl ??
  (incidentFieldCatalog as Record<string, { hxl: string }>)[field]?.hxl;

function dimensionHeader(dimension: StatDimension): string {
  return dimension.interval ? `${dimension.field}.${dimension.interval}` : dimension.field;
}

function dimensionTag(dimension: StatDimension): string {
  const tag =
    catalogTag(dimension.field) ??
    `#x_dimension+${dimension.field.replace(/[^a-z0-9_]+/gi, '_').toLowerCase()}`;
  return dimension.interval ? `${tag}+${dimension.interval}` : tag;
}

function labelTag(tag: string): string {
  return tag.includes('+code') ? tag.replace('+code', '+name') : `${tag}+name`;
}

/** A count, or the suppression marker where disclosure control left null. */
const countText = (count: number | null, marker: string) => (count === null ? marker : String(count));

/** A count written by `countText`: null for a suppression marker (and for `null`, as older exports wrote it). */
function readCount(text: string): number | null {
  const trimmed = text.trim();
  return MARKER.test(trimmed) || trimmed === 'null' ? null : Number(trimmed);
}

function metaValues(table: StatTable, marker: string): Record<MetaName, string> {
  return {
    measure: table.measure,
    unit: table.unit,
    denominator: countText(table.denominator, marker),
    excluded: table.excluded.map((e) => `${e.reason}:${countText(e.count, marker)}`).join(LIST_SEPARATOR),
    window_from: table.window?.from ?? '',
    window_to: table.window?.to ?? '',
    cumulative: table.cumulative === undefined ? '' : String(table.cumulative),
    k: table.disclosure ? String(table.disclosure.k) : '',
    round_to: table.disclosure?.roundTo === undefined ? '' : String(table.disclosure.roundTo),
    source: table.source?.name ?? '',
    source_date: table.source?.date ?? '',
    source_url: table.source?.url ?? '',
  };
}

function flagsOf(cell: StatCell, includesSuppressed = false): string {
  const flags: string[] = [];
  if (cell.suppressed) flags.push('suppressed');
  if (cell.rounded) flags.push('rounded');
  if (includesSuppressed) flags.push('includes_suppressed');
  return flags.join(LIST_SEPARATOR);
}

/** The table as tidy CSV text: cells, then margins, then the grand total. */
export function tableToCSV(table: StatTable, options: TableToCSVOptions = {}): string {
  const labels = options.labels;
  const k = table.disclosure?.k ?? 11;
  const marker = `<${k}`;

  const header: string[] = [];
  const tags: string[] = [];
  table.dimensions.forEach((dimension) => {
    header.push(dimensionHeader(dimension));
    tags.push(dimensionTag(dimension));
    if (labels) {
      header.push(`${dimensionHeader(dimension)}_label`);
      tags.push(labelTag(dimensionTag(dimension)));
    }
  });
  header.push('value', 'flag', ...META.map(([name]) => name));
  tags.push(VALUE_TAG[table.measure] ?? '#indicator+num', '#meta+flag', ...META.map(([, tag]) => tag));

  const meta = metaValues(table, marker);
  const metaCells = META.map(([name]) => quoteCell(meta[name]));
  const line = (cell: StatCell, flags: string) => {
    const cells: string[] = [];
    cell.keys.forEach((key, i) => {
      cells.push(quoteCell(key));
      if (!labels) return;
      const dimension = table.dimensions[i]!;
      const label = dimension.interval && key !== ALL ? undefined : labels.label(dimension.field, key);
      cells.push(quoteCell(label ?? ''));
    });
    cells.push(cell.suppressed ? marker : cell.value === null ? '' : String(cell.value), flags, ...metaCells);
    return cells.join(',');
  };

  const lines = [header.map(quoteCell).join(',')];
  if (options.hxl ?? true) lines.push(tags.map(quoteCell).join(','));
  for (const cell of table.cells) lines.push(line(cell, flagsOf(cell)));
  for (const cell of table.margins) lines.push(line(cell, flagsOf(cell)));
  lines.push(line(table.total, flagsOf(table.total, table.total.includesSuppressed)));
  return lines.join(LINE_END) + LINE_END;
}

function parseDimensionHeader(header: string): StatDimension {
  for (const interval of INTERVALS) {
    if (header.endsWith(`.${interval}`))
      return { field: header.slice(0, -interval.length - 1), interval, values: [] };
  }
  return { field: header, values: [] };
}

function numberOrUndefined(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

function denominatorFrom(text: string | undefined): number | null {
  if (text !== undefined && readCount(text) === null) return null;
  return numberOrUndefined(text) ?? 0;
}

function metaFrom(
  read: (name: MetaName) => string | undefined,
): Omit<StatTable, 'dimensions' | 'cells' | 'margins' | 'total'> {
  const measure = (read('measure') || 'count') as StatTable['measure'];
  const excluded = (read('excluded') ?? '')
    .split(LIST_SEPARATOR)
    .filter((e) => e.includes(':'))
    .map((e) => {
      const [reason, count] = e.split(':');
      return { reason: reason as ExclusionReason, count: readCount(count ?? '') };
    });
  const table: Omit<StatTable, 'dimensions' | 'cells' | 'margins' | 'total'> = {
    measure,
    unit: read('unit') || 'records',
    denominator: denominatorFrom(read('denominator')),
    excluded,
  };
  const from = read('window_from');
  const to = read('window_to');
  if (from || to) table.window = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  const cumulative = read('cumulative');
  if (cumulative) table.cumulative = cumulative === 'true';
  const k = numberOrUndefined(read('k'));
  const roundTo = numberOrUndefined(read('round_to'));
  if (k !== undefined) table.disclosure = { k, ...(roundTo !== undefined ? { roundTo } : {}) };
  const source = read('source');
  if (source) {
    const date = read('source_date');
    const url = read('source_url');
    table.source = { name: source, ...(date ? { date } : {}), ...(url ? { url } : {}) };
  }
  return table;
}

/**
 * Reads a table written by `tableToCSV` (with or without the HXL row, label columns, or metadata columns). A
 * suppressed cell (`<11`) is read back as suppressed, with no value. Rows that cannot be read are reported.
 */
export function tableFromCSV(input: TextInput): TableFromCSVResult {
  const { text } = decodeText(input);
  const rows = parseRows(text).filter((row) => !isBlank(row.cells));
  const errors: ImportError[] = [];
  const empty: StatTable = {
    measure: 'count',
    unit: 'records',
    dimensions: [],
    cells: [],
    margins: [],
    total: { keys: [], value: null, suppressed: false, includesSuppressed: false },
    denominator: 0,
    excluded: [],
  };
  const header = rows[0]?.cells.map((h) => h.trim());
  const valueAt = header?.indexOf('value') ?? -1;
  if (!header || valueAt === -1) {
    errors.push({
      line: 1,
      code: 'empty_file',
      message: 'The file has no header row with a "value" column.',
    });
    return { table: empty, errors };
  }
  const flagAt = header.indexOf('flag');
  const dimensionAt = header
    .map((h, i) => [h, i] as const)
    .filter(([h, i]) => i < valueAt && !h.endsWith('_label'))
    .map(([h, i]) => ({ dimension: parseDimensionHeader(h), index: i }));
  const dataFrom = rows[1] && isHashtagRow(rows[1].cells) ? 2 : 1;
  const first = rows[dataFrom]?.cells;
  const table: StatTable = {
    ...empty,
    ...metaFrom((name) => {
      const i = header.indexOf(name);
      return i === -1 ? undefined : first?.[i];
    }),
    dimensions: dimensionAt.map((d) => d.dimension),
  };
  let total: StatTable['total'] | undefined;
  for (let r = dataFrom; r < rows.length; r++) {
    const { cells: row, line, errors: parseErrors } = rows[r]!;
    if (parseErrors.length > 0) {
      errors.push({ line, code: 'unclosed_quote', message: FORMAT_MESSAGES.unclosed_quote });
      continue;
    }
    const raw = (row[valueAt] ?? '').trim();
    const marker = MARKER.exec(raw);
    // An empty value is a statistic with nothing to compute (a median of no records), not a suppressed one.
    const number = marker || raw === '' ? null : numberOrUndefined(raw);
    if (number === undefined) {
      errors.push({
        line,
        column: 'value',
        code: 'invalid_number',
        message: 'The value is neither a number nor a suppression marker such as <11.',
      });
      continue;
    }
    const flags = flagAt === -1 ? [] : (row[flagAt] ?? '').split(LIST_SEPARATOR);
    const keys = dimensionAt.map(({ index }) => (row[index] ?? '').trim());
    // A row flagged suppressed stays suppressed even if someone typed a number over its marker.
    const suppressed = marker !== null || flags.includes('suppressed');
    const cell: StatCell = { keys, value: suppressed ? null : number, suppressed };
    if (flags.includes('rounded')) cell.rounded = true;
    if (keys.every((key) => key === ALL)) {
      total = { ...cell, includesSuppressed: flags.includes('includes_suppressed') };
    } else if (keys.includes(ALL)) table.margins.push(cell);
    else table.cells.push(cell);
    keys.forEach((key, i) => {
      const values = table.dimensions[i]!.values;
      if (key !== ALL && !values.includes(key)) values.push(key);
    });
  }
  table.total = total ?? {
    keys: dimensionAt.map(() => ALL),
    value: null,
    suppressed: false,
    includesSuppressed: false,
  };
  if (!total)
    errors.push({
      line: 1,
      code: 'invalid_row',
      message: 'The file has no total row (every dimension "*").',
    });
  return { table, errors };
}
