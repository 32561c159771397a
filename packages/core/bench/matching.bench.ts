/**
 * Duplicate detection on a labelled caseload (test/matching/labelled-set.ts: generated records, planted hard
 * duplicates and look-alikes), today's `findDuplicates` and the Fellegi-Sunter matcher side by side in one run:
 * precision, recall and F1, a precision-recall curve, pairs compared, and timings (whole-caseload search, one new
 * record against the caseload). A script that prints, not a timed test:
 *   pnpm exec tsx bench/matching.bench.ts [--records 100000] [--queries 1000]
 */
import { loadavg } from 'node:os';
import {
  DEFAULT_THRESHOLDS,
  estimateMatchModel,
  explainMatch,
  findMatches,
  MatchIndex,
  type MatchPair,
} from '../src/matching/index.js';
import { prepareRecord } from '../src/matching/prepare.js';
import { forEachCandidatePair } from '../src/matching/search.js';
import { duplicateCandidates, findDuplicates } from '../src/privacy/duplicates.js';
import { labelledSet, pairKind } from '../test/matching/labelled-set.js';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}
const RECORDS = option('records', 100_000);
const QUERIES = option('queries', 1000);
const fmt = (n: number) => Math.round(n).toLocaleString('en');
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const out = run();
  return [out, performance.now() - start];
}

/** CPU milliseconds of this process (user + system) while `run` runs: steadier than wall time on a shared machine. */
function cpuTimed<T>(run: () => T): [T, number, number] {
  const cpu = process.cpuUsage();
  const [out, ms] = timed(run);
  const used = process.cpuUsage(cpu);
  return [out, ms, (used.user + used.system) / 1000];
}

console.log(`Node ${process.version}, load average ${load()}`);
const [set, generating] = timed(() => labelledSet(RECORDS, 7));
const { records, truth, matches } = set;
console.log(
  `${fmt(records.length)} records (${fmt(matches)} pairs are one person) generated in ${fmt(generating)} ms`,
);

function quality(found: number, reported: number) {
  const recall = found / matches;
  const precision = reported === 0 ? 1 : found / reported;
  const f1 = recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
  return { recall: recall.toFixed(3), precision: precision.toFixed(3), F1: f1.toFixed(3) };
}
const isTrue = (p: { first: string; second: string }) => truth.has(`${p.first} ${p.second}`);

// Before: today's matcher, at its own 0.9 cut-off.
const [before, beforeMs] = timed(() => findDuplicates(records));
const beforePairs = duplicateCandidates(records).length;

// After: the model estimated from the caseload, then the whole-caseload search.
const [model, estimateMs] = timed(() => estimateMatchModel(records));
const [after, afterMs, afterCpuMs] = cpuTimed(() => findMatches(records, { model, minProbability: 0.01 }));
const afterPairs = forEachCandidatePair(records.map(prepareRecord), () => {});
const atDefault = after.filter((p) => p.probability >= DEFAULT_THRESHOLDS.match);
const inReview = after.filter((p) => p.probability >= DEFAULT_THRESHOLDS.review);

console.table({
  'findDuplicates (before, score >= 0.9)': {
    ...quality(before.filter(isTrue).length, before.length),
    'pairs compared': fmt(beforePairs),
    'search ms': fmt(beforeMs),
  },
  [`Fellegi-Sunter (after, p >= ${DEFAULT_THRESHOLDS.match})`]: {
    ...quality(atDefault.filter(isTrue).length, atDefault.length),
    'pairs compared': fmt(afterPairs),
    'search ms': fmt(afterMs),
  },
  [`after, match or review (p >= ${DEFAULT_THRESHOLDS.review})`]: {
    ...quality(inReview.filter(isTrue).length, inReview.length),
    'pairs compared': fmt(afterPairs),
    'search ms': fmt(afterMs),
  },
});
console.log(
  `model estimated in ${fmt(estimateMs)} ms: prior ${model.prior.toExponential(2)}, ` +
    `${JSON.stringify(model.estimated)}; all against all would be ${fmt((records.length * (records.length - 1)) / 2)} pairs`,
);

console.log('precision-recall curve (after):');
const curve = [0.01, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999].map((threshold) => {
  const selected = after.filter((p) => p.probability >= threshold);
  return {
    threshold,
    ...quality(selected.filter(isTrue).length, selected.length),
    reported: selected.length,
  };
});
console.table(curve);

const falsePositive = after.find((p) => p.probability >= DEFAULT_THRESHOLDS.match && !isTrue(p));
const shown = (p: MatchPair | undefined) =>
  p
    ? `${records[p.firstIndex]!.person.fullName} / ${records[p.secondIndex]!.person.fullName}: ` +
      `${p.probability.toFixed(3)}, ${explainMatch(p.comparisons)}`
    : 'none';
console.log(`a false match at the default threshold: ${shown(falsePositive)}`);

// Errors at the default threshold by the kind of variant planted (false matches: the kinds of the two records).
const byKind = new Map<string, { 'true pairs': number; missed: number; 'false matches': number }>();
const kindRow = (kind: string) => {
  const row = byKind.get(kind) ?? { 'true pairs': 0, missed: 0, 'false matches': 0 };
  byKind.set(kind, row);
  return row;
};
const matched = new Set(atDefault.map((p) => `${p.first} ${p.second}`));
for (const pair of truth) {
  const [a, b] = pair.split(' ') as [string, string];
  const row = kindRow(pairKind(set, a, b));
  row['true pairs']++;
  if (!matched.has(pair)) row.missed++;
}
for (const p of atDefault) if (!isTrue(p)) kindRow(pairKind(set, p.first, p.second))['false matches']++;
console.log(
  `errors at p >= ${DEFAULT_THRESHOLDS.match} by kind of variant (bench/matching-errors.ts shows them):`,
);
console.table(
  Object.fromEntries(
    [...byKind]
      .filter(([, r]) => r.missed + r['false matches'] > 0)
      .sort((x, y) => y[1].missed + y[1]['false matches'] - x[1].missed - x[1]['false matches']),
  ),
);

// One new record against the caseload: an index of everyone but the queried records, then each looked up.
const queries = records
  .filter((_, i) => i % Math.max(1, Math.floor(records.length / QUERIES)) === 7)
  .slice(0, QUERIES);
const queried = new Set(queries.map((r) => r.id));
const index = new MatchIndex({ model });
const [, indexMs] = timed(() => {
  for (const r of records) if (!queried.has(r.id)) index.add(r);
});
const latencies: number[] = [];
let candidates = 0;
for (const q of queries) {
  const start = performance.now();
  const results = index.match(q, { minProbability: DEFAULT_THRESHOLDS.review });
  latencies.push(performance.now() - start);
  candidates += index.candidates(q).length + results.length * 0;
}
latencies.sort((a, b) => a - b);
const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
console.table({
  'one new record vs index': {
    indexed: fmt(index.size),
    'index build ms': fmt(indexMs),
    'median ms': at(0.5).toFixed(2),
    'p99 ms': at(0.99).toFixed(2),
    'candidates per query': (candidates / queries.length).toFixed(1),
    target: '< 20 median, < 50 p99',
  },
  'whole caseload': {
    indexed: fmt(records.length),
    'index build ms': '',
    'median ms': `${fmt(afterMs)} (CPU ${fmt(afterCpuMs)})`,
    'p99 ms': '',
    'candidates per query': (afterPairs / records.length).toFixed(1),
    target: '< 3,000',
  },
});
console.log(`load average at the end ${load()}`);
