// The validation report (`pnpm report`): validates records and prints a readable report: per record, ok or
// each issue with its path and message; the ILO forced-labour screening; minors flagged for child protection; then
// summary counts. Runs from source with tsx, so it works on a fresh clone without a build.
//
//   tsx scripts/report.ts                         the example records (@homeward/core/examples)
//   tsx scripts/report.ts records.json more.jsonl  records from files: a JSON array, one JSON record, or JSON lines
//   --locale km                                    messages and labels in another language (en, fr, id, zh-Hans, km)
//
// Names, phone numbers and document numbers are never printed: a report is read over shoulders and pasted into
// tickets. Exits with 1 when a record is refused.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { incidentExamples, intakeExamples } from '../src/examples/index.js';
import { iloKey, type LabelCatalog, loadLabels, optionKey } from '../src/i18n/index.js';
import type { IncidentRecord } from '../src/records/incident.js';
import type { IntakeRecord } from '../src/records/intake.js';
import type { IloIndicator } from '../src/reference/ilo-indicators.js';
import { resolveLocale } from '../src/reference/locales.js';
import {
  migrate,
  type ScreeningResult,
  screen,
  type ValidationResult,
  validateIncident,
} from '../src/validate/index.js';

export interface ReportInput {
  /** Where the records come from, for the heading. */
  source: string;
  records: unknown[];
  locale?: string;
}

export interface ReportCounts {
  intake: {
    valid: number;
    invalid: number;
    meetsThreshold: number;
    inconclusive: number;
    childProtection: number;
  };
  incident: { valid: number; invalid: number };
  unknown: number;
}

/** Intake records have a person; incident records have sources and people affected. */
function kindOf(record: unknown): 'intake' | 'incident' | 'unknown' {
  if (typeof record !== 'object' || record === null) return 'unknown';
  if ('person' in record) return 'intake';
  if ('sources' in record || 'peopleAffected' in record) return 'incident';
  return 'unknown';
}

const short = (id: unknown) => (typeof id === 'string' ? id.slice(0, 8) : '(no id)');

function issueLines(result: ValidationResult<unknown>): string[] {
  if (result.ok) return [];
  return result.issues.map(
    (issue) => `      ${issue.path.join('.') || '(record)'}: ${issue.message} [${issue.code}]`,
  );
}

function screeningLine(screening: ScreeningResult, labels: LabelCatalog): string {
  const name = (id: IloIndicator) => labels[iloKey(id, 'short')] ?? id;
  const { involuntariness, penalty } = screening.byElement;
  const verdict = screening.meetsThreshold
    ? 'meets the ILO threshold for forced labour'
    : screening.conclusive
      ? 'does not meet the ILO threshold'
      : 'inconclusive: the threshold is not met, but unanswered indicators could meet it';
  const involuntary = [
    ...involuntariness.present.map(name),
    ...(screening.unfreeRecruitment ? [`${screening.unfreeRecruitment} recruitment`] : []),
  ];
  return [
    `      ILO screening: ${verdict}`,
    `        involuntariness: ${involuntary.join(', ') || 'none'}; menace of penalty: ${penalty.present.map(name).join(', ') || 'none'}`,
    `        ${screening.present.length} of 11 indicators present, ${screening.missing} not asked or unknown, ${screening.declined} declined`,
  ].join('\n');
}

function intakeSummary(record: IntakeRecord): string {
  const exploitation = record.exploitation;
  const where = exploitation
    ? [exploitation.province ?? exploitation.country, exploitation.locality].filter(Boolean).join(' ')
    : '';
  const left = record.departure?.how;
  return [
    record.person.citizenship.join('/'),
    `registered ${record.registrationDate} at ${record.office}`,
    where && `held in ${where}`,
    left && `left: ${left}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

function incidentSummary(record: IncidentRecord, labels: LabelCatalog): string {
  const { dates, location, peopleAffected: people, sources } = record;
  const verified = sources.filter((s) => s.verification.status === 'verified').length;
  return [
    labels[optionKey('INCIDENT_TYPES', record.type)] ?? record.type,
    [location.province ?? location.country, location.locality].filter(Boolean).join(' '),
    `${dates.start}${dates.end ? ` to ${dates.end}` : ''} (${dates.precision})`,
    `${people.min}–${people.best}–${people.max} people`,
    `${sources.length} source${sources.length === 1 ? '' : 's'}, ${verified} verified`,
  ].join(' · ');
}

/** The report's text and counts, for the given records. */
export async function report({
  source,
  records,
  locale,
}: ReportInput): Promise<{ text: string; counts: ReportCounts }> {
  const labels = await loadLabels(locale ?? 'en');
  const counts: ReportCounts = {
    intake: { valid: 0, invalid: 0, meetsThreshold: 0, inconclusive: 0, childProtection: 0 },
    incident: { valid: 0, invalid: 0 },
    unknown: 0,
  };
  const intakeLines: string[] = [];
  const incidentLines: string[] = [];
  const otherLines: string[] = [];
  for (const [index, record] of records.entries()) {
    const kind = kindOf(record);
    const id = short((record as { id?: unknown } | null)?.id);
    if (kind === 'intake') {
      // migrate() validates current records and upgrades older ones first.
      const result = migrate(record, { locale });
      if (!result.ok) {
        counts.intake.invalid++;
        intakeLines.push(`  ✗ ${id}  refused, ${result.issues.length} issue(s):`, ...issueLines(result));
        continue;
      }
      counts.intake.valid++;
      const value = result.value;
      const screening = screen(value);
      if (screening.meetsThreshold) counts.intake.meetsThreshold++;
      else if (!screening.conclusive) counts.intake.inconclusive++;
      intakeLines.push(`  ✓ ${short(value.id)}  ${intakeSummary(value)}`, screeningLine(screening, labels));
      if (value.childProtection) {
        counts.intake.childProtection++;
        intakeLines.push(
          '      Child protection: FLAGGED (under 18 at registration, or possibly at recruitment)',
        );
      }
    } else if (kind === 'incident') {
      const result = validateIncident(record, { locale });
      if (result.ok) {
        counts.incident.valid++;
        incidentLines.push(`  ✓ ${short(result.value.id)}  ${incidentSummary(result.value, labels)}`);
      } else {
        counts.incident.invalid++;
        incidentLines.push(`  ✗ ${id}  refused, ${result.issues.length} issue(s):`, ...issueLines(result));
      }
    } else {
      counts.unknown++;
      otherLines.push(
        `  ✗ record ${index + 1}: neither an intake record (no person) nor an incident (no sources)`,
      );
    }
  }
  const { intake, incident } = counts;
  const text = [
    `Homeward validation report (${resolveLocale(locale)})`,
    `Source: ${source}: ${records.length} record(s). Names and contact details are not shown.`,
    '',
    `Intake records (${intake.valid + intake.invalid})`,
    ...intakeLines,
    '',
    `Incident records (${incident.valid + incident.invalid})`,
    ...incidentLines,
    ...(otherLines.length ? ['', 'Not records', ...otherLines] : []),
    '',
    'Summary',
    `  intake:   ${intake.valid} valid, ${intake.invalid} refused; ${intake.meetsThreshold} meet the ILO forced-labour threshold, ${intake.inconclusive} inconclusive; ${intake.childProtection} flagged for child protection`,
    `  incident: ${incident.valid} valid, ${incident.invalid} refused`,
    ...(counts.unknown ? [`  not records: ${counts.unknown}`] : []),
  ].join('\n');
  return { text, counts };
}

/** Records from a file: a JSON array, a single JSON record, or JSON lines. */
export function readRecords(file: string): unknown[] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed : [parsed];
  } catch {
    return text
      .split(/\r?\n/)
      .filter((line) => line.trim())
      .map((line) => {
        try {
          return JSON.parse(line) as unknown;
        } catch {
          return `unreadable line: ${line.slice(0, 40)}`;
        }
      });
  }
}

async function main(argv: string[]) {
  const localeFlag = argv.indexOf('--locale');
  const locale = localeFlag >= 0 ? argv[localeFlag + 1] : undefined;
  const files = argv.filter((arg, i) => !arg.startsWith('--') && (localeFlag < 0 || i !== localeFlag + 1));
  const input: ReportInput = files.length
    ? // Paths are relative to where the command was typed: pnpm runs this script from the package's folder.
      {
        source: files.join(', '),
        records: files.map((f) => resolve(process.env.INIT_CWD ?? '.', f)).flatMap(readRecords),
        locale,
      }
    : {
        source: 'the example records (@homeward/core/examples)',
        records: [...intakeExamples, ...incidentExamples],
        locale,
      };
  const { text, counts } = await report(input);
  console.log(text);
  if (counts.intake.invalid || counts.incident.invalid || counts.unknown) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main(process.argv.slice(2));
