import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { toXLSForm, xlsFormName } from '../../src/exchange/index.js';
import { columnName } from '../../src/exchange/xlsx.js';
import { allLabels, type LabelCatalog } from '../../src/i18n/index.js';
import { intakeFieldCatalog } from '../../src/records/catalog.js';
import { CAMBODIA_PROVINCES } from '../../src/reference/cambodia-provinces.js';
import { COUNTRY_CODES } from '../../src/reference/countries.js';
import type { Locale } from '../../src/reference/locales.js';
import { messagesFor } from '../../src/validate/index.js';

/** An XLSForm reference to a question: `${name}`. */
const ref = (name: string) => `$${'{'}${name}}`;

const LANGUAGES = ['English (en)', 'French (fr)', 'Indonesian (id)', 'Chinese (zh-Hans)', 'Khmer (km)'];

function unescapeXml(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&');
}

/** Every element opened is closed, in order: the XML is well formed (tags, not a full parser). */
function expectWellFormed(xml: string, file: string) {
  const stack: string[] = [];
  for (const [, close, name, selfClosing] of xml
    .replace(/<\?xml[^>]*\?>/, '')
    .matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (selfClosing) continue;
    if (close) expect(stack.pop(), `${file}: </${name}>`).toBe(name);
    else stack.push(name!);
  }
  expect(stack, file).toEqual([]);
  expect(xml.replace(/&(amp|lt|gt|quot|apos);/g, ''), `${file}: bare &`).not.toContain('&');
}

/** A sheet's cells by row, read back from the SpreadsheetML, placed by their cell references. */
function readSheet(xml: string): Record<string, string>[] {
  const rows: string[][] = [];
  for (const [, rowXml] of xml.matchAll(/<row [^>]*>(.*?)<\/row>/gs)) {
    const row: string[] = [];
    for (const [, ref, text] of rowXml!.matchAll(
      /<c r="([A-Z]+)\d+" t="inlineStr"><is><t[^>]*>(.*?)<\/t><\/is><\/c>/gs,
    )) {
      let index = 0;
      for (const ch of ref!) index = index * 26 + (ch.charCodeAt(0) - 64);
      row[index - 1] = unescapeXml(text!);
    }
    rows.push(row);
  }
  const [header, ...data] = rows;
  return data.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i] ?? ''])));
}

let files: Record<string, Uint8Array>;
let survey: Record<string, string>[];
let choices: Record<string, string>[];
let settings: Record<string, string>[];
let labels: Record<Locale, LabelCatalog>;

beforeAll(async () => {
  labels = await allLabels();
  files = unzipSync(await toXLSForm());
  const sheet = (n: number) => readSheet(strFromU8(files[`xl/worksheets/sheet${n}.xml`]!));
  [survey, choices, settings] = [sheet(1), sheet(2), sheet(3)];
});

describe('toXLSForm: the workbook', () => {
  it('is a zip of well-formed SpreadsheetML parts naming the survey, choices and settings sheets', () => {
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
    ]);
    for (const [name, bytes] of Object.entries(files)) expectWellFormed(strFromU8(bytes), name);
    const workbook = strFromU8(files['xl/workbook.xml']!);
    expect([...workbook.matchAll(/<sheet name="(\w+)"/g)].map((m) => m[1])).toEqual([
      'survey',
      'choices',
      'settings',
    ]);
  });

  it('is the same bytes every time', async () => {
    expect(await toXLSForm({ labels })).toEqual(await toXLSForm({ labels }));
  });

  it('escapes XML in labels and drops characters XML cannot hold', async () => {
    const tricky = Object.fromEntries(
      Object.entries(labels).map(([l, catalog]) => [
        l,
        { ...catalog, 'intake.person.fullName.label': 'Name <b> & "quotes"\u0001' },
      ]),
    ) as unknown as Record<Locale, LabelCatalog>;
    const sheet = strFromU8(unzipSync(await toXLSForm({ labels: tricky }))['xl/worksheets/sheet1.xml']!);
    expectWellFormed(sheet, 'survey');
    const row = readSheet(sheet).find((r) => r.name === 'person_fullName')!;
    expect(row['label::English (en)']).toBe('Name <b> & "quotes"');
  });

  it('numbers columns past Z', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('has the settings ODK and Kobo need', () => {
    expect(settings).toEqual([
      {
        form_title: 'Homeward intake',
        form_id: 'homeward_intake',
        version: '2',
        default_language: 'English (en)',
        style: 'pages',
      },
    ]);
  });
});

describe('toXLSForm: the survey', () => {
  it('asks or calculates every field of the intake catalogue, named by its path', () => {
    const names = new Set(survey.map((r) => r.name));
    for (const path of Object.keys(intakeFieldCatalog)) expect(names, path).toContain(xlsFormName(path));
    expect(names.size).toBe(survey.filter((r) => !r.type!.startsWith('end_')).length);
  });

  it('labels every question in all five locales, from the label catalogues', () => {
    for (const row of survey) {
      if (['calculate', 'end_group', 'end_repeat'].includes(row.type!)) continue;
      for (const language of LANGUAGES)
        expect(row[`label::${language}`], `${row.name} ${language}`).not.toBe('');
    }
    const fullName = survey.find((r) => r.name === 'person_fullName')!;
    expect(fullName['label::Khmer (km)']).toBe(labels.km['intake.person.fullName.label']);
    expect(fullName['label::Chinese (zh-Hans)']).toBe(labels['zh-Hans']['intake.person.fullName.label']);
    const phones = survey.find((r) => r.name === 'person_phones_item')!;
    expect(phones['hint::Indonesian (id)']).toBe(labels.id['intake.person.phones.help']);
  });

  it('groups questions by the steps of the Homeward form, with arrays of objects as repeats', () => {
    const types = survey.map((r) => `${r.type} ${r.name}`);
    const inside = (name: string, group: string) => {
      const at = types.indexOf(name);
      return (
        types.lastIndexOf(`begin_group ${group}`, at) !== -1 && types.indexOf(`end_group ${group}`, at) > at
      );
    };
    expect(inside('select_one document_types documents_type', 'step_documents')).toBe(true);
    expect(types).toContain('begin_repeat documents');
    expect(types).toContain('begin_repeat person_messaging');
    expect(inside('select_one tri_state indicators_debtBondage', 'step_indicators')).toBe(true);
    const depth = types.reduce((d, t) => {
      expect(d).toBeGreaterThanOrEqual(0);
      return d + (t.startsWith('begin_') ? 1 : t.startsWith('end_') ? -1 : 0);
    }, 0);
    expect(depth).toBe(0);
  });

  it('marks required fields, and fields required once their part of the record is answered', () => {
    const row = (name: string) => survey.find((r) => r.name === name)!;
    expect(row('person_fullName').required).toBe('yes');
    expect(row('person_citizenship').required).toBe('yes');
    expect(row('person_latinName').required).toBe('');
    expect(row('exploitation_country').required).toContain(`${ref('exploitation_locality')} != ''`);
    expect(row('documents_status').required).toBe('yes');
    expect(row('person_fullName')['required_message::Khmer (km)']).toBe(messagesFor('km').required);
  });

  it('writes simple relevance and constraints, with the validator’s messages', () => {
    const row = (name: string) => survey.find((r) => r.name === name)!;
    expect(row('exploitation_province').relevant).toBe(`${ref('exploitation_country')} = 'KH'`);
    expect(row('exploitation_endDate').constraint).toContain(`. >= ${ref('exploitation_startDate')}`);
    expect(row('person_age').constraint).toBe('. >= 0 and . <= 120');
    expect(row('person_phones_item').constraint).toMatch(/^regex\(\., /);
    expect(row('person_phones_item')['constraint_message::French (fr)']).toBe(
      messagesFor('fr').invalid_phone,
    );
    expect(row('consent_store_given').constraint).toBe(". = 'true'");
    expect(row('exploitation_endDate')['constraint_message::English (en)']).not.toMatch(/\{/);
    expect(row('id').calculation).toBe('once(uuid())');
  });
});

describe('toXLSForm: the choices', () => {
  it('has a list for every select, and every value of every vocabulary, country and province', () => {
    const lists = new Map<string, string[]>();
    for (const c of choices) lists.set(c.list_name!, [...(lists.get(c.list_name!) ?? []), c.name!]);
    for (const row of survey) {
      const [type, list] = row.type!.split(' ');
      if (type === 'select_one' || type === 'select_multiple') expect(lists.has(list!), row.type).toBe(true);
    }
    expect(lists.get('countries')).toEqual([...COUNTRY_CODES]);
    expect(lists.get('provinces')).toEqual(CAMBODIA_PROVINCES.map((p) => p.code));
    expect(lists.get('yes_no')).toEqual(['true', 'false']);
    expect(lists.get('scam_types')).toContain('crypto');
  });

  it('labels choices in every locale: options from the catalogues, countries from CLDR, provinces in their script', () => {
    const choice = (list: string, name: string) =>
      choices.find((c) => c.list_name === list && c.name === name)!;
    expect(choice('scam_types', 'romance')['label::Khmer (km)']).toBe(labels.km['option.SCAM_TYPES.romance']);
    expect(choice('countries', 'KH')['label::French (fr)']).toBe('Cambodge');
    expect(choice('provinces', 'KH-20')['label::Khmer (km)']).toBe('ស្វាយរៀង');
    expect(choice('provinces', 'KH-20')['label::Chinese (zh-Hans)']).toBe('柴桢省');
    for (const c of choices) for (const language of LANGUAGES) expect(c[`label::${language}`]).not.toBe('');
  });
});
