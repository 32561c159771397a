import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { intakeExamples } from '../../src/examples/index.js';
import { hxlKey, parseHxl } from '../../src/exchange/hxl.js';
import { fromCSV, toCSV, toCSVChunks, toCSVStream } from '../../src/exchange/index.js';
import { incidentFieldCatalog, intakeFieldCatalog } from '../../src/records/catalog.js';
import { clone, pruneEmpty, valid } from './helpers.js';

const rizky = valid(intakeExamples[0]);

function rows(csv: string): string[][] {
  return Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
}

/** The CSV with the cells of `row` (0 = first data row) under the given headers replaced. */
function withCells(csv: string, row: number, cells: Record<string, string>): string {
  const table = rows(csv);
  for (const [header, value] of Object.entries(cells)) table[row + 2]![table[0]!.indexOf(header)] = value;
  return Papa.unparse(table);
}

function column(csv: string, header: string): string[] {
  const [head, , ...data] = rows(csv);
  const index = head!.indexOf(header);
  expect(index, `column ${header}`).toBeGreaterThanOrEqual(0);
  return data.map((row) => row[index]!);
}

describe('toCSV', () => {
  it('names columns by catalogue path and tags them with the catalogue HXL row', () => {
    const [header, hxl] = rows(toCSV([rizky]));
    const plain = Object.keys(intakeFieldCatalog).filter((path) => !path.includes('[]'));
    for (const path of plain) {
      const i = header!.indexOf(path);
      expect(i, path).toBeGreaterThanOrEqual(0);
      expect(hxl![i]).toBe(intakeFieldCatalog[path as keyof typeof intakeFieldCatalog].hxl);
    }
    expect(header).toContain('documents[0].type');
    expect(hxl![header!.indexOf('documents[0].status')]).toBe('#x_document+status');
  });

  it('leaves the HXL row out when asked', () => {
    const [, second] = rows(toCSV([rizky], { hxl: false }));
    expect(second![0]).toBe(rizky.id);
  });

  it('writes arrays of objects as numbered item columns, as many as the longest array', () => {
    const record = clone(rizky);
    record.documents = [
      { type: 'passport', status: 'confiscated', issuingCountry: 'ID' },
      { type: 'national_id', number: 'KTP-1', status: 'held' },
      { type: 'work_permit', status: 'lost' },
    ];
    const csv = toCSV([rizky, record]);
    const [header, hxl] = rows(csv);
    expect(header!.filter((h) => h.startsWith('documents['))).toHaveLength(12);
    expect(hxl!.filter((t) => t === '#x_document+type')).toHaveLength(3);
    expect(column(csv, 'documents[1].number')).toEqual(['', 'KTP-1']);
    expect(column(csv, 'documents[2].status')).toEqual(['', 'lost']);
  });

  it('joins lists with | and escapes | and \\ inside an item', () => {
    const record = clone(rizky);
    record.consent.shareWithPartners = {
      given: true,
      date: '2026-01-12',
      partners: ['IOM', 'Legal aid | Phnom Penh', 'C:\\shelter'],
    };
    const csv = toCSV([record]);
    expect(column(csv, 'person.citizenship')).toEqual(['ID']);
    expect(column(csv, 'recruitment.platforms')).toEqual(['facebook|telegram']);
    expect(column(csv, 'consent.shareWithPartners.partners')).toEqual([
      'IOM|Legal aid \\| Phnom Penh|C:\\\\shelter',
    ]);
    expect(fromCSV(csv).records[0]!.consent.shareWithPartners!.partners).toEqual(
      record.consent.shareWithPartners.partners,
    );
  });

  it('guards cells a spreadsheet would run as a formula, and reads them back unchanged', () => {
    const record = clone(rizky);
    record.person.fullName = '=HYPERLINK("http://evil.example","Rizky")';
    record.notes = "'=already quoted";
    const csv = toCSV([record]);
    expect(column(csv, 'person.fullName')).toEqual(['\'=HYPERLINK("http://evil.example","Rizky")']);
    expect(column(csv, 'person.phones')).toEqual(["'+6281234567890"]);
    expect(column(csv, 'notes')).toEqual(["''=already quoted"]);
    const back = fromCSV(csv).records[0]!;
    expect(back.person.fullName).toBe(record.person.fullName);
    expect(back.person.phones).toEqual(record.person.phones);
    expect(back.notes).toBe(record.notes);
    expect(column(toCSV([record], { formulaGuard: false }), 'person.fullName')[0]).toMatch(/^=HYPERLINK/);
  });

  it('quotes commas, quotes and line breaks, ends rows with CRLF, and can start with a BOM for Excel', () => {
    const record = clone(rizky);
    record.notes = 'Line one, "quoted"\nline two\r\nline three';
    const csv = toCSV([record], { bom: true });
    expect(csv.startsWith('\uFEFFid,')).toBe(true);
    expect(csv).toContain('"Line one, ""quoted""\nline two\r\nline three"');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(fromCSV(csv).records[0]!.notes).toBe(record.notes);
  });

  it('streams in chunks of rows that join to the same text, reading a one-pass iterable once', () => {
    const records = Array.from({ length: 25 }, (_, i) => ({ ...rizky, notes: `row ${i}` }));
    const whole = toCSV(records);
    const chunks = [...toCSVChunks(records, { chunkRows: 10 })];
    expect(chunks).toHaveLength(4);
    expect(chunks.join('')).toBe(whole);
    function* once() {
      yield* records;
    }
    const streamed = [...toCSVChunks(once())].join('');
    expect(rows(streamed).length).toBe(27);
    // Without the records up front, every item column the schema allows is written.
    expect(rows(streamed)[0]!.filter((h) => h.endsWith('].type') && h.startsWith('documents['))).toHaveLength(
      10,
    );
  });

  it('streams UTF-8 bytes that read back as the same records', async () => {
    const bytes = new Uint8Array(
      await new Response(toCSVStream([rizky, rizky], { bom: true })).arrayBuffer(),
    );
    expect(bytes.slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(fromCSV(bytes).records).toEqual([rizky, rizky]);
  });

  it('writes incident records with their own catalogue', () => {
    const csv = toCSV([], { kind: 'incident' });
    const [header, hxl] = rows(csv);
    expect(header).toContain('peopleAffected.best');
    expect(hxl![header!.indexOf('peopleAffected.bySex.female')]).toBe('#affected+f');
  });
});

describe('fromCSV: our own export', () => {
  it('reads back every example record exactly', () => {
    const back = fromCSV(toCSV([rizky]));
    expect(back.errors).toEqual([]);
    expect(back.warnings).toEqual([]);
    expect(back.records).toEqual([pruneEmpty(rizky)]);
  });

  it('reads a file without the HXL row, with a BOM, with LF or CRLF line ends', () => {
    const csv = toCSV([rizky], { hxl: false, bom: true });
    expect(fromCSV(csv).records).toEqual([rizky]);
    expect(fromCSV(csv.replaceAll('\r\n', '\n')).records).toEqual([rizky]);
  });

  it('reads columns in any order and reports the columns it does not know', () => {
    const [header, hxl, data] = rows(toCSV([rizky]));
    const order = header!.map((_, i) => i).reverse();
    const pick = (row: string[]) => order.map((i) => row[i]!);
    const shuffled = Papa.unparse([
      [...pick(header!), 'Interviewer'],
      [...pick(hxl!), '#contact+name'],
      [...pick(data!), 'Someone'],
    ]);
    const back = fromCSV(shuffled);
    expect(back.records).toEqual([rizky]);
    expect(back.warnings).toEqual([
      expect.objectContaining({ line: 1, column: 'Interviewer', code: 'unknown_column' }),
    ]);
  });

  it('keeps good rows and reports each bad one with its line, column and reason', () => {
    const good = clone(rizky);
    const badCountry = clone(rizky);
    badCountry.id = '3f1c2a9e-8d4b-4c6a-9f2e-1b7d5e0a4c12';
    badCountry.person.citizenship = ['ID', 'XX'];
    const badDate = clone(rizky);
    badDate.id = '3f1c2a9e-8d4b-4c6a-9f2e-1b7d5e0a4c13';
    badDate.notes = 'spans\ntwo lines';
    badDate.registrationDate = '2026-02-30';
    const csv = toCSV([good, badCountry, badDate]);
    const result = fromCSV(csv, { locale: 'fr' });
    expect(result.records.map((r) => r.id)).toEqual([good.id]);
    expect(result.errors).toEqual([
      expect.objectContaining({ line: 4, column: 'person.citizenship', code: 'invalid_country' }),
      expect.objectContaining({ line: 5, column: 'registrationDate', code: 'invalid_date' }),
    ]);
    expect(result.errors[0]!.message).not.toBe('');
  });

  it('names the file column of an error inside an array of objects, even after an empty item', () => {
    const record = clone(rizky);
    record.documents = [
      { type: 'passport', status: 'held' },
      { type: 'passport', status: 'held' },
    ];
    const csv = withCells(toCSV([record]), 0, {
      'documents[0].type': '',
      'documents[0].status': '',
      'documents[1].status': 'stolen',
    });
    const { errors } = fromCSV(csv);
    expect(errors).toEqual([
      expect.objectContaining({ line: 3, column: 'documents[1].status', code: 'invalid_choice' }),
    ]);
  });
});

describe('fromCSV: HXL-tagged CSV from other tools', () => {
  it('can tell every field by its tag: no two fields of a record share one', () => {
    for (const catalog of [intakeFieldCatalog, incidentFieldCatalog]) {
      const tags = Object.values(catalog).map((meta) => hxlKey(parseHxl(meta.hxl)!));
      expect(tags.filter((tag, i) => tags.indexOf(tag) !== i)).toEqual([]);
    }
  });

  const other = [
    'Registered,Name,Nationality,Sex,Comment,Consent,Consent date,Passport status,Case status',
    '#date +Registered,#x_person+NAME,#country+code+citizenship+v_iso2,#x_person+sex,#meta+comment,#x_consent+store,#date+consent+store,#x_document+status,#status+case',
    '2026-01-14,Nguyễn Văn An,VN,male,walked in,yes,2026-01-14,confiscated,registered',
    '2026-01-15,Siti,ID|MY,female,,yes,2026-01-15,,registered',
  ].join('\n');

  it('matches columns by HXL tag whatever their header, case, spacing or attribute order', () => {
    const result = fromCSV(other, { defaults: { office: 'vnm-embassy-phnom-penh', channel: 'walk_in' } });
    expect(result.errors).toEqual([
      // A document needs its type: the other tool only had the status.
      expect.objectContaining({ line: 3, code: 'required' }),
    ]);
    expect(result.records).toHaveLength(1);
    expect(result.records[0]).toMatchObject({
      registrationDate: '2026-01-15',
      office: 'vnm-embassy-phnom-penh',
      person: { fullName: 'Siti', citizenship: ['ID', 'MY'], sex: 'female' },
      consent: { store: { given: true, date: '2026-01-15' } },
      schemaVersion: 2,
    });
    expect(result.records[0]!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.columns.map((c) => [c.header, c.as, c.by])).toContainEqual([
      'Nationality',
      'person.citizenship',
      'hxl',
    ]);
    expect(result.warnings.map((w) => [w.code, w.column ?? ''])).toEqual([
      ['unknown_column', 'Comment'],
      ['generated_ids', ''],
    ]);
  });

  it('reads a file with only a hashtag row, and warns of required fields it has no column for', () => {
    const tagsOnly = other.split('\n').slice(1).join('\n');
    const result = fromCSV(tagsOnly);
    expect(result.warnings.filter((w) => w.code === 'missing_column').map((w) => w.column)).toEqual([
      'office',
      'channel',
    ]);
    expect(result.errors.filter((e) => e.line === 3).map((e) => e.code)).toContain('required');
  });

  it('fills repeated tags into item columns in order', () => {
    const csv = [
      '#meta+id,#date+registered,#org+code,#x_channel,#x_person+name,#country+code+v_iso2+citizenship,#x_document+type,#x_document+status,#x_document+type,#x_document+status,#x_consent+store,#date+consent+store,#status+case',
      `${rizky.id},2026-01-12,x,walk_in,A,ID,passport,confiscated,national_id,held,true,2026-01-12,registered`,
    ].join('\r\n');
    const result = fromCSV(csv);
    expect(result.errors).toEqual([]);
    expect(result.records[0]!.documents).toEqual([
      { type: 'passport', status: 'confiscated' },
      { type: 'national_id', status: 'held' },
    ]);
  });

  it('honours an Excel sep= first line, and headers in another case', () => {
    const csv = `sep=;\r\n${toCSV([rizky], { hxl: false }).replace('person.fullName', 'Person.FullName')}`
      .split('\r\n')
      .map((line, i) => (i === 0 ? line : (Papa.parse<string[]>(line).data[0]?.join(';') ?? '')))
      .join('\r\n');
    const bad = csv.replace(rizky.registrationDate, '2026-13-45');
    expect(fromCSV(csv).records).toEqual([rizky]);
    expect(fromCSV(bad).errors).toEqual([expect.objectContaining({ line: 3, code: 'invalid_date' })]);
  });

  it('reads semicolon-separated files from spreadsheets set to a European locale', () => {
    const semi = toCSV([rizky], { hxl: false })
      .split('\r\n')
      .map((line) => Papa.parse<string[]>(line).data[0]?.join(';') ?? '')
      .join('\r\n');
    expect(fromCSV(semi).records).toEqual([rizky]);
  });
});

describe('fromCSV: malformed input yields row errors, never a crash', () => {
  const head = toCSV([rizky]).split('\r\n').slice(0, 2).join('\r\n');
  const goodRow = toCSV([rizky]).split('\r\n')[2]!;

  it('reports an unclosed quote at the row where it opens, keeping the rows before it', () => {
    const broken = goodRow.replace(',Sumatera Barat,', ',"Sumatera Barat,');
    const csv = `${head}\r\n${goodRow}\r\n${broken}\r\n${goodRow}\r\n`;
    const result = fromCSV(csv);
    expect(result.records).toHaveLength(1);
    expect(result.errors).toEqual([expect.objectContaining({ line: 4, code: 'unclosed_quote' })]);
  });

  it('reports rows with too few or too many values', () => {
    const short = goodRow.split(',').slice(0, 10).join(',');
    const csv = `${head}\r\n${short}\r\n${goodRow},extra\r\n${goodRow}`;
    const result = fromCSV(csv);
    expect(result.records).toHaveLength(1);
    expect(result.errors.map((e) => [e.line, e.code])).toEqual([
      [3, 'too_few_fields'],
      [4, 'too_many_fields'],
    ]);
  });

  it('reports a 10 MB cell as too long, without copying it into the message', () => {
    const record = clone(rizky);
    record.notes = 'x'.repeat(10 * 1024 * 1024);
    const result = fromCSV(toCSV([record, { ...rizky, id: '3f1c2a9e-8d4b-4c6a-9f2e-1b7d5e0a4c19' }]));
    expect(result.records).toHaveLength(1);
    expect(result.errors).toEqual([expect.objectContaining({ line: 3, column: 'notes', code: 'too_long' })]);
    expect(result.errors[0]!.message.length).toBeLessThan(500);
  });

  it('reports rows holding bytes that are not UTF-8, given as Uint8Array or ArrayBuffer', () => {
    const encoder = new TextEncoder();
    const csv = `${head}\r\n${goodRow.replace('Rizky', 'Riz\u0000ky')}\r\n${goodRow.replace(rizky.id, '3f1c2a9e-8d4b-4c6a-9f2e-1b7d5e0a4c20')}\r\n`;
    const bytes = encoder.encode(csv);
    // A Windows-1252 "é" (0xE9) where the NUL placeholder is.
    const nul = bytes.indexOf(0);
    bytes[nul] = 0xe9;
    for (const input of [bytes, bytes.buffer.slice(0)]) {
      const result = fromCSV(input);
      expect(result.records.map((r) => r.id)).toEqual(['3f1c2a9e-8d4b-4c6a-9f2e-1b7d5e0a4c20']);
      expect(result.errors).toEqual([
        expect.objectContaining({ line: 3, column: 'person.fullName', code: 'invalid_encoding' }),
      ]);
    }
  });

  it('reads UTF-16 files (Excel "Unicode text") by their byte order mark', () => {
    const text = toCSV([rizky]);
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(fromCSV(bytes).records).toEqual([rizky]);
  });

  it('reports an empty file, and skips blank lines', () => {
    expect(fromCSV('').errors).toEqual([expect.objectContaining({ line: 1, code: 'empty_file' })]);
    expect(fromCSV(new Uint8Array()).errors[0]!.code).toBe('empty_file');
    const result = fromCSV(`\r\n${head}\r\n\r\n${goodRow}\r\n,,,\r\n`);
    expect(result.records).toEqual([rizky]);
    expect(result.errors).toEqual([]);
  });

  it('turns anything at all into a result', () => {
    const inputs = ['"', '""""', ',\n,\n', '#', '#x\n"', 'id\n"a"b"c', '\uFEFF', '\r\r\r', 'a,b\n1,2,3,4'];
    for (const input of inputs) {
      const result = fromCSV(input);
      expect(Array.isArray(result.records)).toBe(true);
      expect(Array.isArray(result.errors)).toBe(true);
    }
  });
});
