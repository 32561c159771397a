/** CSV text to rows, each with the line it starts on (a quoted value may span lines), through papaparse. */
import Papa from 'papaparse';

export interface ParsedRow {
  cells: string[];
  /** 1-based line of the file where the row starts. */
  line: number;
  errors: Papa.ParseError[];
}

/** `,`, `;` or tab, whichever the header line has most of (spreadsheets in many locales write `;`). */
export function guessDelimiter(text: string): string {
  const end = text.search(/\r|\n/);
  const first = end === -1 ? text : text.slice(0, end);
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

/** Excel's first-line hint naming the separator (`sep=;`), which it writes in some locales and honours on reading. */
const SEP_HINT = /^sep=([^\r\n])\r?\n/i;

/**
 * Calls `visit` with every row of `text` and the line it starts on, as the parser reaches it (rows are not held). The
 * separator is, in order: an Excel `sep=` first line, `delimiter`, or the one the header line has most of.
 */
export function eachRow(whole: string, visit: (row: ParsedRow) => void, delimiter?: string): void {
  const hint = SEP_HINT.exec(whole);
  const text = hint ? whole.slice(hint[0].length) : whole;
  const separator = hint?.[1] ?? delimiter ?? guessDelimiter(text);
  let start = 0;
  let line = hint ? 2 : 1;
  Papa.parse<string[]>(text, {
    delimiter: separator,
    skipEmptyLines: false,
    step: (result) => {
      const end = result.meta.cursor;
      visit({ cells: result.data, line, errors: result.errors });
      for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        // A line ends at \n, or at a \r not followed by \n (old Mac files).
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
      }
      start = end;
    },
  });
}

/** Every row of `text` with the line it starts on (see `eachRow`). */
export function parseRows(whole: string, delimiter?: string): ParsedRow[] {
  const rows: ParsedRow[] = [];
  eachRow(whole, (row) => rows.push(row), delimiter);
  return rows;
}

export function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}
