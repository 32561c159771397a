// Validation throughput: 100,000 realistic intake records (the seeded generator's), validated by
//   - validateIntake, the runtime validator forms import (@homeward/core/validate),
//   - compileValidators().validateIntake, the same rules compiled by zod's JIT, for servers and bulk imports,
//   - ajv (Ajv2020 + ajv-formats, allErrors) compiled from the shipped JSON Schema,
// on the same records in the same run, rounds interleaved so that a busy machine slows all three alike. Prints
// records per second (median of the rounds) by the clock and per second of this process's CPU time (on a machine
// shared with other work the clock also counts time spent waiting for a core), and the ratio to ajv. A script, not
// a timed test:
//   pnpm --filter @homeward/core bench     [-- --records 100000 --rounds 5]
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { generateIntakeRecords } from '../src/examples/generate.js';
import { compileValidators, validateIntake } from '../src/validate/index.js';

const TARGET_RATE = 150_000;
const TARGET_RATIO = 0.45;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

const count = option('records', 100_000);
const rounds = option('rounds', 5);

const started = performance.now();
const records = generateIntakeRecords(count, 2026);
console.log(
  `generated ${count.toLocaleString('en')} intake records in ${Math.round(performance.now() - started)} ms`,
);

const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const schema = JSON.parse(readFileSync(new URL('../schemas/intake.schema.json', import.meta.url), 'utf8'));
const ajvValidate = ajv.compile(schema);
const compiled = compileValidators();

const contenders = {
  'zod runtime (validateIntake)': (record: unknown) => validateIntake(record).ok,
  'zod compiled (compileValidators)': (record: unknown) => compiled.validateIntake(record).ok,
  'ajv (shipped JSON Schema)': (record: unknown) => ajvValidate(record),
};
type Name = keyof typeof contenders;

// Every contender must accept every record, or the comparison is not like for like.
for (const [name, validate] of Object.entries(contenders)) {
  const refused = records.filter((record) => !validate(record)).length;
  if (refused) {
    console.error(`${name} refused ${refused} of the generated records`);
    process.exit(1);
  }
}

const names = Object.keys(contenders) as Name[];
const rates = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<Name, number[]>;
const cpuRates = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<Name, number[]>;
for (let round = 0; round < rounds; round++) {
  for (const [name, validate] of Object.entries(contenders) as [Name, (r: unknown) => boolean][]) {
    let accepted = 0;
    const cpu = process.cpuUsage();
    const start = performance.now();
    for (const record of records) if (validate(record)) accepted++;
    const seconds = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    if (accepted !== count) throw new Error(`${name}: ${accepted} of ${count} accepted`);
    rates[name].push(count / seconds);
    cpuRates[name].push(count / ((used.user + used.system) / 1e6));
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const format = (rate: number) => Math.round(rate).toLocaleString('en');
const ajvName: Name = 'ajv (shipped JSON Schema)';
const rows = names.map((name) => ({
  validator: name,
  'records/s (clock)': format(median(rates[name])),
  'records/s (CPU)': format(median(cpuRates[name])),
  'best round (clock)': format(Math.max(...rates[name])),
  'ratio to ajv': (median(rates[name]) / median(rates[ajvName])).toFixed(2),
}));
console.log(
  `\n${count.toLocaleString('en')} records × ${rounds} rounds, medians; load average ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} cores`,
);
console.table(rows);

function verdict(name: Name): string {
  const clock = median(rates[name]);
  const cpu = median(cpuRates[name]);
  const ratio = clock / median(rates[ajvName]);
  const met =
    ratio < TARGET_RATIO
      ? 'below target'
      : clock >= TARGET_RATE
        ? 'targets met'
        : cpu >= TARGET_RATE
          ? 'targets met per CPU-second'
          : 'below target';
  return `${name}: ${format(clock)} records/s (${format(cpu)} per CPU-second), ${ratio.toFixed(2)} of ajv: ${met}`;
}
console.log(`targets: ${TARGET_RATE.toLocaleString('en')} records/s and ${TARGET_RATIO} of ajv's rate`);
for (const name of names.slice(0, 2)) console.log(`  ${verdict(name)}`);
