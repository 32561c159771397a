import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { generateIntakeRecords } from '../../src/examples/generate.js';
import { tableFromCSV, tableLabels, tableToCSV } from '../../src/exchange/index.js';
import { loadLabels } from '../../src/i18n/index.js';
import { suppress } from '../../src/privacy/suppress.js';
import { countBy } from '../../src/stats/count.js';
import type { StatTable } from '../../src/stats/table.js';

/** Citizenship by sex after suppression at k = 11: two suppressed cells (one complementary), margins, a total. */
const bySexAndCitizenship: StatTable = {
  measure: 'count',
  unit: 'records',
  dimensions: [
    { field: 'person.sex', values: ['female', 'male'] },
    { field: 'person.citizenship', values: ['ID', 'CN'] },
  ],
  cells: [
    { keys: ['female', 'ID'], value: 120, suppressed: false },
    { keys: ['female', 'CN'], value: null, suppressed: true },
    { keys: ['male', 'ID'], value: 310, suppressed: false },
    { keys: ['male', 'CN'], value: null, suppressed: true },
  ],
  margins: [
    { keys: ['female', '*'], value: 127, suppressed: false },
    { keys: ['male', '*'], value: 356, suppressed: false },
    { keys: ['*', 'ID'], value: 430, suppressed: false },
    { keys: ['*', 'CN'], value: 53, suppressed: false },
  ],
  total: { keys: ['*', '*'], value: 483, suppressed: false, includesSuppressed: true },
  denominator: 500,
  excluded: [
    { reason: 'missing_value', count: 12 },
    { reason: 'research_consent_withdrawn', count: 5 },
  ],
  window: { from: '2026-01-01', to: '2026-01-18' },
  disclosure: { k: 11 },
  source: {
    name: 'Embassy of Indonesia, Phnom Penh, "registrations"',
    date: '2026-01-18',
    url: 'https://example.org/a,b',
  },
};

const weekly: StatTable = {
  measure: 'count',
  unit: 'records',
  dimensions: [{ field: 'registrationDate', interval: 'week', values: ['2026-W01', '2026-W02', '2026-W03'] }],
  cells: [
    { keys: ['2026-W01'], value: 40, suppressed: false, rounded: true },
    { keys: ['2026-W02'], value: 0, suppressed: false, rounded: true },
    { keys: ['2026-W03'], value: 25, suppressed: false, rounded: true },
  ],
  margins: [],
  total: { keys: ['*'], value: 65, suppressed: false, rounded: true, includesSuppressed: false },
  denominator: 65,
  excluded: [],
  cumulative: false,
  disclosure: { k: 11, roundTo: 5 },
};

const medianMonths: StatTable = {
  measure: 'quantile',
  unit: 'months',
  dimensions: [{ field: 'person.citizenship', values: ['ID', 'KH'] }],
  cells: [
    { keys: ['ID'], value: 7.5, suppressed: false },
    // A median of no records: nothing to compute, not suppressed.
    { keys: ['KH'], value: null, suppressed: false },
  ],
  margins: [],
  total: { keys: ['*'], value: 7.5, suppressed: false, includesSuppressed: false },
  denominator: 30,
  excluded: [],
};

function parse(csv: string): string[][] {
  return Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
}

describe('tableToCSV', () => {
  it('writes one row per cell, margin and total, with * for all values of a dimension', () => {
    const [header, hxl, ...rows] = parse(tableToCSV(bySexAndCitizenship));
    expect(header!.slice(0, 4)).toEqual(['person.sex', 'person.citizenship', 'value', 'flag']);
    expect(hxl!.slice(0, 3)).toEqual([
      '#x_person+sex',
      '#country+code+v_iso2+citizenship',
      '#indicator+num+count',
    ]);
    expect(rows.map((r) => r.slice(0, 4))).toEqual([
      ['female', 'ID', '120', ''],
      ['female', 'CN', '<11', 'suppressed'],
      ['male', 'ID', '310', ''],
      ['male', 'CN', '<11', 'suppressed'],
      ['female', '*', '127', ''],
      ['male', '*', '356', ''],
      ['*', 'ID', '430', ''],
      ['*', 'CN', '53', ''],
      ['*', '*', '483', 'includes_suppressed'],
    ]);
  });

  it('never writes a number for a suppressed cell, even one that wrongly kept its value', () => {
    const leaky: StatTable = {
      ...bySexAndCitizenship,
      cells: bySexAndCitizenship.cells.map((c) => (c.suppressed ? { ...c, value: 7 } : c)),
    };
    const csv = tableToCSV(leaky);
    const values = parse(csv).map((row) => row[2]);
    expect(values.filter((v) => v === '7')).toEqual([]);
    expect(values.filter((v) => v === '<11')).toHaveLength(2);
  });

  it('uses the table threshold in the marker', () => {
    const csv = tableToCSV({ ...bySexAndCitizenship, disclosure: { k: 5 } });
    expect(parse(csv)[3]![2]).toBe('<5');
  });

  it('repeats the metadata on every row, quoting what needs quotes', () => {
    const [header, , ...rows] = parse(tableToCSV(bySexAndCitizenship));
    const at = (name: string) => header!.indexOf(name);
    for (const row of rows) {
      expect(row[at('denominator')]).toBe('500');
      expect(row[at('excluded')]).toBe('missing_value:12|research_consent_withdrawn:5');
      expect(row[at('source')]).toBe('Embassy of Indonesia, Phnom Penh, "registrations"');
      expect(row[at('source_url')]).toBe('https://example.org/a,b');
      expect(row[at('k')]).toBe('11');
    }
  });

  it('names a time dimension with its interval', () => {
    const [header, hxl] = parse(tableToCSV(weekly));
    expect(header![0]).toBe('registrationDate.week');
    expect(hxl![0]).toBe('#date+registered+week');
  });

  it('adds label columns in the requested language', async () => {
    const [header, hxl, first, , , , margin] = parse(
      tableToCSV(bySexAndCitizenship, { labels: tableLabels('fr', await loadLabels('fr')) }),
    );
    expect(header!.slice(0, 4)).toEqual([
      'person.sex',
      'person.sex_label',
      'person.citizenship',
      'person.citizenship_label',
    ]);
    expect(hxl![3]).toBe('#country+name+v_iso2+citizenship');
    expect(first!.slice(0, 4)).toEqual([
      'female',
      (await loadLabels('fr'))['option.SEXES.female'],
      'ID',
      'Indonésie',
    ]);
    expect(margin!.slice(0, 4)).toEqual(['female', expect.any(String), '*', 'Total']);
    const km = parse(
      tableToCSV(bySexAndCitizenship, { labels: tableLabels('km-KH', await loadLabels('km')) }),
    );
    expect(km[2]![3]).toBe(new Intl.DisplayNames(['km'], { type: 'region' }).of('ID'));
  });

  it('leaves the HXL row out when asked', () => {
    expect(parse(tableToCSV(weekly, { hxl: false }))[1]![0]).toBe('2026-W01');
  });

  it('labels a time dimension only in its total row', async () => {
    const [header, , first, , , total] = parse(
      tableToCSV(weekly, { labels: tableLabels('id', await loadLabels('id')) }),
    );
    expect(header!.slice(0, 2)).toEqual(['registrationDate.week', 'registrationDate.week_label']);
    expect(first!.slice(0, 2)).toEqual(['2026-W01', '']);
    expect(total!.slice(0, 2)).toEqual(['*', 'Jumlah']);
  });
});

describe('suppressed denominators and exclusion counts', () => {
  /** After disclosure control: the denominator and one exclusion count hidden (null). */
  const hidden: StatTable = {
    ...bySexAndCitizenship,
    denominator: null,
    excluded: [
      { reason: 'missing_value', count: 12 },
      { reason: 'research_consent_withdrawn', count: null },
    ],
  };

  it('are written as the suppression marker, never as "null", and read back as null', () => {
    const csv = tableToCSV(hidden);
    expect(csv).not.toContain('null');
    const [header, , ...rows] = parse(csv);
    for (const row of rows) {
      expect(row[header!.indexOf('denominator')]).toBe('<11');
      expect(row[header!.indexOf('excluded')]).toBe('missing_value:12|research_consent_withdrawn:<11');
    }
    const { table, errors } = tableFromCSV(csv);
    expect(errors).toEqual([]);
    expect(table).toEqual(hidden);
  });

  it('use the table threshold, and read "null" from older exports as null too', () => {
    const csv = tableToCSV({ ...hidden, disclosure: { k: 5 } });
    expect(parse(csv)[2]![parse(csv)[0]!.indexOf('denominator')]).toBe('<5');
    const older = tableToCSV(hidden).replaceAll('<11', 'null');
    const { table } = tableFromCSV(older);
    expect(table.denominator).toBeNull();
    expect(table.excluded[1]).toEqual({ reason: 'research_consent_withdrawn', count: null });
  });

  it('round-trip a table that suppress actually produced', () => {
    const records = generateIntakeRecords(300, 5);
    for (const record of records) record.person.sex ??= 'male';
    for (const record of records.slice(0, 3)) delete record.person.sex;
    const table = suppress(countBy(records, ['person.sex']));
    // Three records without a sex, and a few with research consent withdrawn: both counts are below k.
    expect(table.excluded.map((e) => e.count)).toEqual([null, null]);
    const csv = tableToCSV(table);
    expect(csv).not.toContain('null');
    expect(tableFromCSV(csv).table).toEqual(table);
  });
});

describe('tableFromCSV', () => {
  it('reads back every kind of table exactly', () => {
    for (const table of [bySexAndCitizenship, weekly, medianMonths]) {
      const { table: back, errors } = tableFromCSV(tableToCSV(table));
      expect(errors).toEqual([]);
      expect(back).toEqual(table);
    }
  });

  it('reads back with label columns, without the HXL row, from bytes with a BOM', async () => {
    const csv = tableToCSV(bySexAndCitizenship, {
      hxl: false,
      labels: tableLabels('zh', await loadLabels('zh')),
    });
    const bytes = new TextEncoder().encode(`\uFEFF${csv}`);
    expect(tableFromCSV(bytes).table).toEqual(bySexAndCitizenship);
  });

  it('reads a suppressed cell back as suppressed, with no value, whatever its marker', () => {
    const csv = tableToCSV(bySexAndCitizenship).replace('<11,suppressed', '< 5,');
    const { table } = tableFromCSV(csv);
    expect(table.cells[1]).toEqual({ keys: ['female', 'CN'], value: null, suppressed: true });
  });

  it('keeps a cell flagged suppressed suppressed, even if a number was typed over the marker', () => {
    const csv = tableToCSV(bySexAndCitizenship).replace('<11,suppressed', '4,suppressed');
    expect(tableFromCSV(csv).table.cells[1]).toEqual({
      keys: ['female', 'CN'],
      value: null,
      suppressed: true,
    });
  });

  it('reads a minimal hand-written table (dimension, value, total)', () => {
    const { table, errors } = tableFromCSV('person.citizenship,value\nID,430\nCN,<11\n*,483\n');
    expect(errors).toEqual([]);
    expect(table.dimensions).toEqual([{ field: 'person.citizenship', values: ['ID', 'CN'] }]);
    expect(table.cells[1]).toEqual({ keys: ['CN'], value: null, suppressed: true });
    expect(table.total).toEqual({ keys: ['*'], value: 483, suppressed: false, includesSuppressed: false });
  });

  it('reports rows it cannot read with their line, and keeps the rest', () => {
    const csv =
      'person.citizenship,value\r\nID,430\r\n"CN\nwith a line break",many\r\n\r\nVN,12\r\n*,483\r\n';
    const { table, errors } = tableFromCSV(csv);
    expect(table.cells.map((c) => c.keys[0])).toEqual(['ID', 'VN']);
    expect(errors).toEqual([expect.objectContaining({ line: 3, column: 'value', code: 'invalid_number' })]);
  });

  it('reports a file without a value column or without a total', () => {
    expect(tableFromCSV('').errors[0]!.code).toBe('empty_file');
    expect(tableFromCSV('a,b\n1,2\n').errors[0]!.code).toBe('empty_file');
    expect(tableFromCSV('x,value\na,1\n').errors).toEqual([expect.objectContaining({ code: 'invalid_row' })]);
  });
});
