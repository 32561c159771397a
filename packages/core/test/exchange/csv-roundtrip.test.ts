import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateIntakeRecords } from '../../src/examples/generate.js';
import { fromCSV, toCSV } from '../../src/exchange/index.js';
import type { IntakeRecord } from '../../src/records/intake.js';
import { text as textField } from '../../src/records/primitives.js';
import { pruneEmpty, valid } from './helpers.js';

/** Characters that break naive CSV, list or formula handling, and a few scripts of the people registering. */
const TRICKY = [
  ',',
  '"',
  '|',
  '\\',
  '\n',
  '\r',
  '\r\n',
  "'",
  '=',
  '+',
  '-',
  '@',
  '\t',
  ' ',
  '#',
  '\uFEFF',
  'a',
  'ក',
  '中',
  'ễ',
  '😀',
];

const char = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);

/**
 * Free text as the schema allows it (something visible, at most `max` characters, line breaks and tabs only in
 * multi-line fields): generated freely, then kept only when the field's own check accepts it.
 */
const text = (max: number, multiLine = false) => {
  const field = textField(max, { multiLine });
  return fc
    .oneof(
      fc.string({ unit: char, minLength: 1, maxLength: Math.min(max, 40) }),
      fc.constantFrom('true', 'false', '0', '1e5', '-3', '=1+1', "'=1+1", '#x_person+name', 'null', '<11'),
    )
    .filter((s) => field.safeParse(s).success);
};

/** Text to put in every free-text field of a generated record (undefined: leave the field as generated). */
const edits = fc.record(
  {
    fullName: text(200),
    latinName: text(200),
    homeRegion: text(100),
    office: text(100),
    handle: text(100),
    documentNumber: text(50),
    promisedJob: text(200),
    locality: text(100),
    compoundName: text(200),
    partners: fc.array(text(100), { minLength: 1, maxLength: 4 }),
    notes: text(5000, true),
  },
  { requiredKeys: [] },
);

type Edits = typeof edits extends fc.Arbitrary<infer E> ? E : never;

function edited(record: IntakeRecord, e: Edits): IntakeRecord {
  const r = structuredClone(record);
  if (e.fullName) r.person.fullName = e.fullName;
  if (e.latinName) r.person.latinName = e.latinName;
  if (e.homeRegion) r.person.homeRegion = e.homeRegion;
  if (e.office) r.office = e.office;
  if (e.handle)
    r.person.messaging = [
      { platform: 'telegram', handle: e.handle },
      { platform: 'line', handle: 'x' },
    ];
  if (e.documentNumber && r.documents?.[0]) r.documents[0].number = e.documentNumber;
  if (e.promisedJob) r.recruitment = { ...r.recruitment, promisedJob: e.promisedJob };
  if (e.locality && r.exploitation) r.exploitation.locality = e.locality;
  if (e.compoundName && r.exploitation) r.exploitation.compoundName = e.compoundName;
  if (e.partners)
    r.consent.shareWithPartners = { given: true, date: r.registrationDate, partners: e.partners };
  if (e.notes) r.notes = e.notes;
  return r;
}

describe('CSV export then import', () => {
  it('round-trips every field of the internal profile, for generated records with hostile text', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.array(edits, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (seed, edit, hxl) => {
          const records = generateIntakeRecords(edit.length, seed).map((r, i) => valid(edited(r, edit[i]!)));
          const result = fromCSV(toCSV(records, { profile: 'internal', hxl }));
          expect(result.errors).toEqual([]);
          expect(result.warnings).toEqual([]);
          expect(result.records).toEqual(records.map(pruneEmpty));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('round-trips a large generated batch', () => {
    const records = generateIntakeRecords(3000, 2026);
    const result = fromCSV(toCSV(records));
    expect(result.errors).toEqual([]);
    expect(result.records).toEqual(records.map((r) => pruneEmpty(valid(r))));
  });

  it('writes an empty list or an empty group as nothing, read back as absent', () => {
    const base = valid(generateIntakeRecords(1, 4)[0]);
    const record = { ...structuredClone(base), needs: {}, documents: [] } as IntakeRecord;
    record.person.languages = [];
    const [back] = fromCSV(toCSV([record])).records;
    expect(back!.needs).toBeUndefined();
    expect(back!.documents).toBeUndefined();
    expect(back!.person.languages).toBeUndefined();
  });
});
