/**
 * How one value becomes one CSV cell and back.
 *
 * - Lists of scalars are joined with `|`. Inside an item, `\` is written `\\` and `|` is written `\|`, so any text
 *   survives the round trip. An empty list carries nothing and is written as an empty cell.
 * - Formula guard: spreadsheet programs run a cell that starts with `=`, `+`, `-`, `@`, tab or carriage return as a
 *   formula (CSV injection), and turn `+6281…` into a number. Such text cells get a leading `'`, which spreadsheets
 *   hide and which `fromCSV` removes again. A value that already starts with `'` before one of those characters gets
 *   one more, so the rule can be undone exactly.
 */

export const LIST_SEPARATOR = '|';

const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;

/** RFC 4180 quoting: only cells holding a comma, quote or line break are quoted. */
export function quoteCell(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replace(QUOTE, '""')}"` : cell;
}

const FORMULA_START = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function unguardFormula(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}

const ITEM_SPECIALS = /[\\|]/g;

/** The items as one cell; items that are not text are written as `String` writes them. */
export function joinList(items: readonly unknown[]): string {
  let out = '';
  for (let i = 0; i < items.length; i++) {
    const item = String(items[i]);
    if (i > 0) out += LIST_SEPARATOR;
    out += item.includes('\\') || item.includes('|') ? item.replace(ITEM_SPECIALS, '\\$&') : item;
  }
  return out;
}

/** Splits a list cell on unescaped `|` and undoes the escapes; empty items (`a||b`) are dropped. */
export function splitList(cell: string): string[] {
  if (!cell.includes('\\')) return cell.split(LIST_SEPARATOR).filter((item) => item !== '');
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i]!;
    if (ch === '\\' && i + 1 < cell.length) {
      current += cell[++i];
    } else if (ch === LIST_SEPARATOR) {
      if (current !== '') items.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (current !== '') items.push(current);
  return items;
}

const TRUE = new Set(['true', 'yes', 'y', '1']);
const FALSE = new Set(['false', 'no', 'n', '0']);

/** `true`/`false` as we write them; `yes`/`no`/`1`/`0` as other tools do. Anything else is kept for the validator. */
export function parseBoolean(cell: string): boolean | string {
  // As we write them first: no copy made for the common case.
  if (cell === 'true') return true;
  if (cell === 'false') return false;
  const lower = cell.trim().toLowerCase();
  if (TRUE.has(lower)) return true;
  if (FALSE.has(lower)) return false;
  return cell;
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** A decimal number, as JavaScript writes it; anything else is kept as text so the validator names the problem. */
export function parseNumber(cell: string): number | string {
  const trimmed = cell.trim();
  return NUMBER.test(trimmed) ? Number(trimmed) : cell;
}
