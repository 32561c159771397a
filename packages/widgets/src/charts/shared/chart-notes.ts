import type { StatTable } from '@homeward/core';
import { html, nothing, type TemplateResult } from 'lit';
import { perturbationNote } from './disclosure.js';
import type { Mark } from './marks.js';
import type { ChartText } from './text.js';

export interface NoteContext {
  table: StatTable;
  marks: readonly Mark[];
  /** The threshold the table was suppressed at. */
  k: number;
  suppression: 'on' | 'off';
}

/** The lines under a chart, which its exports repeat: what "<11" means, the total's caveat, the source. */
export function noteLines(text: ChartText, { table, marks, k, suppression }: NoteContext): string[] {
  const lines: string[] = [];
  if (suppression === 'off') lines.push(text.t('suppressionOff'));
  const perturbed = perturbationNote(text, table);
  if (perturbed) lines.push(perturbed);
  const hidden = marks.some((m) => m.suppressed);
  if (hidden) lines.push(text.t('suppressionNote', { k }));
  if (hidden && table.total.includesSuppressed && !table.total.suppressed) {
    lines.push(text.t('totalIncludesHidden'));
  }
  if (table.dimensions.some((d) => d.multiValued)) lines.push(text.t('multiValuedNote'));
  if (table.source) {
    const { name, date } = table.source;
    lines.push(date ? text.t('sourceDated', { name, date: text.date(date) }) : text.t('source', { name }));
  }
  return lines;
}

/** The notes as a list; the source line links to the source; a chart's own notes follow the shared ones. */
export function renderNotes(text: ChartText, context: NoteContext, extra: readonly TemplateResult[] = []) {
  const lines = noteLines(text, context);
  if (lines.length === 0 && extra.length === 0) return nothing;
  const url = context.table.source?.url;
  return html`<ul class="notes" part="notes">
    ${lines.map(
      (line, i) =>
        html`<li class=${context.suppression === 'off' && i === 0 ? 'warning' : ''}>
          ${url && i === lines.length - 1 ? html`<a href=${url}>${line}</a>` : line}
        </li>`,
    )}
    ${extra}
  </ul>`;
}
