import { describe, expect, it } from 'vitest';
import { incidentExamples, intakeExamples } from '../../src/examples/index.js';
import { screen, validateIncident, validateIntake } from '../../src/validate/index.js';

const scripts = {
  Han: /\p{Script=Han}/u,
  Khmer: /\p{Script=Khmer}/u,
  Thai: /\p{Script=Thai}/u,
  Myanmar: /\p{Script=Myanmar}/u,
};

describe('intakeExamples', () => {
  it('are at least 8 valid records, already in the form the validator returns', () => {
    expect(intakeExamples.length).toBeGreaterThanOrEqual(8);
    for (const record of intakeExamples) {
      const result = validateIntake(record);
      expect(result.ok ? [] : result.issues, record.person.fullName).toEqual([]);
      expect(result.ok && result.value).toEqual(record);
    }
    expect(new Set(intakeExamples.map((r) => r.id)).size).toBe(intakeExamples.length);
  });

  it.each(Object.entries(scripts))(
    'include a name in %s script with a Latin transliteration',
    (_, script) => {
      const person = intakeExamples.map((r) => r.person).find((p) => script.test(p.fullName));
      expect(person?.latinName).toMatch(/^[\p{Script=Latin} ]+$/u);
    },
  );

  it('include a mononym, a flagged minor, and the citizenships of the reports', () => {
    expect(
      intakeExamples.some(
        (r) => !/\s/.test(r.person.fullName) && /^\p{Script=Latin}+$/u.test(r.person.fullName),
      ),
    ).toBe(true);
    expect(intakeExamples.some((r) => r.childProtection === true && (r.person.age ?? 99) < 18)).toBe(true);
    const citizenships = new Set(intakeExamples.flatMap((r) => r.person.citizenship));
    for (const code of ['ID', 'CN', 'VN', 'TH', 'MM', 'PH', 'KH']) expect(citizenships).toContain(code);
  });

  it('include a confiscated passport and a valid residence permit, and every way of leaving', () => {
    const documents = intakeExamples.flatMap((r) => r.documents ?? []);
    expect(documents).toContainEqual(expect.objectContaining({ type: 'passport', status: 'confiscated' }));
    expect(documents).toContainEqual(expect.objectContaining({ type: 'residence_permit', status: 'held' }));
    const departures = new Set(intakeExamples.map((r) => r.departure?.how));
    for (const how of ['released', 'escaped', 'rescued'] as const) expect(departures).toContain(how);
  });

  it('include an Indonesian held in Bavet (Svay Rieng, KH-20)', () => {
    expect(intakeExamples).toContainEqual(
      expect.objectContaining({
        person: expect.objectContaining({ citizenship: ['ID'] }),
        exploitation: expect.objectContaining({ province: 'KH-20', locality: 'Bavet' }),
      }),
    );
  });

  it('link each rescue to an incident among incidentExamples', () => {
    const incidents = new Set(incidentExamples.map((i) => i.id));
    const links = intakeExamples.map((r) => r.departure?.incidentId).filter(Boolean);
    expect(links.length).toBeGreaterThan(0);
    for (const id of links) expect(incidents).toContain(id);
  });

  it('screen both ways: most meet the ILO threshold, one does not', () => {
    const results = intakeExamples.map((r) => screen(r).meetsThreshold);
    expect(results.filter(Boolean).length).toBeGreaterThan(results.length / 2);
    expect(results).toContain(false);
  });
});

describe('incidentExamples', () => {
  it('are at least 5 valid records, already in the form the validator returns', () => {
    expect(incidentExamples.length).toBeGreaterThanOrEqual(5);
    for (const record of incidentExamples) {
      const result = validateIncident(record);
      expect(result.ok ? [] : result.issues, record.id).toEqual([]);
      expect(result.ok && result.value).toEqual(record);
    }
    expect(new Set(incidentExamples.map((r) => r.id)).size).toBe(incidentExamples.length);
  });

  it('include several sources in several states of verification, and every incident type but rescue', () => {
    expect(incidentExamples.some((i) => i.sources.length >= 3)).toBe(true);
    const statuses = new Set(incidentExamples.flatMap((i) => i.sources.map((s) => s.verification.status)));
    for (const status of ['verified', 'in_progress', 'disputed', 'debunked', 'unverified'] as const) {
      expect(statuses).toContain(status);
    }
    const types = new Set(incidentExamples.map((i) => i.type));
    for (const type of ['release', 'raid', 'escape', 'transfer'] as const) expect(types).toContain(type);
  });

  it('include dates known to the week and to the month', () => {
    const precisions = new Set(incidentExamples.map((i) => i.dates.precision));
    expect(precisions).toContain('week');
    expect(precisions).toContain('month');
  });
});
