import { describe, expect, it } from 'vitest';
import { latestAllowedDate, yearsBetween } from '../../src/records/dates.js';
import type { IncidentRecord } from '../../src/records/incident.js';
import { IncidentRecordSchema } from '../../src/records/incident.js';
import type { IntakeRecord } from '../../src/records/intake.js';
import { IntakeRecordSchema } from '../../src/records/intake.js';
import {
  ageAtIntake,
  ageAtRecruitment,
  incidentRuleIssues,
  intakeRuleIssues,
  isMinor,
} from '../../src/records/rules.js';
import { validateIncident, validateIntake } from '../../src/validate/index.js';
import { incidentValidatorOnly } from '../fixtures/incidents.js';
import { intakeValidatorOnly } from '../fixtures/intakes.js';

const NOW = new Date('2026-01-20T12:00:00Z');

function intake(change: (r: IntakeRecord) => void = () => {}): IntakeRecord {
  const record: IntakeRecord = {
    id: '9e22d05f-6453-4703-83d2-9cea29f338ee',
    schemaVersion: 2,
    registrationDate: '2026-01-15',
    office: 'idn-embassy-phnom-penh',
    channel: 'walk_in',
    person: { fullName: 'Bayu', citizenship: ['ID'] },
    consent: { store: { given: true, date: '2026-01-15' } },
    status: 'registered',
  };
  change(record);
  return record;
}

function incident(change: (r: IncidentRecord) => void = () => {}): IncidentRecord {
  const record: IncidentRecord = {
    id: '5d18f72c-e0d5-40a6-a79b-992069261d93',
    schemaVersion: 2,
    type: 'release',
    dates: { start: '2026-01-06', precision: 'day' },
    location: { country: 'KH', province: 'KH-20' },
    peopleAffected: { min: 10, best: 20, max: 30 },
    sources: [{ kind: 'video', verification: { status: 'unverified' } }],
  };
  change(record);
  return record;
}

const codes = (issues: { path: (string | number)[]; code: string }[]) =>
  issues.map(({ path, code }) => `${path.join('.')}:${code}`);

describe('yearsBetween', () => {
  it.each([
    ['2000-01-15', '2026-01-15', 26],
    ['2000-01-16', '2026-01-15', 25],
    ['2000-12-31', '2026-01-01', 25],
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
    ['2008-02-29', '2028-02-29', 20],
    ['2026-01-15', '2026-01-15', 0],
    ['2026-01-16', '2026-01-15', -1],
  ])('%s to %s is %i whole years', (from, to, years) => {
    expect(yearsBetween(from, to)).toBe(years);
  });
});

describe('latestAllowedDate', () => {
  it('is tomorrow in UTC, so that a date entered at UTC+14 is not in the future', () => {
    expect(latestAllowedDate(new Date('2026-01-20T00:00:00Z'))).toBe('2026-01-21');
    expect(latestAllowedDate(new Date('2026-01-20T23:59:59.999Z'))).toBe('2026-01-21');
    expect(latestAllowedDate(new Date('2026-12-31T10:00:00Z'))).toBe('2027-01-01');
  });

  it('follows the clock from one call to the next (its cache is per day)', () => {
    expect(latestAllowedDate(new Date('2026-01-20T23:59:59Z'))).toBe('2026-01-21');
    expect(latestAllowedDate(new Date('2026-01-21T00:00:00Z'))).toBe('2026-01-22');
    expect(latestAllowedDate(new Date('2025-06-01T00:00:00Z'))).toBe('2025-06-02');
  });
});

describe('ageAtIntake', () => {
  it('prefers the birth date to the stated age', () => {
    expect(ageAtIntake(intake((r) => (r.person = { ...r.person, birthDate: '2000-01-16', age: 30 })))).toBe(
      25,
    );
    expect(ageAtIntake(intake((r) => (r.person.age = 30)))).toBe(30);
    expect(ageAtIntake(intake())).toBeUndefined();
  });
});

describe('ageAtRecruitment', () => {
  it('is unknown without a recruitment date or any age', () => {
    expect(ageAtRecruitment(intake((r) => (r.person.age = 30)))).toBeUndefined();
    expect(ageAtRecruitment(intake((r) => (r.recruitment = { date: '2025-01-01' })))).toBeUndefined();
  });

  it('is exact from the birth date', () => {
    const record = intake((r) => {
      r.person.birthDate = '2007-06-10';
      r.recruitment = { date: '2025-06-09' };
    });
    expect(ageAtRecruitment(record)).toBe(17);
    record.recruitment!.date = '2025-06-10';
    expect(ageAtRecruitment(record)).toBe(18);
  });

  it('from a stated age, is the youngest the person can have been', () => {
    // 18 on 2026-01-15, recruited eight months earlier: born between 2007-01-16 and 2008-01-15, so 17 or 18 then.
    const record = intake((r) => {
      r.person.age = 18;
      r.recruitment = { date: '2025-05-15' };
    });
    expect(ageAtRecruitment(record)).toBe(17);
    record.recruitment!.date = '2023-05-15';
    expect(ageAtRecruitment(record)).toBe(15);
  });

  it('from a stated age, is exact on the same day of the year as the registration', () => {
    const record = intake((r) => {
      r.person.age = 18;
      r.recruitment = { date: '2025-01-15' };
    });
    expect(ageAtRecruitment(record)).toBe(17);
    record.person.age = 19;
    expect(ageAtRecruitment(record)).toBe(18);
  });

  it('is the stated age when recruitment is dated on or after registration', () => {
    expect(
      ageAtRecruitment(
        intake((r) => {
          r.person.age = 20;
          r.recruitment = { date: '2026-01-15' };
        }),
      ),
    ).toBe(20);
  });
});

describe('isMinor', () => {
  it.each<[string, (r: IntakeRecord) => void, boolean]>([
    ['no age at all', () => {}, false],
    ['age band 0-8', (r) => (r.person.ageBand = '0-8'), true],
    ['age band 9-17', (r) => (r.person.ageBand = '9-17'), true],
    ['age band 18-20', (r) => (r.person.ageBand = '18-20'), false],
    ['stated age 17', (r) => (r.person.age = 17), true],
    ['stated age 18, no recruitment date', (r) => (r.person.age = 18), false],
    ['born 2008-01-16: 17 on 2026-01-15', (r) => (r.person.birthDate = '2008-01-16'), true],
    ['born 2008-01-15: 18 on 2026-01-15', (r) => (r.person.birthDate = '2008-01-15'), false],
    [
      '18 by birth date now, 17 at recruitment',
      (r) => {
        r.person.birthDate = '2007-06-10';
        r.recruitment = { date: '2025-06-09' };
      },
      true,
    ],
    [
      'stated 18, recruited eight months earlier (possibly 17)',
      (r) => {
        r.person.age = 18;
        r.recruitment = { date: '2025-05-15' };
      },
      true,
    ],
    [
      'stated 19, recruited eight months earlier (18 at least)',
      (r) => {
        r.person.age = 19;
        r.recruitment = { date: '2025-05-15' };
      },
      false,
    ],
    [
      'stated 19, recruited a year to the day earlier (18 exactly)',
      (r) => {
        r.person.age = 19;
        r.recruitment = { date: '2025-01-15' };
      },
      false,
    ],
  ])('%s: %s', (_, change, minor) => {
    expect(isMinor(intake(change))).toBe(minor);
  });
});

describe('intakeRuleIssues', () => {
  it('finds nothing wrong with a consistent record', () => {
    const record = intake((r) => {
      r.person = { ...r.person, birthDate: '1999-03-02', age: 26, ageBand: '24-26' };
      r.recruitment = { date: '2025-03-01' };
      r.exploitation = { country: 'KH', province: 'KH-12', startDate: '2025-03-01', endDate: '2026-01-05' };
      r.departure = { how: 'released', date: '2026-01-05' };
      r.consent.research = { given: true, date: '2026-01-15', withdrawnOn: '2026-01-21' };
      r.childProtection = false;
    });
    expect(intakeRuleIssues(record, NOW)).toEqual([]);
  });

  it.each<[string, (r: IntakeRecord) => void]>([
    ['person.birthDate', (r) => (r.person.birthDate = '2026-01-22')],
    ['recruitment.date', (r) => (r.recruitment = { date: '2026-01-22' })],
    ['exploitation.startDate', (r) => (r.exploitation = { country: 'KH', startDate: '2026-01-22' })],
    ['exploitation.endDate', (r) => (r.exploitation = { country: 'KH', endDate: '2026-01-22' })],
    ['departure.date', (r) => (r.departure = { how: 'escaped', date: '2026-01-22' })],
    ['registrationDate', (r) => (r.registrationDate = '2026-01-22')],
    ['consent.store.date', (r) => (r.consent.store.date = '2026-01-22')],
    [
      'consent.contactLater.withdrawnOn',
      (r) => (r.consent.contactLater = { given: true, date: '2026-01-15', withdrawnOn: '2026-01-22' }),
    ],
  ])('reports %s in the future (a day of grace for time zones)', (path, change) => {
    const issues = intakeRuleIssues(intake(change), NOW);
    expect(codes(issues)).toContain(`${path}:date_in_future`);
    const tomorrow = intakeRuleIssues(
      JSON.parse(JSON.stringify(intake(change)).replaceAll('2026-01-22', '2026-01-21')),
      NOW,
    );
    expect(codes(tomorrow).filter((c) => c.endsWith('date_in_future'))).toEqual([]);
  });

  it('reports each date that comes before the one before it, naming it', () => {
    const record = intake((r) => {
      r.person.birthDate = '2000-01-01';
      r.recruitment = { date: '1999-01-01' };
      r.exploitation = { country: 'KH', startDate: '2025-02-01', endDate: '2025-01-01' };
      r.departure = { how: 'released', date: '2026-01-16' };
    });
    const issues = intakeRuleIssues(record, NOW);
    expect(issues.filter((i) => i.code === 'date_order')).toEqual([
      { path: ['recruitment', 'date'], code: 'date_order', params: { after: 'person.birthDate' } },
      { path: ['exploitation', 'endDate'], code: 'date_order', params: { after: 'exploitation.startDate' } },
      { path: ['registrationDate'], code: 'date_order', params: { after: 'departure.date' } },
    ]);
  });

  it('skips dates not given when ordering, and accepts equal dates', () => {
    const record = intake((r) => {
      r.person.birthDate = '2000-01-01';
      r.departure = { how: 'released', date: '2026-01-15' };
      r.exploitation = { country: 'KH', endDate: '1999-12-31' };
    });
    expect(codes(intakeRuleIssues(record, NOW))).toEqual(['exploitation.endDate:date_order']);
    record.exploitation!.endDate = '2000-01-01';
    expect(intakeRuleIssues(record, NOW)).toEqual([]);
  });

  it('checks each consent purpose: withdrawal not before consent', () => {
    const record = intake((r) => {
      r.consent.shareWithPartners = {
        given: true,
        date: '2026-01-15',
        withdrawnOn: '2026-01-14',
        partners: ['IOM'],
      };
      r.consent.research = { given: false, date: '2026-01-15', withdrawnOn: '2026-01-15' };
    });
    expect(intakeRuleIssues(record, NOW)).toEqual([
      {
        path: ['consent', 'shareWithPartners', 'withdrawnOn'],
        code: 'date_order',
        params: { after: 'consent.shareWithPartners.date' },
      },
    ]);
  });

  it('checks the age against the birth date on the registration date', () => {
    const record = intake((r) => (r.person = { ...r.person, birthDate: '2000-01-16', age: 26 }));
    expect(codes(intakeRuleIssues(record, NOW))).toEqual(['person.age:age_mismatch']);
    record.person.age = 25;
    expect(intakeRuleIssues(record, NOW)).toEqual([]);
  });

  it('checks the age band against the age, naming the expected band', () => {
    const record = intake((r) => (r.person = { ...r.person, age: 21, ageBand: '18-20' }));
    expect(intakeRuleIssues(record, NOW)).toEqual([
      { path: ['person', 'ageBand'], code: 'age_band_mismatch', params: { expected: '21-23' } },
    ]);
    record.person = { ...record.person, age: undefined, birthDate: '2006-01-16' };
    expect(intakeRuleIssues(record, NOW)).toEqual([]);
  });

  it('refuses childProtection false for a minor, accepts it for an adult and accepts it absent', () => {
    expect(
      codes(
        intakeRuleIssues(
          intake((r) => {
            r.person.age = 17;
            r.childProtection = false;
          }),
          NOW,
        ),
      ),
    ).toEqual(['childProtection:minor_not_flagged']);
    expect(
      intakeRuleIssues(
        intake((r) => {
          r.person.age = 18;
          r.childProtection = false;
        }),
        NOW,
      ),
    ).toEqual([]);
    expect(
      intakeRuleIssues(
        intake((r) => (r.person.age = 17)),
        NOW,
      ),
    ).toEqual([]);
  });

  it('checks a province against Cambodia’s real list, and elsewhere against the country', () => {
    const at = (country: string, province: string) =>
      codes(
        intakeRuleIssues(
          intake((r) => (r.exploitation = { country, province })),
          NOW,
        ),
      );
    expect(at('KH', 'KH-25')).toEqual([]);
    expect(at('KH', 'KH-1')).toEqual([]);
    expect(at('KH', 'KH-26')).toEqual(['exploitation.province:invalid_province']);
    expect(at('KH', 'KH-01')).toEqual(['exploitation.province:invalid_province']);
    expect(at('MM', 'MM-13')).toEqual([]);
    expect(at('MM', 'TH-10')).toEqual(['exploitation.province:invalid_province']);
  });

  it('requires consent to store the record', () => {
    expect(
      codes(
        intakeRuleIssues(
          intake((r) => (r.consent.store.given = false)),
          NOW,
        ),
      ),
    ).toEqual(['consent.store.given:consent_required']);
  });
});

describe('incidentRuleIssues', () => {
  it('finds nothing wrong with a consistent record', () => {
    const record = incident((r) => {
      r.dates.end = '2026-01-07';
      r.reportedOn = '2026-01-06';
      r.sources[0]!.capturedOn = '2026-01-06';
      r.peopleAffected = {
        min: 10,
        best: 10,
        max: 10,
        byCitizenship: [{ country: 'ID', count: 10 }],
        bySex: { female: 4, male: 6 },
        minors: 10,
      };
    });
    expect(incidentRuleIssues(record, NOW)).toEqual([]);
  });

  it.each<[string, (r: IncidentRecord) => void]>([
    ['dates.start', (r) => (r.dates.start = '2026-01-22')],
    ['dates.end', (r) => (r.dates.end = '2026-01-22')],
    ['reportedOn', (r) => (r.reportedOn = '2026-01-22')],
    ['sources.0.capturedOn', (r) => (r.sources[0]!.capturedOn = '2026-01-22')],
  ])('reports %s in the future', (path, change) => {
    expect(codes(incidentRuleIssues(incident(change), NOW))).toEqual([`${path}:date_in_future`]);
  });

  it('reports an end, a report or a capture before the start, at its own path', () => {
    const record = incident((r) => {
      r.dates.end = '2026-01-05';
      r.reportedOn = '2026-01-04';
      r.sources.push({ kind: 'news', capturedOn: '2026-01-06', verification: { status: 'verified' } });
      r.sources.push({ kind: 'news', capturedOn: '2026-01-03', verification: { status: 'verified' } });
    });
    expect(incidentRuleIssues(record, NOW)).toEqual([
      { path: ['dates', 'end'], code: 'date_order', params: { after: 'dates.start' } },
      { path: ['reportedOn'], code: 'date_order', params: { after: 'dates.start' } },
      { path: ['sources', 2, 'capturedOn'], code: 'date_order', params: { after: 'dates.start' } },
    ]);
  });

  it.each<[string, [number, number, number], string[]]>([
    ['min = best = max', [5, 5, 5], []],
    ['min > best', [6, 5, 9], ['peopleAffected.best:estimate_order']],
    ['best > max', [1, 10, 9], ['peopleAffected.max:estimate_order']],
    ['min > max', [10, 10, 9], ['peopleAffected.max:estimate_order']],
    [
      'min > best > max',
      [10, 8, 5],
      ['peopleAffected.best:estimate_order', 'peopleAffected.max:estimate_order'],
    ],
  ])('orders the estimates: %s', (_, [min, best, max], expected) => {
    expect(
      codes(
        incidentRuleIssues(
          incident((r) => (r.peopleAffected = { min, best, max })),
          NOW,
        ),
      ),
    ).toEqual(expected);
  });

  it('reports a breakdown that adds up to more than the highest estimate, naming it', () => {
    const record = incident((r) => {
      r.peopleAffected.byCitizenship = [
        { country: 'ID', count: 20 },
        { country: 'CN', count: 11 },
      ];
      r.peopleAffected.bySex = { female: 31 };
      r.peopleAffected.minors = 31;
    });
    expect(incidentRuleIssues(record, NOW)).toEqual(
      ['byCitizenship', 'bySex', 'minors'].map((key) => ({
        path: ['peopleAffected', key],
        code: 'breakdown_exceeds_max',
        params: { max: 30 },
      })),
    );
  });

  it('checks the location’s province like the intake’s', () => {
    expect(
      codes(
        incidentRuleIssues(
          incident((r) => (r.location.province = 'KH-26')),
          NOW,
        ),
      ),
    ).toEqual(['location.province:invalid_province']);
  });
});

describe('the rules as the validators apply them', () => {
  it('run only once every field is valid on its own', () => {
    // Consent refused and a phone number malformed: only the phone is reported, until it is corrected.
    const record = intake((r) => {
      r.consent.store.given = false;
      r.person.phones = ['0812'];
    });
    expect(validateIntake(record)).toMatchObject({ ok: false, issues: [{ code: 'invalid_phone' }] });
    record.person.phones = ['+62812345678'];
    expect(validateIntake(record)).toMatchObject({ ok: false, issues: [{ code: 'consent_required' }] });
  });

  it('flag a minor for child protection in the value returned, and leave an adult’s record unflagged', () => {
    const minor = validateIntake(intake((r) => (r.person.age = 16)));
    expect(minor.ok && minor.value.childProtection).toBe(true);
    const adult = validateIntake(intake((r) => (r.person.age = 30)));
    expect(adult.ok && adult.value.childProtection).toBeUndefined();
  });

  it('format the params into the message', () => {
    const result = validateIntake(intake((r) => (r.person = { ...r.person, age: 21, ageBand: '18-20' })));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.message).toContain('21-23');
  });

  it('are the same in the exported zod schemas (IntakeRecordSchema, IncidentRecordSchema)', () => {
    for (const [schema, validate, fixtures] of [
      [IntakeRecordSchema, validateIntake, intakeValidatorOnly],
      [IncidentRecordSchema, validateIncident, incidentValidatorOnly],
    ] as const) {
      for (const fixture of fixtures) {
        const parsed = schema.safeParse(fixture.record);
        const validated = validate(fixture.record);
        expect(parsed.success).toBe(false);
        expect(parsed.error?.issues.map((i) => [i.path, i.message])).toEqual(
          validated.ok ? [] : validated.issues.map((i) => [i.path, i.code]),
        );
      }
    }
  });
});
