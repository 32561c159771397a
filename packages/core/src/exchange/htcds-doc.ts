/** The HTCDS mapping table of docs/htcds-mapping.md, generated from the field catalogue and exchange/htcds.ts. */
import { type IntakeFieldPath, intakeFieldCatalog } from '../records/catalog.js';
import { HTCDS_GAPS, HTCDS_RULES } from './htcds.js';

const escapePipes = (text: string) => text.replaceAll('|', '\\|');

function roundTrip(path: IntakeFieldPath): string {
  const rule = HTCDS_RULES[path];
  if (!rule) return '';
  if (!rule.from) return 'export only';
  return rule.lossless ? 'lossless' : 'partly';
}

/** One Markdown table row per intake catalogue field, in catalogue order. */
export function htcdsMappingTable(): string {
  const lines = [
    '| Homeward field | Sensitivity | HTCDS field | Values (ours → HTCDS) | Round trip | Notes |',
    '|---|---|---|---|---|---|',
  ];
  for (const [path, meta] of Object.entries(intakeFieldCatalog) as [
    IntakeFieldPath,
    { htcds?: string; sensitivity: string },
  ][]) {
    const rule = HTCDS_RULES[path];
    const values = rule?.values
      ? Object.entries(rule.values)
          .map(([ours, theirs]) => `\`${ours}\` → ${theirs.includes(' ') ? theirs : `\`${theirs}\``}`)
          .join('<br>')
      : '';
    const event = rule?.event ? ` (${rule.event} event)` : '';
    const field = meta.htcds ? `\`${meta.htcds}\`${event}` : '—';
    const note = rule?.note ?? HTCDS_GAPS[path] ?? '';
    lines.push(
      `| \`${path}\` | ${meta.sensitivity} | ${field} | ${escapePipes(values)} | ${roundTrip(path)} | ${escapePipes(note)} |`,
    );
  }
  return lines.join('\n');
}
