import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { readRecords, report } from '../../scripts/report.js';
import { incidentExamples, intakeExamples } from '../../src/examples/index.js';
import { intakeInvalid } from '../fixtures/intakes.js';
import type { Json } from '../fixtures/types.js';

const examples = { source: 'examples', records: [...intakeExamples, ...incidentExamples] };

describe('the validation report', () => {
  it('reports every example as valid, with its screening, the minors flagged and summary counts', async () => {
    const { text, counts } = await report(examples);
    expect(counts).toEqual({
      intake: { valid: 9, invalid: 0, meetsThreshold: 8, inconclusive: 1, childProtection: 2 },
      incident: { valid: 6, invalid: 0 },
      unknown: 0,
    });
    expect(text.match(/^ {2}✓ /gm)).toHaveLength(15);
    expect(text).toContain('ILO screening: meets the ILO threshold for forced labour');
    expect(text.match(/Child protection: FLAGGED/g)).toHaveLength(2);
    expect(text).toContain('intake:   9 valid, 0 refused; 8 meet the ILO forced-labour threshold');
  });

  it('never prints a name, a phone number or a document number', async () => {
    const { text } = await report(examples);
    for (const record of intakeExamples) {
      expect(text).not.toContain(record.person.fullName);
      if (record.person.latinName) expect(text).not.toContain(record.person.latinName);
      for (const phone of record.person.phones ?? []) expect(text).not.toContain(phone);
    }
  });

  it('prints each issue of a refused record with its path and message', async () => {
    const broken = intakeInvalid.find((f) => f.name === 'local phone number without country code')!;
    const { text, counts } = await report({ source: 'test', records: [broken.record, { foo: 1 }] });
    expect(counts.intake.invalid).toBe(1);
    expect(counts.unknown).toBe(1);
    expect(text).toMatch(/✗ cf9115b7 {2}refused, 1 issue\(s\):\n {6}person\.phones\.0: .+ \[invalid_phone\]/);
  });

  it('writes messages and labels in the requested locale', async () => {
    const broken: Json = structuredClone(intakeExamples[0]);
    broken.person.citizenship = [];
    const { text } = await report({ source: 'test', records: [broken, intakeExamples[1]], locale: 'km' });
    expect(text).toContain('Homeward validation report (km)');
    expect(text).toMatch(/\p{Script=Khmer}/u);
  });

  it('upgrades records of an older schemaVersion before validating them', async () => {
    const records = readRecords(fileURLToPath(new URL('../fixtures/intake-v1.json', import.meta.url)));
    const { counts } = await report({ source: 'v1', records });
    expect(counts.intake).toMatchObject({ valid: 3, invalid: 0 });
  });
});

describe('readRecords', () => {
  const dir = mkdtempSync(join(tmpdir(), 'homeward-report-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a JSON array, a single record and JSON lines (with a BOM and CRLF)', () => {
    const array = join(dir, 'a.json');
    writeFileSync(array, JSON.stringify(incidentExamples));
    expect(readRecords(array)).toEqual(incidentExamples);
    const single = join(dir, 'b.json');
    writeFileSync(single, JSON.stringify(intakeExamples[0]));
    expect(readRecords(single)).toEqual([intakeExamples[0]]);
    const lines = join(dir, 'c.jsonl');
    writeFileSync(lines, `\uFEFF${intakeExamples.map((r) => JSON.stringify(r)).join('\r\n')}\r\n{broken\r\n`);
    const read = readRecords(lines);
    expect(read.slice(0, -1)).toEqual(intakeExamples);
    expect(read.at(-1)).toMatch(/^unreadable line/);
  });
});

describe('pnpm report (tsx scripts/report.ts)', () => {
  it('runs from source and exits 0 on the examples, 1 on a file with a refused record', async () => {
    const run = promisify(execFile);
    const cwd = fileURLToPath(new URL('../..', import.meta.url));
    const tsx = fileURLToPath(new URL('../../../../node_modules/.bin/tsx', import.meta.url));
    const { stdout } = await run(tsx, ['scripts/report.ts'], { cwd });
    expect(stdout).toContain('Summary');
    const dir = mkdtempSync(join(tmpdir(), 'homeward-report-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify([{ ...intakeExamples[0], office: '' }]));
    const failed = await run(tsx, ['scripts/report.ts', file], { cwd }).catch(
      (error: { code: number; stdout: string }) => error,
    );
    rmSync(dir, { recursive: true, force: true });
    expect('code' in failed && failed.code).toBe(1);
    expect(failed.stdout).toContain('office: ');
  }, 60_000);
});
