/**
 * The intake questionnaire as an XLSForm (survey, choices and settings sheets), so that KoboToolbox and ODK teams
 * collect the same fields, with the same labels in every locale, as the Homeward forms.
 *
 * Every intake catalogue field is in the survey, named by its catalogue path with `.` as `_` and `[]` dropped
 * (`person.fullName` → `person_fullName`, `documents[].type` → `documents_type`), so names are unique across the form
 * and a submission maps back to the record field by field. Groups follow the Homeward form's steps; arrays of objects
 * are repeats; lists of free values (phones, languages, partners) are repeats of one question; the record id, schema
 * version and child-protection flag are calculated.
 */
import { allLabels } from '../i18n/labels/index.js';
import { INTAKE_STEPS, type IntakeStep, stepKey, VOCABULARIES } from '../i18n/labels/keys.js';
import type { LabelCatalog } from '../i18n/labels/types.js';
import { CURRENT_SCHEMA_VERSION } from '../records/intake.js';
import { CAMBODIA_PROVINCES, provinceName } from '../reference/cambodia-provinces.js';
import { COUNTRY_CODES } from '../reference/codes.generated.js';
import { countryName } from '../reference/countries.js';
import { CURRENCY_CODES } from '../reference/currencies.js';
import { LOCALES, type Locale } from '../reference/locales.js';
import type { IssueCode } from '../validate/issues.js';
import { messagesFor } from '../validate/messages/index.js';
import { type FieldSpec, intakeKind } from './fields.js';
import { type ValueList, valueListOf } from './vocabulary.js';
import { writeXlsx } from './xlsx.js';

/** How `toXLSForm` builds the form: the labels of every locale, the form's title and version. */
export interface XLSFormOptions {
  /** Every locale's labels (`await allLabels()`); loaded when not given. */
  labels?: Record<Locale, LabelCatalog>;
  formId?: string;
  title?: string;
  /** Form version; ODK Central and Kobo need a new one for each change. Default: the schema version. */
  version?: string;
}

/** The three sheets of an XLSForm (ODK, Kobo), each as rows of cells: write them to a workbook. */
export interface XLSFormSheets {
  survey: string[][];
  choices: string[][];
  settings: string[][];
}

/** XLSForm language columns: `label::English (en)`. */
const LANGUAGES: Record<Locale, string> = {
  en: 'English (en)',
  fr: 'French (fr)',
  id: 'Indonesian (id)',
  'zh-Hans': 'Chinese (zh-Hans)',
  km: 'Khmer (km)',
};

/** The survey name of a catalogue path. */
export function xlsFormName(path: string): string {
  return path.replaceAll('[]', '').replaceAll('.', '_');
}

const ref = (path: string) => `\${${xlsFormName(path)}}`;

/** The step of the Homeward form a field is asked in (see the widgets' intake steps). */
function stepOf(path: string): IntakeStep | undefined {
  const head = path.split(/[.[]/)[0]!;
  switch (head) {
    case 'consent':
      return 'consent';
    case 'person':
      return 'about-you';
    case 'documents':
      return 'documents';
    case 'recruitment':
      return 'recruitment';
    case 'exploitation':
    case 'wagesOwed':
      return 'exploitation';
    case 'departure':
      return 'departure';
    case 'indicators':
      return 'indicators';
    case 'needs':
    case 'notes':
      return 'needs';
    default:
      return undefined;
  }
}

const LIST_NAMES: Record<string, string> = { BOOLEAN: 'yes_no' };
const listName = (list: ValueList) => LIST_NAMES[list] ?? list.toLowerCase();

/** Relevance that depends on another answer: written out where the rule is simple. */
const RELEVANT: Record<string, string> = {
  'exploitation.province': `${ref('exploitation.country')} = 'KH'`,
  'person.ageBand': `${ref('person.birthDate')} = '' and ${ref('person.age')} = ''`,
  'recruitment.promisedWage.currency': `${ref('recruitment.promisedWage.amount')} != ''`,
  'recruitment.promisedWage.period': `${ref('recruitment.promisedWage.amount')} != ''`,
  'consent.shareWithPartners.partners': `${ref('consent.shareWithPartners.given')} = 'true'`,
};
for (const purpose of ['store', 'shareWithPartners', 'contactLater', 'research']) {
  RELEVANT[`consent.${purpose}.date`] = `${ref(`consent.${purpose}.given`)} != ''`;
  RELEVANT[`consent.${purpose}.withdrawnOn`] = `${ref(`consent.${purpose}.given`)} = 'true'`;
}

/** Dates that must not come before another (the record's cross-field rules, where one comparison says it). */
const NOT_BEFORE: Record<string, string> = {
  'exploitation.startDate': 'recruitment.date',
  'exploitation.endDate': 'exploitation.startDate',
  'departure.date': 'exploitation.endDate',
};
for (const purpose of ['store', 'shareWithPartners', 'contactLater', 'research']) {
  NOT_BEFORE[`consent.${purpose}.withdrawnOn`] = `consent.${purpose}.date`;
}

const DEFAULTS: Record<string, string> = {
  registrationDate: 'today()',
  status: 'registered',
  'consent.store.date': 'today()',
  'consent.shareWithPartners.date': 'today()',
  'consent.contactLater.date': 'today()',
  'consent.research.date': 'today()',
};

const LANGUAGE_TAG = '^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?$';
const PHONE = '^\\+[1-9][0-9]{6,14}$';
const UUID = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

const CALCULATED: Record<string, string> = {
  id: 'once(uuid())',
  schemaVersion: String(CURRENT_SCHEMA_VERSION),
  // Under 18 at intake (by age, birth date or age band) flags the record; the validator also checks at recruitment.
  childProtection: `if((${ref('person.age')} != '' and ${ref('person.age')} < 18) or (${ref('person.birthDate')} != '' and int((decimal-date-time(${ref('registrationDate')}) - decimal-date-time(${ref('person.birthDate')})) div 365.25) < 18) or ${ref('person.ageBand')} = '0-8' or ${ref('person.ageBand')} = '9-17', 'true', '')`,
};

interface Row {
  type: string;
  name: string;
  label?: Partial<Record<Locale, string>>;
  hint?: Partial<Record<Locale, string>>;
  required?: string;
  relevant?: string;
  constraint?: string;
  constraintCode?: IssueCode;
  calculation?: string;
  default?: string;
  appearance?: string;
}

type Labels = Record<Locale, LabelCatalog>;

function translated(labels: Labels, key: string): Partial<Record<Locale, string>> {
  const out: Partial<Record<Locale, string>> = {};
  for (const locale of LOCALES) {
    const text = labels[locale][key] || labels.en[key];
    if (text) out[locale] = text;
  }
  return out;
}

function constraintOf(field: FieldSpec): Pick<Row, 'constraint' | 'constraintCode'> {
  const parts: string[] = [];
  let code: IssueCode | undefined;
  const add = (expression: string, issue: IssueCode) => {
    parts.push(expression);
    code ??= issue;
  };
  const longest = field.list ? field.itemMax : field.max;
  if (field.text && longest) add(`string-length(.) <= ${longest}`, 'too_long');
  // The validator refuses a record the person did not agree to keep.
  if (field.path === 'consent.store.given') add(`. = 'true'`, 'consent_required');
  if (field.format === 'pattern' && field.path.endsWith('phones'))
    add(`regex(., '${PHONE}')`, 'invalid_phone');
  if (field.format === 'pattern' && field.path.endsWith('languages'))
    add(`regex(., '${LANGUAGE_TAG}')`, 'invalid_language');
  if (field.format === 'uuid') add(`regex(., '${UUID}')`, 'invalid_uuid');
  if (field.kind === 'number' && field.range?.min !== undefined) add(`. >= ${field.range.min}`, 'too_small');
  if (field.kind === 'number' && field.range?.max !== undefined) add(`. <= ${field.range.max}`, 'too_big');
  if (field.format === 'date') {
    add('. <= today()', 'date_in_future');
    const before = NOT_BEFORE[field.path];
    if (before) add(`(${ref(before)} = '' or . >= ${ref(before)})`, 'date_order');
  }
  if (field.list && valueListOf(field) && field.max && field.max < (field.values?.length ?? Infinity)) {
    add(`count-selected(.) <= ${field.max}`, 'too_many');
  }
  return parts.length > 0 ? { constraint: parts.join(' and '), constraintCode: code } : {};
}

/** `yes`, or an expression: required whenever anything else in its optional object is answered. */
function requiredOf(field: FieldSpec, fields: readonly FieldSpec[]): string | undefined {
  if (field.required) return 'yes';
  if (!field.requiredInParent || field.group) return undefined;
  const parent = field.path.slice(0, field.path.lastIndexOf('.'));
  // Repeats (lists of free values) cannot be compared with '' in XPath: they are left out of the test.
  const siblings = fields.filter(
    (f) => f !== field && !f.group && f.path.startsWith(`${parent}.`) && !(f.list && !valueListOf(f)),
  );
  return siblings.length > 0 ? siblings.map((f) => `${ref(f.path)} != ''`).join(' or ') : undefined;
}

function questionRows(field: FieldSpec, fields: readonly FieldSpec[], labels: Labels): Row[] {
  const name = xlsFormName(field.path);
  const calculation = CALCULATED[field.path];
  if (calculation) return [{ type: 'calculate', name, calculation }];
  const list = valueListOf(field);
  const base: Row = {
    type: '',
    name,
    label: translated(labels, field.meta.labelKey),
    hint: translated(labels, field.meta.helpKey),
    ...constraintOf(field),
  };
  const required = requiredOf(field, fields);
  if (required) base.required = required;
  if (RELEVANT[field.path]) base.relevant = RELEVANT[field.path];
  if (DEFAULTS[field.path]) base.default = DEFAULTS[field.path];
  if (list) return [{ ...base, type: `${field.list ? 'select_multiple' : 'select_one'} ${listName(list)}` }];
  const type =
    field.format === 'date'
      ? 'date'
      : field.kind === 'number'
        ? field.format === 'integer'
          ? 'integer'
          : 'decimal'
        : 'text';
  if (field.path === 'notes') base.appearance = 'multiline';
  if (!field.list) return [{ ...base, type }];
  // A list of free values: one question, repeated.
  const { label, hint, relevant, ...question } = base;
  return [
    { type: 'begin_repeat', name, label, ...(relevant ? { relevant } : {}) },
    { ...question, type, name: `${name}_item`, label, hint },
    { type: 'end_repeat', name },
  ];
}

function surveyRows(labels: Labels): Row[] {
  const fields = intakeKind.fields;
  const rows: Row[] = [];
  const top = fields.filter((f) => !stepOf(f.path));
  for (const field of top.filter((f) => CALCULATED[f.path] === undefined))
    rows.push(...questionRows(field, fields, labels));
  for (const step of INTAKE_STEPS) {
    const inStep = fields.filter((f) => stepOf(f.path) === step);
    if (inStep.length === 0) continue;
    const group = `step_${step.replaceAll('-', '_')}`;
    const hasRepeat = inStep.some((f) => f.group || (f.list && !valueListOf(f)));
    rows.push({
      type: 'begin_group',
      name: group,
      label: translated(labels, stepKey('intake', step, 'title')),
      // One screen per step, as in the Homeward form; ODK cannot show a repeat inside such a screen.
      ...(hasRepeat ? {} : { appearance: 'field-list' }),
    });
    const intro = translated(labels, stepKey('intake', step, 'intro'));
    if (Object.keys(intro).length > 0) rows.push({ type: 'note', name: `${group}_intro`, label: intro });
    const done = new Set<string>();
    for (const field of inStep) {
      if (!field.group) {
        rows.push(...questionRows(field, fields, labels));
        continue;
      }
      const repeat = field.group.path;
      if (done.has(repeat)) continue;
      done.add(repeat);
      const members = inStep.filter((f) => f.group?.path === repeat);
      // A repeat that is the whole step is titled by the step; otherwise by its first question.
      const title =
        members.length === inStep.length ? stepKey('intake', step, 'title') : members[0]!.meta.labelKey;
      rows.push({ type: 'begin_repeat', name: xlsFormName(repeat), label: translated(labels, title) });
      for (const member of members) rows.push(...questionRows(member, fields, labels));
      rows.push({ type: 'end_repeat', name: xlsFormName(repeat) });
    }
    rows.push({ type: 'end_group', name: group });
  }
  for (const field of top.filter((f) => CALCULATED[f.path] !== undefined))
    rows.push(...questionRows(field, fields, labels));
  return rows;
}

function surveySheet(labels: Labels): string[][] {
  const rows = surveyRows(labels);
  const header = [
    'type',
    'name',
    ...LOCALES.map((l) => `label::${LANGUAGES[l]}`),
    ...LOCALES.map((l) => `hint::${LANGUAGES[l]}`),
    'required',
    ...LOCALES.map((l) => `required_message::${LANGUAGES[l]}`),
    'relevant',
    'constraint',
    ...LOCALES.map((l) => `constraint_message::${LANGUAGES[l]}`),
    'calculation',
    'default',
    'appearance',
  ];
  return [
    header,
    ...rows.map((row) => [
      row.type,
      row.name,
      ...LOCALES.map((l) => row.label?.[l] ?? ''),
      ...LOCALES.map((l) => row.hint?.[l] ?? ''),
      row.required ?? '',
      ...LOCALES.map((l) => (row.required ? messagesFor(l).required : '')),
      row.relevant ?? '',
      row.constraint ?? '',
      // Messages with {placeholders} need an issue's params, which a form constraint cannot give: cut them off.
      ...LOCALES.map((l) =>
        row.constraintCode ? messagesFor(l)[row.constraintCode].replace(/\s*\(\{\w+\}\)/g, '') : '',
      ),
      row.calculation ?? '',
      row.default ?? '',
      row.appearance ?? '',
    ]),
  ];
}

function choicesSheet(labels: Labels): string[][] {
  const rows: string[][] = [['list_name', 'name', ...LOCALES.map((l) => `label::${LANGUAGES[l]}`)]];
  const add = (
    list: ValueList,
    values: readonly string[],
    label: (value: string, locale: Locale) => string,
  ) => {
    for (const value of values) rows.push([listName(list), value, ...LOCALES.map((l) => label(value, l))]);
  };
  for (const [name, values] of Object.entries(VOCABULARIES)) {
    add(
      name as ValueList,
      values,
      (value, l) => labels[l][`option.${name}.${value}`] || labels.en[`option.${name}.${value}`] || value,
    );
  }
  add(
    'BOOLEAN',
    ['true', 'false'],
    (value, l) => labels[l][`option.TRI_STATE.${value === 'true' ? 'yes' : 'no'}`] ?? value,
  );
  add('COUNTRIES', COUNTRY_CODES, (code, l) => countryName(code, l));
  add(
    'PROVINCES',
    CAMBODIA_PROVINCES.map((p) => p.code),
    (code, l) => provinceName(code, l),
  );
  const currencyNames = new Map<Locale, Intl.DisplayNames>();
  add('CURRENCIES', CURRENCY_CODES, (code, l) => {
    let names = currencyNames.get(l);
    if (!names) {
      names = new Intl.DisplayNames([l, 'en'], { type: 'currency', fallback: 'code' });
      currencyNames.set(l, names);
    }
    return `${code} – ${names.of(code) ?? code}`;
  });
  return rows;
}

/** The three sheets as rows of text (the first row of each is its header). */
export function xlsFormSheets(labels: Labels, options: Omit<XLSFormOptions, 'labels'> = {}): XLSFormSheets {
  return {
    survey: surveySheet(labels),
    choices: choicesSheet(labels),
    settings: [
      ['form_title', 'form_id', 'version', 'default_language', 'style'],
      [
        options.title ?? 'Homeward intake',
        options.formId ?? 'homeward_intake',
        options.version ?? `${CURRENT_SCHEMA_VERSION}`,
        LANGUAGES.en,
        'pages',
      ],
    ],
  };
}

/** The intake questionnaire as an XLSForm workbook (.xlsx bytes), labelled in every Homeward locale. */
export async function toXLSForm(options: XLSFormOptions = {}): Promise<Uint8Array> {
  const labels = options.labels ?? (await allLabels());
  const sheets = xlsFormSheets(labels, options);
  return writeXlsx([
    { name: 'survey', rows: sheets.survey },
    { name: 'choices', rows: sheets.choices },
    { name: 'settings', rows: sheets.settings },
  ]);
}
