/**
 * Statistics and disclosure-control throughput on generated records:
 *   - two-field counts with suppression on 1,000,000 intake records (target: under 1 s on one core),
 *   - a weekly series of registrations on the same records (target: under 1 s),
 *   - duplicate search on 100,000 records (target: under 10 s; blocking keeps it from growing with n²).
 * Each task runs a few rounds; the median is reported, with wall and CPU time of this process and the machine's load
 * average, so that a figure taken on a busy shared machine can be read for what it is. A script, not a timed test:
 *   pnpm --filter @homeward/core bench        (every bench file)
 *   tsx bench/stats.bench.ts [--records 1000000] [--duplicates 100000] [--rounds 3]
 */
import { loadavg } from 'node:os';
import { generateIntakeDataset, generateIntakeRecords } from '../src/examples/generate.js';
import { duplicateCandidates, findDuplicates } from '../src/privacy/duplicates.js';
import { suppress } from '../src/privacy/suppress.js';
import { countBy } from '../src/stats/count.js';
import { timeSeries } from '../src/stats/time-series.js';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

const RECORDS = option('records', 1_000_000);
const DUPLICATES = option('duplicates', 100_000);
const ROUNDS = option('rounds', 3);

interface Figure {
  task: string;
  records: string;
  'wall ms': number;
  'cpu ms': number;
  'records/s (cpu)': string;
  target: string;
  met: string;
}

const figures: Figure[] = [];
const fmt = (n: number) => Math.round(n).toLocaleString('en');

/** Runs `task` `rounds` times and records the median round (by CPU time). */
function measure(task: string, records: number, rounds: number, targetMs: number, run: () => unknown): void {
  const samples: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < rounds; i++) {
    const cpu0 = process.cpuUsage();
    const wall0 = performance.now();
    run();
    const wall = performance.now() - wall0;
    const used = process.cpuUsage(cpu0);
    samples.push({ wall, cpu: (used.user + used.system) / 1000 });
  }
  samples.sort((a, b) => a.cpu - b.cpu);
  const { wall, cpu } = samples[Math.floor(samples.length / 2)]!;
  figures.push({
    task,
    records: fmt(records),
    'wall ms': Math.round(wall),
    'cpu ms': Math.round(cpu),
    'records/s (cpu)': fmt((records / cpu) * 1000),
    target: `< ${fmt(targetMs)} ms`,
    met: cpu < targetMs ? 'yes' : wall < targetMs ? 'yes (wall)' : 'NO',
  });
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
console.log(`Node ${process.version}, load average ${load()}`);

let started = performance.now();
const records = generateIntakeRecords(RECORDS, 2026);
console.log(`generated ${fmt(RECORDS)} intake records in ${fmt(performance.now() - started)} ms`);

measure('countBy citizenship × province + suppress', RECORDS, ROUNDS, 1000, () =>
  suppress(countBy(records, ['person.citizenship', 'exploitation.province'])),
);
measure('countBy sex × age band + suppress', RECORDS, ROUNDS, 1000, () =>
  suppress(countBy(records, ['person.sex', 'person.ageBand'])),
);
measure('timeSeries registrations per ISO week', RECORDS, ROUNDS, 1000, () =>
  timeSeries(records, { field: 'registrationDate', interval: 'week' }),
);
measure('timeSeries per week, cumulative + suppress', RECORDS, ROUNDS, 1000, () =>
  suppress(timeSeries(records, { field: 'registrationDate', interval: 'week', cumulative: true })),
);
const table = suppress(countBy(records, ['person.citizenship', 'exploitation.province']));
console.log(
  `  (${table.cells.length} cells, ${table.cells.filter((c) => c.suppressed).length} suppressed; ` +
    `${table.margins.filter((c) => c.suppressed).length} of ${table.margins.length} margins suppressed)`,
);
records.length = 0; // free the million before the duplicate search

started = performance.now();
const dataset = generateIntakeDataset(DUPLICATES, 7);
console.log(`generated ${fmt(DUPLICATES)} intake records in ${fmt(performance.now() - started)} ms`);
let pairs: ReturnType<typeof findDuplicates> = [];
measure('findDuplicates', DUPLICATES, 1, 10_000, () => {
  pairs = findDuplicates(dataset.records);
});
const candidates = duplicateCandidates(dataset.records).length;
const truth = new Set(dataset.duplicates.map((d) => `${d.first} ${d.second}`));
const found = pairs.filter((p) => truth.has(`${p.first} ${p.second}`)).length;

console.table(figures);
console.log(
  `duplicates: ${fmt(candidates)} candidate pairs compared (${(candidates / DUPLICATES).toFixed(1)} per record; ` +
    `all against all would be ${fmt((DUPLICATES * (DUPLICATES - 1)) / 2)}); ${fmt(pairs.length)} pairs reported, ` +
    `${fmt(found)} of ${fmt(dataset.duplicates.length)} planted near-duplicates found ` +
    `(recall ${(found / dataset.duplicates.length).toFixed(3)}, precision ${(found / Math.max(1, pairs.length)).toFixed(3)})`,
);
console.log(`load average at the end ${load()}`);
