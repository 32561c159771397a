/**
 * What the matcher gets wrong on the labelled set, and why: missed true pairs and false matches counted by the kind
 * of variant planted (test/matching/labelled-set.ts) and by comparison vector, then a sample of each with both
 * records' evidence and the comparison. For finding causes, not a benchmark:
 *   pnpm exec tsx bench/matching-errors.ts [--records 50000] [--show 25] [--threshold 0.8] [--kind 'hard: letter dropped']
 */
import type { IntakeRecord } from '../src/index.js';
import { DEFAULT_THRESHOLDS, estimateMatchModel, findMatches } from '../src/matching/index.js';
import { prepareRecord } from '../src/matching/prepare.js';
import { compareRecords } from '../src/matching/score.js';
import { forEachCandidatePair } from '../src/matching/search.js';
import { labelledSet, pairKind } from '../test/matching/labelled-set.js';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}
const threshold = option('threshold', DEFAULT_THRESHOLDS.match);
const show = option('show', 25);
const set = labelledSet(option('records', 50_000), option('seed', 7));
const { records, truth, matches } = set;
const kindAt = process.argv.indexOf('--kind');
const onlyKind = kindAt > 0 ? process.argv[kindAt + 1] : undefined;
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

const kindOf = (pair: string) => {
  const [a, b] = pair.split(' ') as [string, string];
  return pairKind(set, a, b);
};
const byKind = new Map<
  string,
  { 'true pairs': number; missed: number; 'never compared': number; false: number }
>();
const row = (kind: string) => {
  const r = byKind.get(kind) ?? { 'true pairs': 0, missed: 0, 'never compared': 0, false: 0 };
  byKind.set(kind, r);
  return r;
};
for (const pair of truth) row(kindOf(pair))['true pairs']++;
for (const pair of missed) row(kindOf(pair)).missed++;
for (const pair of notBlocked) row(kindOf(pair))['never compared']++;
for (const p of falses) row(pairKind(set, p.first, p.second)).false++;
console.log(
  `\nby kind of variant (false matches: the kinds of the two records; 'generated': two first registrations)`,
);
console.table(
  Object.fromEntries([...byKind].sort((x, y) => y[1].missed + y[1].false - x[1].missed - x[1].false)),
);

/** Comparison vectors (level per field, null fields left out), counted. */
const vectorOf = (a: IntakeRecord, b: IntakeRecord) =>
  compareRecords(a, b, { model })
    .comparisons.filter((c) => c.level !== 'null')
    .map((c) => `${c.field}:${c.level}`)
    .join(' ');
const tally = (pairs: [string, string][]) => {
  const counts = new Map<string, number>();
  for (const [a, b] of pairs) {
    const v = vectorOf(byId.get(a)!, byId.get(b)!);
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts].sort((x, y) => y[1] - x[1]).slice(0, 15);
};
console.log('\nmissed, compared, by comparison vector:');
for (const [v, c] of tally(missed.filter((p) => blocked.has(p)).map((p) => p.split(' ') as [string, string])))
  console.log(`  ${String(c).padStart(5)}  ${v}`);
console.log('false matches by comparison vector:');
for (const [v, c] of tally(falses.map((p) => [p.first, p.second])))
  console.log(`  ${String(c).padStart(5)}  ${v}`);
const print = (title: string, all: [string, string][]) => {
  const pairs = onlyKind ? all.filter(([a, b]) => pairKind(set, a, b) === onlyKind) : all;
  console.log(`\n== ${title}`);
  for (const [a, b] of pairs.slice(0, show)) {
    console.log(
      `  ${summary(byId.get(a)!)}\n  ${summary(byId.get(b)!)}\n    [${pairKind(set, a, b)}] ${levels(byId.get(a)!, byId.get(b)!)}`,
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
