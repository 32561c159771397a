/**
 * One record as one CSV line, following a row program (csv-plan.ts). The hot path per value: read it, test with one
 * regular expression whether it needs quoting or the formula guard, store it; the line is one native `join`. (Writing
 * UTF-8 bytes with a character loop was tried and was slower: V8 reads the characters of strings of mixed internal
 * kinds, as records hold them, several times slower in a JavaScript loop than its own join and regexp code do.) The
 * rare cell that needs care is written by the rules of cells.ts.
 */
import { guardFormula, joinList, quoteCell } from './cells.js';
import { ENTER_ARRAY, ENTER_OBJECT, EXIT, LIST, type RowPlan, SCALAR } from './csv-plan.js';

/** A cell that needs work: quoting (comma, quote, line break) or the formula guard (see cells.ts). */
const NEEDS_CARE = /^['=+\-@\t\r]|[",\r\n]/;
/** A list item that needs work: any of the above, or the list's own separator and escape (`|`, `\`). */
const FIRST_ITEM_CARE = /^['=+\-@\t\r]|[",\r\n|\\]/;
const ITEM_CARE = /[",\r\n|\\]/;

function textCell(text: string, guard: boolean): string {
  return NEEDS_CARE.test(text) ? quoteCell(guard ? guardFormula(text) : text) : text;
}

/** A list of scalars as one cell: items joined with `|` (cells.ts), written as a text cell. */
function listCell(items: readonly unknown[], guard: boolean): string {
  // Most lists are a few plain codes (`ID`, `facebook|telegram`): then the cell is the items as they are.
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (typeof item !== 'string' || (i === 0 ? FIRST_ITEM_CARE : ITEM_CARE).test(item)) {
      return textCell(joinList(items), guard);
    }
  }
  return items.length === 1 ? (items[0] as string) : items.join('|');
}

/** Collects lines; `take` hands them over as one text and starts again. */
export class RowWriter {
  private readonly cells: string[];
  private readonly stack: unknown[];
  private lines: string[] = [];

  constructor(
    private readonly plan: RowPlan,
    private readonly guard: boolean,
  ) {
    this.cells = new Array<string>(plan.columns).fill('');
    this.stack = new Array(plan.depth + 1).fill(null);
  }

  /** One record as one line. */
  row(record: unknown): void {
    const { ops, keys, skip, width } = this.plan;
    const { cells, stack, guard } = this;
    let ci = 0;
    let sp = 0;
    // biome-ignore lint/suspicious/noExplicitAny: records are read by key, whatever their type
    let cur: any = record;
    if (cur === null || typeof cur !== 'object') cells.fill('');
    else {
      const n = ops.length;
      for (let pc = 0; pc < n; ) {
        const op = ops[pc]!;
        if (op === EXIT) {
          cur = stack[--sp];
          pc++;
          continue;
        }
        const v = cur[keys[pc]!];
        if (op === ENTER_OBJECT || op === ENTER_ARRAY) {
          if (op === ENTER_ARRAY ? Array.isArray(v) : v !== null && typeof v === 'object') {
            stack[sp++] = cur;
            cur = v;
            pc++;
          } else {
            // Nothing there: every column below is empty.
            for (let end = ci + width[pc]!; ci < end; ci++) cells[ci] = '';
            pc = skip[pc]!;
          }
          continue;
        }
        pc++;
        if (v === undefined || v === null) cells[ci++] = '';
        else if (typeof v === 'string') cells[ci++] = textCell(v, guard);
        // Numbers and booleans as JavaScript writes them (the shortest text that reads back as the same value),
        // never quoted or guarded.
        else if (op === SCALAR && typeof v === 'number') cells[ci++] = String(v);
        else if (op === SCALAR && typeof v === 'boolean') cells[ci++] = v ? 'true' : 'false';
        else if (op === LIST && Array.isArray(v)) cells[ci++] = listCell(v, guard);
        else cells[ci++] = textCell(String(v), guard);
      }
    }
    this.lines.push(cells.join(','));
  }

  /** The lines since the last take, each ending in CRLF. */
  take(): string {
    const lines = this.lines;
    lines.push('');
    this.lines = [];
    return lines.join('\r\n');
  }
}
