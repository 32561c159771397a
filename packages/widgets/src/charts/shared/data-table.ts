import { html, nothing, type TemplateResult } from 'lit';

/** What one table cell says: its visible text, and for a suppressed cell the words a screen reader speaks instead. */
export interface CellText {
  text: string;
  /** Spoken in place of `text` (e.g. "fewer than 11, not shown" for "<11"). */
  spoken?: string;
}

export interface TableView {
  caption: string;
  /** Column headers; the first names the row headers' column. */
  headers: string[];
  rows: { label: string; cells: CellText[] }[];
  footer?: { label: string; cells: CellText[] } | undefined;
}

function cell(c: CellText): TemplateResult {
  return c.spoken
    ? html`<td class="num hidden-value"><span aria-hidden="true">${c.text}</span><span class="visually-hidden"
          >${c.spoken}</span
        ></td>`
    : html`<td class="num">${c.text}</td>`;
}

/**
 * The chart's data as a real table: caption, column and row headers, a total row. It is the alternative to the
 * picture for anyone who cannot see it or wants the exact figures, and it never holds a suppressed value either.
 */
export function dataTable(view: TableView): TemplateResult {
  return html`<table part="table">
    <caption>
      ${view.caption}
    </caption>
    <thead>
      <tr>
        ${view.headers.map((h, i) => html`<th scope="col" class=${i === 0 ? '' : 'num'}>${h}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${view.rows.map((row) => html`<tr><th scope="row">${row.label}</th>${row.cells.map(cell)}</tr>`)}
    </tbody>
    ${
      view.footer
        ? html`<tfoot>
          <tr><th scope="row">${view.footer.label}</th>${view.footer.cells.map(cell)}</tr>
        </tfoot>`
        : nothing
    }
  </table>`;
}
