/**
 * Utility of the cell key method beside suppression alone, on generated caseloads of 440, 10,000 and 1,000,000
 * intake records: for a few public tables, the share of figures published (cells, margins and the total) and the
 * mean absolute error of the published ones (suppression publishes exact figures or nothing; perturbation publishes
 * every figure, moved a little). A script that prints figures, not a timed test:
 *   tsx bench/perturb.bench.ts [--sizes 440,10000,1000000] [--compare-up-to 10000]
 * Key sums are computed in one pass (`countByKeyed` / `timeSeriesKeyed`, what a million records need); up to
 * `--compare-up-to` records the generic `tableKeys` (17 runs of the statistic) is timed beside it and checked equal.
 * Run with `node --max-old-space-size=4096` (via NODE_OPTIONS) for a million generated records.
 */
import { isDeepStrictEqual } from 'node:util';
import { generateIntakeRecords } from '../src/examples/generate.js';
import { type TableKeys, tableKeys } from '../src/privacy/cell-key.js';
import { countByKeyed, timeSeriesKeyed } from '../src/privacy/keyed.js';
import { perturb } from '../src/privacy/perturb.js';
import { recordKeys } from '../src/privacy/record-key.js';
import { suppress } from '../src/privacy/suppress.js';
import type { IntakeRecord } from '../src/records/intake.js';
import { countBy } from '../src/stats/count.js';
import type { StatCell, StatTable } from '../src/stats/table.js';
import { timeSeries } from '../src/stats/time-series.js';

const at = process.argv.indexOf('--sizes');
const SIZES = at > 0 ? process.argv[at + 1]!.split(',').map(Number) : [440, 10_000, 1_000_000];
const cmp = process.argv.indexOf('--compare-up-to');
const COMPARE_UP_TO = cmp > 0 ? Number(process.argv[cmp + 1]) : 10_000;
const SECRET = 'benchmark publication secret, not a real one';

type Keyed = { table: StatTable; keys: TableKeys };
const WEEKLY = { field: 'registrationDate', interval: 'week' } as const;
const DAILY = { field: 'registrationDate', interval: 'day' } as const;
/** Each table: the statistic alone (for `tableKeys`) and with its key sums in one pass. */
const QUERIES: [
  string,
  (r: readonly IntakeRecord[]) => StatTable,
  (r: readonly IntakeRecord[], k: Uint16Array) => Keyed,
][] = [
  ['sex', (r) => countBy(r, 'person.sex'), (r, k) => countByKeyed(r, 'person.sex', {}, k)],
  [
    'citizenship × sex',
    (r) => countBy(r, ['person.citizenship', 'person.sex']),
    (r, k) => countByKeyed(r, ['person.citizenship', 'person.sex'], {}, k),
  ],
  [
    'province × age band',
    (r) => countBy(r, ['exploitation.province', 'person.ageBand']),
    (r, k) => countByKeyed(r, ['exploitation.province', 'person.ageBand'], {}, k),
  ],
  ['registrations per week', (r) => timeSeries(r, WEEKLY), (r, k) => timeSeriesKeyed(r, WEEKLY, k)],
  ['registrations per day', (r) => timeSeries(r, DAILY), (r, k) => timeSeriesKeyed(r, DAILY, k)],
  [
    'office × status',
    (r) => countBy(r, ['office', 'status']),
    (r, k) => countByKeyed(r, ['office', 'status'], {}, k),
  ],
  [
    'child protection × sex',
    (r) => countBy(r, ['childProtection', 'person.sex']),
    (r, k) => countByKeyed(r, ['childProtection', 'person.sex'], {}, k),
  ],
];

const figuresOf = (t: StatTable): StatCell[] => [...t.cells, ...t.margins, t.total];

function utility(truth: StatTable, published: StatTable) {
  // Matched by keys: a perturbed table leaves out open-field values whose published figures are all 0 and reorders
  // open fields, and a value it leaves out reads as a published 0.
  const id = (c: StatCell) => c.keys.join('\u0000');
  const out = new Map(figuresOf(published).map((c) => [id(c), c]));
  const before = figuresOf(truth);
  let shown = 0;
  let error = 0;
  let small = 0;
  let smallShown = 0;
  for (const cell of before) {
    const true_ = cell.value ?? 0;
    const value = out.has(id(cell)) ? out.get(id(cell))!.value : 0;
    if (true_ > 0 && true_ < 11) small++;
    if (value === null || value === undefined) continue;
    shown++;
    error += Math.abs(value - true_);
    if (true_ > 0 && true_ < 11) smallShown++;
  }
  return {
    figures: before.length,
    published: `${((100 * shown) / before.length).toFixed(1)}%`,
    mae: shown ? (error / shown).toFixed(2) : '-',
    'small (1-10) published (as 0 or 11 if perturbed)': small ? `${smallShown}/${small}` : '-',
  };
}

const rows: Record<string, string | number>[] = [];
for (const size of SIZES) {
  const g0 = performance.now();
  const records = generateIntakeRecords(size, 2026);
  const genMs = performance.now() - g0;
  const started = performance.now();
  const keys = Uint16Array.from(
    await recordKeys(
      records.map((r) => r.id),
      SECRET,
    ),
  );
  const keyMs = performance.now() - started;
  for (const [name, query, keyed] of QUERIES) {
    const t0 = performance.now();
    const { table, keys: sums } = keyed(records, keys);
    const onePass = performance.now() - t0;
    let generic = '-';
    if (size <= COMPARE_UP_TO) {
      const t1 = performance.now();
      const index = new Map(records.map((r, i) => [r, i]));
      const slow = tableKeys(records, query, (r) => keys[index.get(r)!]!);
      generic = String(Math.round(performance.now() - t1));
      if (!isDeepStrictEqual(slow, { table, keys: sums })) throw new Error(`${name}: tableKeys disagrees`);
    }
    const t2 = performance.now();
    const published = perturb(table, sums);
    const perturbMs = performance.now() - t2;
    const suppressed = utility(table, suppress(table));
    const perturbed = utility(table, published);
    rows.push({ records: size, table: name, method: 'suppress k=11', ...suppressed });
    rows.push({
      records: size,
      table: name,
      method: 'cell key (ckm-t11-w1.4.6.4.1)',
      ...perturbed,
      'key sums ms (one pass)': Math.round(onePass),
      'key sums ms (tableKeys)': generic,
      'perturb ms': Math.round(perturbMs),
    });
  }
  console.log(
    `${size.toLocaleString('en')} records: generated in ${Math.round(genMs)} ms, record keys (HMAC-SHA-256) in ${Math.round(keyMs)} ms`,
  );
}
console.table(rows);
