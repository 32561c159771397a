import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateIntakeRecords } from '../../src/examples/generate.js';
import { intakeExamples } from '../../src/examples/index.js';
import { htcdsMappingTable } from '../../src/exchange/htcds-doc.js';
import { fromHTCDS, HTCDS_GAPS, HTCDS_RULES, toHTCDS } from '../../src/exchange/index.js';
import { type IntakeFieldPath, intakeFieldCatalog } from '../../src/records/catalog.js';
import { clone, valid } from './helpers.js';

const rizky = valid(intakeExamples[0]);
const paths = Object.keys(intakeFieldCatalog) as IntakeFieldPath[];

/** Field names of HTCDS as published (Field Reference, and the XLSForm toolkit for con_Consent). */
const HTCDS_FIELDS = new Set([
  'org_Name',
  'prs_FirstName',
  'prs_MiddleName',
  'prs_SecondName',
  'prs_Birthdate',
  'prs_Gender',
  'prs_Citizenship',
  'prs_MobilePhone',
  'prs_HomePhone',
  'prs_MailingState',
  'prs_MailingCountry',
  'prs_MailingCity',
  'vic_MethodOfRecruitment',
  'vic_RecruitmentWebsitesAndApps',
  'vic_MethodsOfControl',
  'vic_RelationshipToTrafficker',
  'vic_TypeOfExploitation',
  'vic_LocationOfExploitation',
  'hte_Date',
  'hte_Country',
  'hte_State',
  'hte_City',
  'hte_Type',
  'cas_Status',
  'con_Consent',
]);

describe('the HTCDS mapping', () => {
  it('uses only field names the standard publishes', () => {
    for (const path of paths) {
      const field = intakeFieldCatalog[path].htcds;
      if (field) expect(HTCDS_FIELDS, `${path} → ${field}`).toContain(field);
    }
  });

  it('has a value rule for every catalogue field with an HTCDS field, and a reason for every other', () => {
    for (const path of paths) {
      const field = intakeFieldCatalog[path].htcds;
      if (field) {
        expect(HTCDS_RULES[path], path).toBeDefined();
        expect(HTCDS_GAPS[path], path).toBeUndefined();
      } else {
        expect(HTCDS_RULES[path], path).toBeUndefined();
        expect(HTCDS_GAPS[path], path).toMatch(/\w/);
      }
    }
    for (const path of [...Object.keys(HTCDS_RULES), ...Object.keys(HTCDS_GAPS)]) {
      expect(paths, `${path} is not a catalogue field`).toContain(path);
    }
  });

  it('is documented by the generated table in docs/htcds-mapping.md', () => {
    const file = fileURLToPath(new URL('../../docs/htcds-mapping.md', import.meta.url));
    const doc = readFileSync(file, 'utf8');
    const generated = `<!-- generated:start -->\n${htcdsMappingTable()}\n<!-- generated:end -->`;
    const updated = doc.replace(/<!-- generated:start -->[\s\S]*<!-- generated:end -->/, generated);
    if (process.env.UPDATE_DOCS) writeFileSync(file, updated);
    expect(doc, 'docs/htcds-mapping.md is out of date: run with UPDATE_DOCS=1').toBe(updated);
    for (const path of paths) expect(doc).toContain(`| \`${path}\` |`);
  });
});

describe('toHTCDS', () => {
  it('writes the 18-year-old from Sumatra as an HTCDS case', () => {
    expect(toHTCDS(rizky)).toEqual({
      organisation: { org_Name: 'idn-embassy-phnom-penh' },
      person: {
        prs_FirstName: 'Rizky',
        prs_Gender: 'Masculine',
        prs_Citizenship: ['ID'],
        prs_MailingState: 'Sumatera Barat',
        prs_MobilePhone: '+6281234567890',
      },
      victim: {
        vic_MethodOfRecruitment: ['ThroughOnlineSocialNetworks'],
        vic_RecruitmentWebsitesAndApps: ['Facebook', 'Telegram'],
        vic_RelationshipToTrafficker: 'Unaquainted',
        vic_TypeOfExploitation: ['Other'],
        vic_MethodsOfControl: [
          'FalsePromises',
          'Other',
          'WithholdsDocuments',
          'TakesEarnings',
          'ExcessiveWorkingHours',
        ],
      },
      events: [
        { hte_Type: 'Recruitment', hte_Date: '2025-04-20' },
        {
          hte_Type: 'Exploitation',
          hte_Country: 'KH',
          hte_State: 'KH-20',
          hte_City: 'Bavet',
          hte_Date: '2025-05-01',
        },
      ],
      case: { cas_Status: 'Active' },
      consent: { con_Consent: true },
      source: { system: 'homeward', id: rizky.id, schemaVersion: 2 },
    });
  });

  it('writes only a "yes" as a method of control, and one value for two indicators that share it', () => {
    const record = clone(rizky);
    record.indicators = {
      restrictionOfMovement: 'yes',
      isolation: 'yes',
      deception: 'no',
      debtBondage: 'declined',
    };
    expect(toHTCDS(record).victim.vic_MethodsOfControl).toEqual(['Other']);
    record.indicators = { deception: 'unknown', physicalSexualViolence: 'yes', abuseOfVulnerability: 'yes' };
    expect(toHTCDS(record).victim.vic_MethodsOfControl).toBeUndefined();
  });

  it('tells family from friends by the recruiter relation', () => {
    const record = clone(rizky);
    record.recruitment = { method: 'friend_or_relative', recruiterRelation: 'relative' };
    expect(toHTCDS(record).victim.vic_MethodOfRecruitment).toEqual(['ThroughFamilyOrFamilyEvents']);
    record.recruitment.recruiterRelation = 'friend';
    expect(toHTCDS(record).victim.vic_MethodOfRecruitment).toEqual(['ThroughFriendsOrSocialEvents']);
  });

  it('writes every generated record with HTCDS field names only, in the section of their prefix', () => {
    for (const record of generateIntakeRecords(300, 5)) {
      const htcds = toHTCDS(record);
      const prefixes = {
        organisation: 'org_',
        person: 'prs_',
        victim: 'vic_',
        case: 'cas_',
        consent: 'con_',
      };
      for (const [section, prefix] of Object.entries(prefixes)) {
        for (const field of Object.keys(htcds[section as keyof typeof prefixes])) {
          expect(field.startsWith(prefix)).toBe(true);
          expect(HTCDS_FIELDS).toContain(field);
        }
      }
      for (const event of htcds.events)
        for (const field of Object.keys(event)) expect(HTCDS_FIELDS).toContain(field);
    }
  });

  it('never writes a field HTCDS has no place for', () => {
    const htcds = JSON.stringify(toHTCDS(rizky));
    expect(htcds).not.toContain('4800'); // wages owed
    expect(htcds).not.toContain('confiscated'); // document status
    expect(htcds).not.toContain('romance'); // scam types
  });
});

describe('fromHTCDS', () => {
  it('reads back what HTCDS holds without loss, and lists the rest as unmapped', () => {
    const { record, unmapped } = fromHTCDS(toHTCDS(rizky));
    expect(record).toEqual({
      id: rizky.id,
      schemaVersion: 2,
      office: 'idn-embassy-phnom-penh',
      person: {
        fullName: 'Rizky',
        sex: 'male',
        citizenship: ['ID'],
        homeRegion: 'Sumatera Barat',
        phones: ['+6281234567890'],
      },
      recruitment: {
        method: 'social_media',
        platforms: ['facebook', 'telegram'],
        recruiterRelation: 'stranger',
        date: '2025-04-20',
      },
      exploitation: { country: 'KH', province: 'KH-20', locality: 'Bavet', startDate: '2025-05-01' },
      indicators: {
        deception: 'yes',
        retentionOfDocuments: 'yes',
        withholdingOfWages: 'yes',
        excessiveOvertime: 'yes',
      },
      consent: { store: { given: true } },
    });
    expect(unmapped).toEqual([
      { field: 'vic_TypeOfExploitation', value: ['Other'] },
      { field: 'vic_MethodsOfControl', value: ['Other'] },
      { field: 'cas_Status', value: 'Active' },
    ]);
  });

  it('round-trips every field it calls lossless', () => {
    for (const record of generateIntakeRecords(200, 9)) {
      const back = fromHTCDS(toHTCDS(record)).record;
      for (const [path, rule] of Object.entries(HTCDS_RULES)) {
        if (!rule.lossless) continue;
        const keys = path.split('.');
        const get = (o: unknown) => keys.reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], o);
        expect(get(back), path).toEqual(get(record));
      }
    }
  });

  it('joins split names, and never guesses a value with no single counterpart', () => {
    const { record, unmapped } = fromHTCDS({
      organisation: {},
      person: {
        prs_FirstName: 'Siti',
        prs_SecondName: 'Aminah',
        prs_Gender: 'NonSpecifiedUnknown',
        prs_Deceased: false,
      },
      victim: {
        vic_MethodsOfControl: ['DebtBondage', 'PsychoactiveSubstances'],
        vic_MethodOfRecruitment: ['AtWork'],
      },
      events: [{ hte_Type: 'Transit', hte_Country: 'TH' }],
      case: { cas_Status: 'Closed' },
      consent: {},
    });
    expect(record).toEqual({
      schemaVersion: 2,
      person: { fullName: 'Siti Aminah' },
      indicators: { debtBondage: 'yes' },
      status: 'closed',
    });
    expect(unmapped).toEqual([
      { field: 'prs_Gender', value: 'NonSpecifiedUnknown' },
      { field: 'prs_Deceased', value: false },
      { field: 'vic_MethodsOfControl', value: ['PsychoactiveSubstances'] },
      { field: 'vic_MethodOfRecruitment', value: ['AtWork'] },
      { field: 'Transit.hte_Country', value: 'TH' },
    ]);
  });
});
