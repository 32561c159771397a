import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../src/records/intake.js';
import { type IntakeRecordV1, migrate, validateIntake } from '../../src/validate/index.js';
import { intakeValid } from '../fixtures/intakes.js';
import type { Json } from '../fixtures/types.js';

const v1: IntakeRecordV1[] = JSON.parse(
  readFileSync(new URL('../fixtures/intake-v1.json', import.meta.url), 'utf8'),
);

const issuesOf = (result: ReturnType<typeof migrate>) =>
  result.ok ? [] : result.issues.map(({ path, code }) => ({ path, code }));

describe('migrate from schemaVersion 1 (stored fixture)', () => {
  it('upgrades every stored v1 record to a valid current record', () => {
    expect(v1).toHaveLength(3);
    for (const record of v1) expect(issuesOf(migrate(record))).toEqual([]);
  });

  it('maps one name, one nationality and one phone to fullName, citizenship and phones', () => {
    const result = migrate(v1[0]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(result.value.person).toEqual({
      fullName: 'Wahyudi',
      sex: 'male',
      age: 23,
      citizenship: ['ID'],
      languages: ['id', 'jv'],
      phones: ['+6285712345678'],
    });
  });

  it('moves the ILO answers to indicators and the single consent to consent to store', () => {
    const result = migrate(v1[0]);
    if (!result.ok) throw new Error('expected a valid record');
    expect(result.value.indicators).toEqual(v1[0]!.ilo);
    expect(result.value.consent).toEqual({ store: { given: true, date: '2025-08-04' } });
    expect(result.value).not.toHaveProperty('ilo');
    expect(result.value).not.toHaveProperty('consentDate');
  });

  it('keeps names in their own script, flags a minor, drops fields no version knows', () => {
    const chinese = migrate(v1[1]);
    expect(chinese.ok && chinese.value.person).toMatchObject({
      fullName: '李娜',
      latinName: 'Li Na',
      citizenship: ['CN'],
    });
    expect(chinese.ok && chinese.value.childProtection).toBe(true);
    const thai = migrate(v1[2]);
    expect(thai.ok && thai.value.person).toEqual({ fullName: 'สมศรี', citizenship: ['TH'], ageBand: '30-38' });
    expect(thai.ok && thai.value).not.toHaveProperty('legacyCaseNumber');
  });

  it('does not change its input', () => {
    const copy = structuredClone(v1[0]);
    migrate(v1[0]);
    expect(v1[0]).toEqual(copy);
  });

  it('reports what the upgrade cannot mend at its current path', () => {
    const broken: Json = structuredClone(v1[0]);
    delete broken.person.nationality;
    broken.consent = false;
    expect(issuesOf(migrate(broken))).toEqual([{ path: ['person', 'citizenship'], code: 'required' }]);
    delete broken.person.name;
    broken.person.nationality = 'Indonesia';
    expect(issuesOf(migrate(broken))).toEqual([
      { path: ['person', 'fullName'], code: 'required' },
      { path: ['person', 'citizenship', 0], code: 'invalid_country' },
    ]);
    const refused: Json = structuredClone(v1[2]);
    refused.consent = false;
    expect(issuesOf(migrate(refused))).toEqual([
      { path: ['consent', 'store', 'given'], code: 'consent_required' },
    ]);
  });
});

describe('migrate on other versions and inputs', () => {
  it('only validates a current record', () => {
    for (const { record } of intakeValid) expect(migrate(record)).toEqual(validateIntake(record));
  });

  it.each([[0], [3], [99], ['1'], [1.5], [null], [undefined], ['__proto__']])(
    'refuses schemaVersion %j with unsupported_version',
    (version) => {
      const record: Json = { ...structuredClone(v1[0]), schemaVersion: version };
      if (version === undefined) delete record.schemaVersion;
      expect(issuesOf(migrate(record))).toEqual([{ path: ['schemaVersion'], code: 'unsupported_version' }]);
    },
  );

  it('writes the message in the requested locale', () => {
    const en = migrate({ schemaVersion: 7 });
    const km = migrate({ schemaVersion: 7 }, { locale: 'km' });
    expect(en.ok || km.ok).toBe(false);
    if (!en.ok && !km.ok) expect(km.issues[0]!.message).not.toBe('');
  });

  it.each([[null], [42], ['v1'], [[v1[0]]]])('answers %j like validateIntake, without throwing', (input) => {
    expect(migrate(input)).toEqual(validateIntake(input));
  });

  it('never throws on a record whose fields throw', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    expect(migrate(hostile)).toMatchObject({ ok: false, issues: [{ code: 'invalid_input' }] });
    const getter = Object.defineProperty({ schemaVersion: 1 }, 'person', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(migrate(getter)).toMatchObject({ ok: false });
  });

  it('never lets a v1 record pollute a prototype', () => {
    const record = JSON.parse(
      `{"__proto__": {"polluted": true}, ${JSON.stringify(v1[0]).slice(1)}`.replace(
        '"person":{',
        '"person":{"__proto__":{"polluted":true},',
      ),
    );
    const result = migrate(record);
    expect(result.ok).toBe(true);
    expect(({} as Json).polluted).toBeUndefined();
    if (result.ok) expect(Object.getPrototypeOf(result.value.person)).toBe(Object.prototype);
  });
});
