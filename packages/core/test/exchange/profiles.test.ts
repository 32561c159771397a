import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { generateIncidentRecords, generateIntakeRecords } from '../../src/examples/generate.js';
import { fromJSONL, toCSV, toJSONL } from '../../src/exchange/index.js';
import { incidentFieldCatalog, intakeFieldCatalog } from '../../src/records/catalog.js';
import type { IntakeRecord } from '../../src/records/intake.js';
import { valid } from './helpers.js';

const records = generateIntakeRecords(300, 17).map(valid);

function header(csv: string): string[] {
  return Papa.parse<string[]>(csv.slice(0, csv.indexOf('\r\n'))).data[0]!;
}

/** The catalogue path of a column: `documents[2].number` → `documents[].number`. */
const pathOf = (column: string) => column.replace(/\[\d+\]/g, '[]');

/** Every direct identifier a record holds, as text. */
function directIdentifiers(record: IntakeRecord): string[] {
  const values = [
    record.person.fullName,
    record.person.latinName,
    record.person.birthDate,
    ...(record.person.phones ?? []),
  ];
  for (const m of record.person.messaging ?? []) values.push(m.handle);
  for (const d of record.documents ?? []) values.push(d.number);
  return values.filter((v): v is string => typeof v === 'string' && v.length >= 4);
}

describe('export profiles', () => {
  it('public CSV has no column for a direct identifier or a sensitive field, and no such value', () => {
    const csv = toCSV(records, { profile: 'public' });
    for (const column of header(csv)) {
      const meta = intakeFieldCatalog[pathOf(column) as keyof typeof intakeFieldCatalog];
      expect(meta, column).toBeDefined();
      expect(['quasi', 'none'], column).toContain(meta.sensitivity);
    }
    for (const record of records)
      for (const value of directIdentifiers(record)) expect(csv).not.toContain(value);
    expect(header(csv)).toContain('person.ageBand');
    expect(header(csv)).not.toContain('person.age');
  });

  it('public CSV dates are months', () => {
    const rows = Papa.parse<string[]>(toCSV(records, { profile: 'public', hxl: false }), {
      skipEmptyLines: true,
    }).data;
    const at = rows[0]!.indexOf('registrationDate');
    for (const row of rows.slice(1)) expect(row[at]).toMatch(/^\d{4}-\d{2}$/);
  });

  it('partner CSV leaves out narratives, and shows people who did not consent to sharing as public', () => {
    const consenting = structuredClone(records[0]!);
    consenting.notes = 'Sensitive case note';
    consenting.consent.shareWithPartners = { given: true, date: consenting.registrationDate };
    const refusing = structuredClone(records[1]!);
    refusing.consent.shareWithPartners = { given: false, date: refusing.registrationDate };
    const csv = toCSV([consenting, refusing], { profile: 'partner' });
    expect(header(csv)).not.toContain('notes');
    expect(header(csv)).toContain('person.fullName');
    expect(csv).toContain(consenting.person.fullName);
    expect(csv).not.toContain('Sensitive case note');
    for (const value of directIdentifiers(refusing)) expect(csv).not.toContain(value);
  });

  it('partner exports follow the partners the person named: the named partner sees the record, another the public one', async () => {
    const record = structuredClone(records[2]!);
    record.notes = 'Sensitive case note';
    record.consent.shareWithPartners = { given: true, date: record.registrationDate, partners: ['IOM'] };
    const nameAt = (csv: string) => {
      const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
      return rows[2]![rows[0]!.indexOf('person.fullName')];
    };
    const dateAt = (csv: string) => {
      const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
      return rows[2]![rows[0]!.indexOf('registrationDate')];
    };

    const forIOM = toCSV([record], { profile: 'partner', partner: 'IOM' });
    expect(nameAt(forIOM)).toBe(record.person.fullName);
    expect(dateAt(forIOM)).toBe(record.registrationDate);
    expect(forIOM).not.toContain('Sensitive case note');

    const forOther = toCSV([record], { profile: 'partner', partner: 'UNHCR' });
    expect(nameAt(forOther)).toBe('');
    expect(dateAt(forOther)).toBe(record.registrationDate.slice(0, 7));
    for (const value of directIdentifiers(record)) expect(forOther).not.toContain(value);

    const jsonl = async (partner: string) => {
      let text = '';
      for await (const chunk of toJSONL([record], { profile: 'partner', partner })) text += chunk;
      return JSON.parse(text) as Record<string, { fullName?: string } | string | undefined>;
    };
    expect((await jsonl('IOM')).person).toMatchObject({ fullName: record.person.fullName });
    const other = await jsonl('UNHCR');
    expect((other.person as { fullName?: string }).fullName).toBeUndefined();
    expect(other.registrationDate).toBe(record.registrationDate.slice(0, 7));
  });

  it('internal CSV is the whole record', () => {
    const columns = header(toCSV(records)).map(pathOf);
    for (const path of Object.keys(intakeFieldCatalog)) expect(columns).toContain(path);
  });

  it('applies to incident records too', () => {
    const incidents = generateIncidentRecords(20, 3);
    const csv = toCSV(incidents, { kind: 'incident', profile: 'public' });
    for (const column of header(csv)) {
      const meta = incidentFieldCatalog[pathOf(column) as keyof typeof incidentFieldCatalog];
      expect(['quasi', 'none'], column).toContain(meta.sensitivity);
    }
  });

  it('public JSON Lines holds no direct identifier', async () => {
    let text = '';
    for await (const chunk of toJSONL(records, { profile: 'public' })) text += chunk;
    for (const record of records)
      for (const value of directIdentifiers(record)) expect(text).not.toContain(value);
    // A public record is not a whole intake record: reading it back reports every line, it never passes as one.
    const back = await fromJSONL(text);
    expect(back.records).toEqual([]);
    expect(new Set(back.errors.map((e) => e.line)).size).toBe(records.length);
  });
});
