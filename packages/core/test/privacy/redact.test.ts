import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateIncidentRecords, generateIntakeRecords } from '../../src/examples/index.js';
import {
  type FieldMeta,
  type IntakeRecord,
  intakeFieldCatalog,
  redact,
  validateIntake,
} from '../../src/index.js';
import { intake } from '../stats/fixtures.js';

/** Every value at a catalogue path (`documents[].number`), read directly, lists flattened. */
function valuesAt(record: unknown, path: string): unknown[] {
  let nodes: unknown[] = [record];
  for (const step of path.split('.')) {
    const array = step.endsWith('[]');
    const key = array ? step.slice(0, -2) : step;
    nodes = nodes.flatMap((node) => {
      const child =
        node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
      return array && Array.isArray(child) ? child : [child];
    });
  }
  return nodes.flatMap((v) => (Array.isArray(v) ? v : [v])).filter((v) => v !== undefined);
}

const pathsOf = (sensitivity: FieldMeta['sensitivity']) =>
  Object.entries(intakeFieldCatalog as Record<string, FieldMeta>)
    .filter(([, meta]) => meta.sensitivity === sensitivity)
    .map(([path]) => path);

const DIRECT = pathsOf('direct');
const SENSITIVE = pathsOf('sensitive');

/** Direct identifiers of arbitrary content (any script, quotes, backslashes), long enough not to occur by chance. */
const identifier = fc.string({ unit: 'grapheme', minLength: 6, maxLength: 30 }).filter((s) => /\S/.test(s));

const withIdentifiers = fc
  .record({
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    fullName: identifier,
    latinName: identifier,
    documentNumber: identifier,
    phone: fc.stringMatching(/^\+[1-9]\d{9,13}$/),
    handle: identifier,
    birthDate: fc.date({ min: new Date('1950-01-01'), max: new Date('2010-12-31'), noInvalidDate: true }),
  })
  .map(({ seed, fullName, latinName, documentNumber, phone, handle, birthDate }) => {
    const record = structuredClone(generateIntakeRecords(1, seed)[0]!);
    record.person.fullName = fullName;
    record.person.latinName = latinName;
    record.person.phones = [phone];
    record.person.messaging = [{ platform: 'telegram', handle }];
    record.person.birthDate = birthDate.toISOString().slice(0, 10);
    delete record.person.age;
    delete record.person.ageBand;
    record.documents = [{ type: 'passport', number: documentNumber, status: 'held' }];
    return record;
  });

describe('redact public', () => {
  it('never contains any direct identifier of the record (searched in the serialised output)', () => {
    fc.assert(
      fc.property(withIdentifiers, (record) => {
        const json = JSON.stringify(redact(record, 'public'));
        for (const path of DIRECT) {
          for (const value of valuesAt(record, path)) {
            const text = String(value);
            // Both as written and as JSON escapes it.
            expect(json.includes(text), `${path} leaked`).toBe(false);
            expect(json.includes(JSON.stringify(text).slice(1, -1)), `${path} leaked`).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('has no direct or sensitive field, whatever the record holds', () => {
    for (const record of generateIntakeRecords(500, 31)) {
      const out = redact(record, 'public');
      for (const path of [...DIRECT, ...SENSITIVE]) expect(valuesAt(out, path), path).toEqual([]);
    }
  });

  it('turns the birth date into the age band and every date into its month', () => {
    const record = intake({
      registrationDate: '2026-01-12',
      person: { birthDate: '2007-08-30', age: 18 },
      exploitation: { country: 'KH', province: 'KH-20', startDate: '2025-05-01', endDate: '2026-01-05' },
      notes: 'Told us about the compound.',
    });
    const out = redact(record, 'public');
    expect(out.person).toEqual({ citizenship: ['ID'], ageBand: '18-20' });
    expect(out.registrationDate).toBe('2026-01');
    expect(out.exploitation).toEqual({
      country: 'KH',
      province: 'KH-20',
      startDate: '2025-05',
      endDate: '2026-01',
    });
    expect(out.consent).toEqual({ store: { given: true, date: '2026-01' } });
    expect(out).not.toHaveProperty('notes');
  });

  it('leaves out fields the catalogue does not know', () => {
    const record = { ...intake(), secret: 'not in the catalogue' } as IntakeRecord;
    expect(JSON.stringify(redact(record, 'public'))).not.toContain('not in the catalogue');
  });

  it('does not change the record', () => {
    const record = generateIntakeRecords(1, 5)[0]!;
    const copy = structuredClone(record);
    redact(record, 'public');
    redact(record, 'partner');
    expect(record).toEqual(copy);
  });
});

describe('redact partner', () => {
  const shared = (partners?: string[], withdrawnOn?: string) => {
    const record = intake({
      person: { fullName: 'Dewi Lestari', phones: ['+6281234567890'] },
      notes: 'Case notes.',
    });
    record.consent.shareWithPartners = {
      given: true,
      date: record.registrationDate,
      ...(partners ? { partners } : {}),
      ...(withdrawnOn ? { withdrawnOn } : {}),
    };
    return record;
  };

  it('gives identifying fields when the person agreed to share with partners, but not case notes', () => {
    const out = redact(shared(['IOM']), 'partner', { partner: 'IOM' });
    expect(out.person?.fullName).toBe('Dewi Lestari');
    expect(out.person?.phones).toEqual(['+6281234567890']);
    expect(out).not.toHaveProperty('notes');
  });

  it('gives nothing identifying without that consent, after withdrawal, or to a partner not named', () => {
    const none = intake({ person: { fullName: 'Dewi Lestari' } });
    for (const [record, partner] of [
      [none, undefined],
      [shared(['IOM'], '2026-01-20'), 'IOM'],
      [shared(['IOM']), 'Some NGO'],
    ] as const) {
      const out = redact(record, 'partner', partner ? { partner } : {});
      expect(out).toEqual(redact(record, 'public'));
      expect(JSON.stringify(out)).not.toContain('Dewi');
    }
  });

  it('lets any partner have it when the person named no one in particular', () => {
    expect(redact(shared(), 'partner', { partner: 'Some NGO' }).person?.fullName).toBe('Dewi Lestari');
  });
});

describe('redact internal and incidents', () => {
  it('keeps everything for internal use, as a copy that still validates', () => {
    const record = generateIntakeRecords(1, 3)[0]!;
    const out = redact(record, 'internal');
    expect(out).toEqual(record);
    expect(out).not.toBe(record);
    expect(validateIntake(out).ok).toBe(true);
  });

  it('keeps incident facts public but not narratives or operators, and blurs coordinates', () => {
    const record = generateIncidentRecords(50, 4).find((r) => r.location.coordinates && r.summary)!;
    record.allegedOperator = 'Some Group';
    const out = redact(record, 'public');
    expect(out).not.toHaveProperty('summary');
    expect(out).not.toHaveProperty('allegedOperator');
    expect(out.peopleAffected).toEqual(record.peopleAffected);
    expect(out.dates).toEqual(record.dates);
    const { lat, lon } = out.location!.coordinates!;
    expect(lat).toBe(Math.round(record.location.coordinates!.lat * 10) / 10);
    expect(lon).toBe(Math.round(record.location.coordinates!.lon * 10) / 10);
    expect(redact(record, 'partner')).toHaveProperty('allegedOperator', 'Some Group');
    expect(redact(record, 'partner')).not.toHaveProperty('summary');
  });
});
