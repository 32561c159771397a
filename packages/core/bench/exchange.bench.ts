/**
 * Data exchange throughput on generated records: CSV export of 1,000,000 records (target: under 1 s on one core),
 * CSV import, JSON Lines export and import. The records are generated first and only the exchange call is timed.
 * Prints wall and CPU time of this process and the machine's load, so a figure taken on a busy shared machine can be
 * read for what it is, and two references on the same records: visiting every value without writing anything (what
 * reading the records from memory costs) and `JSON.stringify` (V8's native serializer).
 * Run: `tsx bench/exchange.bench.ts [count]`.
 */
import { loadavg } from 'node:os';
import { generateIntakeRecords } from '../src/examples/generate.js';
import { fromCSV, fromJSONL, toCSV, toCSVBytes, toCSVChunks, toJSONL } from '../src/exchange/index.js';
import type { IntakeRecord } from '../src/records/intake.js';

const EXPORT_COUNT = Number(process.argv[2] ?? 1_000_000);
const IMPORT_COUNT = Math.min(EXPORT_COUNT, 100_000);
const CSV_TARGET_MS = 1000;

interface Figure {
  task: string;
  records: number;
  output: string;
  'wall s': string;
  'cpu s': string;
  'records/s (cpu)': string;
  'MB/s (cpu)': string;
  target: string;
}

const figures: Figure[] = [];

/** Times `run`, which returns how much it produced: characters of text, or bytes. */
async function measure(
  task: string,
  records: number,
  run: () => { size: number; unit: 'chars' | 'bytes' } | Promise<{ size: number; unit: 'chars' | 'bytes' }>,
  targetMs?: number,
): Promise<void> {
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  const { size, unit } = await run();
  const wall = performance.now() - wall0;
  const used = process.cpuUsage(cpu0);
  const cpu = (used.user + used.system) / 1000;
  figures.push({
    task,
    records,
    output: size === 0 ? '' : `${(size / 1e6).toFixed(1)} ${unit === 'bytes' ? 'MB' : 'M chars'}`,
    'wall s': (wall / 1000).toFixed(2),
    'cpu s': (cpu / 1000).toFixed(2),
    'records/s (cpu)': Math.round(records / (cpu / 1000)).toLocaleString('en'),
    'MB/s (cpu)': size === 0 ? '' : (size / 1e6 / (cpu / 1000)).toFixed(0),
    target:
      targetMs === undefined
        ? ''
        : `< ${targetMs / 1000} s: ${Math.max(cpu, wall) <= targetMs ? 'met' : 'MISSED'}`,
  });
}

const chars = (size: number) => ({ size, unit: 'chars' as const });

function exportCSV(records: IntakeRecord[]): number {
  let size = 0;
  for (const chunk of toCSVChunks(records)) size += chunk.length;
  return size;
}

async function exportJSONL(records: IntakeRecord[]): Promise<number> {
  let size = 0;
  for await (const chunk of toJSONL(records, { chunkLines: 2000 })) size += chunk.length;
  return size;
}

/** Reads every value of every record and writes nothing: the floor any export of these records stands on. */
function visit(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (value === null || typeof value !== 'object') return 1;
  let n = 0;
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) n += visit(value[i]);
  else for (const key of Object.keys(value)) n += visit((value as Record<string, unknown>)[key]);
  return n;
}

const gen0 = performance.now();
let records = generateIntakeRecords(EXPORT_COUNT, 2026);
console.log(
  `generated ${EXPORT_COUNT.toLocaleString('en')} intake records in ${((performance.now() - gen0) / 1000).toFixed(1)} s (not timed below)`,
);

// Warm the code up (JIT) on a small batch first, as a long-running server would be.
const warm = records.slice(0, 20_000);
exportCSV(warm);
for (const _ of toCSVBytes(warm));
await exportJSONL(warm);

await measure(
  'CSV export: toCSV, one string (internal profile, HXL row)',
  EXPORT_COUNT,
  () => chars(toCSV(records).length),
  CSV_TARGET_MS,
);
await measure(
  'CSV export: toCSVChunks, text chunks',
  EXPORT_COUNT,
  () => chars(exportCSV(records)),
  CSV_TARGET_MS,
);
await measure(
  'CSV export: toCSVBytes, UTF-8 for a file',
  EXPORT_COUNT,
  () => {
    let size = 0;
    for (const chunk of toCSVBytes(records)) size += chunk.length;
    return { size, unit: 'bytes' };
  },
  CSV_TARGET_MS,
);
let visited = 0;
await measure('reference: visit every value, write nothing', EXPORT_COUNT, () => {
  for (const record of records) visited += visit(record);
  return chars(0);
});
await measure('reference: JSON.stringify each record', EXPORT_COUNT, () => {
  let size = 0;
  for (const record of records) size += JSON.stringify(record).length;
  return chars(size);
});

await measure('JSON Lines export', EXPORT_COUNT, async () => chars(await exportJSONL(records)));

// The imports below run without the million records in memory, as an import would: with them still held, each
// full garbage collection during an import marked 1.5 GB of records it does not use.
const sample = records.slice(0, IMPORT_COUNT);
records = [];
await measure('CSV export (public profile: redact every record)', IMPORT_COUNT, () => {
  let size = 0;
  for (const chunk of toCSVChunks(sample, { profile: 'public' })) size += chunk.length;
  return chars(size);
});

const csv = toCSV(sample);
let imported = 0;
await measure('CSV import (parse + validate every row)', IMPORT_COUNT, () => {
  const result = fromCSV(csv);
  imported = result.records.length;
  if (result.errors.length > 0)
    throw new Error(`unexpected import errors: ${JSON.stringify(result.errors[0])}`);
  return chars(csv.length);
});

let jsonl = '';
for await (const chunk of toJSONL(sample)) jsonl += chunk;
await measure('JSON Lines import (stream + validate every line)', IMPORT_COUNT, async () => {
  const result = await fromJSONL(jsonl);
  if (result.records.length !== IMPORT_COUNT) throw new Error('JSON Lines import lost records');
  return chars(jsonl.length);
});

console.table(figures);
console.log(
  `visited ${visited.toLocaleString('en')} characters and values; imported ${imported.toLocaleString('en')} of ${IMPORT_COUNT.toLocaleString('en')} CSV rows; ` +
    `load average while running: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on a machine shared with other jobs (CPU time is this process only).`,
);
