/**
 * What the matcher gets wrong on the labelled set: a sample of missed true pairs (with whether blocking found them)
 * and of false matches, each with both records' evidence and the comparison. For tuning, not a benchmark:
 *   pnpm exec tsx bench/matching-errors.ts [--records 50000] [--show 25] [--threshold 0.8]
 */
import type { IntakeRecord } from '../src/index.js';
import { DEFAULT_THRESHOLDS, estimateMatchModel, findMatches } from '../src/matching/index.js';
import { prepareRecord } from '../src/matching/prepare.js';
import { compareRecords } from '../src/matching/score.js';
import { forEachCandidatePair } from '../src/matching/search.js';
import { labelledSet } from '../test/matching/labelled-set.js';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}
const threshold = option('threshold', DEFAULT_THRESHOLDS.match);
const show = option('show', 25);
const { records, truth, matches } = labelledSet(option('records', 50_000), option('seed', 7));
const model = estimateMatchModel(records);
const found = findMatches(records, { model, minProbability: 0 });
const byId = new Map(records.map((r) => [r.id, r]));
const prepared = records.map(prepareRecord);
const blocked = new Set<string>();
forEachCandidatePair(prepared, (i, j) => blocked.add(`${records[i]!.id} ${records[j]!.id}`));

const summary = (r: IntakeRecord) => {
  const p = r.person;
  return [
    p.fullName,
    p.latinName ? `(${p.latinName})` : '',
    p.citizenship.join('/'),
    p.sex ?? '-',
    p.birthDate ?? (p.age !== undefined ? `age ${p.age}@${r.registrationDate}` : (p.ageBand ?? 'no age')),
    `doc ${r.documents?.map((d) => d.number ?? '-').join(',') ?? '-'}`,
    `tel ${p.phones?.join(',') ?? '-'}`,
    `ex ${r.recruitment?.date ?? '-'}/${r.exploitation?.startDate ?? '-'} ${r.exploitation?.locality ?? ''}`,
  ].join(' | ');
};
const levels = (a: IntakeRecord, b: IntakeRecord) => {
  const result = compareRecords(a, b, { model });
  return `p=${result.probability.toFixed(3)} ${result.comparisons.map((c) => `${c.field}:${c.level}(${c.weight})`).join(' ')}`;
};

const reported = new Map(found.map((p) => [`${p.first} ${p.second}`, p.probability]));
const missed = [...truth].filter((pair) => (reported.get(pair) ?? 0) < threshold);
const notBlocked = missed.filter((pair) => !blocked.has(pair));
const falses = found.filter((p) => p.probability >= threshold && !truth.has(`${p.first} ${p.second}`));
console.log(
  `${matches} true pairs; missed at ${threshold}: ${missed.length} (${notBlocked.length} never compared); false: ${falses.length}`,
);
console.log(`model: ${JSON.stringify(model.fields)} prior ${model.prior}`);
const print = (title: string, pairs: [string, string][]) => {
  console.log(`\n== ${title}`);
  for (const [a, b] of pairs.slice(0, show)) {
    console.log(
      `  ${summary(byId.get(a)!)}\n  ${summary(byId.get(b)!)}\n    ${levels(byId.get(a)!, byId.get(b)!)}`,
    );
  }
};
const spread = <T>(list: T[]) => list.filter((_, i) => i % Math.max(1, Math.floor(list.length / show)) === 0);
print(
  'never compared',
  spread(notBlocked).map((p) => p.split(' ') as [string, string]),
);
print(
  'compared, below threshold',
  spread(missed.filter((p) => blocked.has(p))).map((p) => p.split(' ') as [string, string]),
);
print(
  'false matches',
  spread(falses).map((p) => [p.first, p.second]),
);
