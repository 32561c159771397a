/**
 * Data exchange throughput on generated records: CSV export of 1,000,000 records (target: under 1 s on one core),
 * CSV import, JSON Lines export and import. Prints wall and CPU time of this process, and the machine's load, so a
 * figure taken on a busy shared machine can be read for what it is. Run: `tsx bench/exchange.bench.ts [count]`.
 */
import { loadavg } from 'node:os';
import { generateIntakeRecords } from '../src/examples/generate.js';
import { fromCSV, fromJSONL, toCSV, toCSVChunks, toJSONL } from '../src/exchange/index.js';
import type { IntakeRecord } from '../src/records/intake.js';

const EXPORT_COUNT = Number(process.argv[2] ?? 1_000_000);
const IMPORT_COUNT = Math.min(EXPORT_COUNT, 100_000);
const CSV_TARGET_MS = 1000;

interface Figure {
  task: string;
  records: number;
  MB: string;
  'wall s': string;
  'cpu s': string;
  'records/s (cpu)': string;
  'MB/s (cpu)': string;
  target: string;
}

const figures: Figure[] = [];

async function measure(
  task: string,
  records: number,
  run: () => number | Promise<number>,
  targetMs?: number,
): Promise<void> {
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  const chars = await run();
  const wall = performance.now() - wall0;
  const used = process.cpuUsage(cpu0);
  const cpu = (used.user + used.system) / 1000;
  figures.push({
    task,
    records,
    MB: (chars / 1e6).toFixed(1),
    'wall s': (wall / 1000).toFixed(2),
    'cpu s': (cpu / 1000).toFixed(2),
    'records/s (cpu)': Math.round(records / (cpu / 1000)).toLocaleString('en'),
    'MB/s (cpu)': (chars / 1e6 / (cpu / 1000)).toFixed(0),
    target:
      targetMs === undefined
        ? ''
        : `< ${targetMs / 1000} s: ${Math.max(cpu, wall) <= targetMs ? 'met' : 'MISSED'}`,
  });
}

function exportCSV(records: IntakeRecord[]): number {
  let chars = 0;
  for (const chunk of toCSVChunks(records)) chars += chunk.length;
  return chars;
}

async function exportJSONL(records: IntakeRecord[]): Promise<number> {
  let chars = 0;
  for await (const chunk of toJSONL(records, { chunkLines: 2000 })) chars += chunk.length;
  return chars;
}

const gen0 = performance.now();
const records = generateIntakeRecords(EXPORT_COUNT, 2026);
console.log(
  `generated ${EXPORT_COUNT.toLocaleString('en')} intake records in ${((performance.now() - gen0) / 1000).toFixed(1)} s`,
);

// Warm the code up (JIT) on a small batch first, as a long-running server would be.
exportCSV(records.slice(0, 20_000));
await exportJSONL(records.slice(0, 20_000));

await measure(
  'CSV export (internal profile, HXL row)',
  EXPORT_COUNT,
  () => exportCSV(records),
  CSV_TARGET_MS,
);

const sample = records.slice(0, IMPORT_COUNT);
await measure('CSV export (public profile: redact every record)', IMPORT_COUNT, () => {
  let chars = 0;
  for (const chunk of toCSVChunks(sample, { profile: 'public' })) chars += chunk.length;
  return chars;
});

const csv = toCSV(sample);
let imported = 0;
await measure('CSV import (parse + validate every row)', IMPORT_COUNT, () => {
  const result = fromCSV(csv);
  imported = result.records.length;
  if (result.errors.length > 0)
    throw new Error(`unexpected import errors: ${JSON.stringify(result.errors[0])}`);
  return csv.length;
});

await measure('JSON Lines export', EXPORT_COUNT, () => exportJSONL(records));

let jsonl = '';
for await (const chunk of toJSONL(sample)) jsonl += chunk;
await measure('JSON Lines import (stream + validate every line)', IMPORT_COUNT, async () => {
  const result = await fromJSONL(jsonl);
  if (result.records.length !== IMPORT_COUNT) throw new Error('JSON Lines import lost records');
  return jsonl.length;
});

console.table(figures);
console.log(
  `imported ${imported.toLocaleString('en')} of ${IMPORT_COUNT.toLocaleString('en')} CSV rows; ` +
    `load average while running: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on a machine shared with other jobs (CPU time is this process only).`,
);
