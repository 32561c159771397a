import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateIntakeRecords } from '../../src/examples/index.js';
import { pseudonymInput, pseudonymise, pseudonymKey } from '../../src/index.js';
import { intake } from '../stats/fixtures.js';

const SECRET = 'a long enough secret for tests';
const HEX64 = /^[0-9a-f]{64}$/;

describe('pseudonymise', () => {
  it('replaces every direct identifier with its HMAC-SHA-256, and nothing else', async () => {
    const record = intake({
      person: { fullName: 'Rizky', phones: ['+6281234567890'], birthDate: '2007-08-30', citizenship: ['ID'] },
      documents: [{ type: 'passport', number: 'C1234567', status: 'confiscated' }],
    });
    const out = await pseudonymise(record, SECRET);
    const expected = (path: string, value: string) =>
      createHmac('sha256', SECRET).update(pseudonymInput(path, value)).digest('hex');
    expect(out.person.fullName).toBe(expected('person.fullName', 'Rizky'));
    expect(out.person.phones).toEqual([expected('person.phones', '+6281234567890')]);
    expect(out.person.birthDate).toBe(expected('person.birthDate', '2007-08-30'));
    expect(out.documents![0]!.number).toBe(expected('documents[].number', 'C1234567'));
    expect(out.documents![0]!.status).toBe('confiscated');
    expect(out.person.citizenship).toEqual(['ID']);
    // The record's own key is a direct identifier too: it would link rows across exports.
    expect(out.id).toBe(expected('id', record.id));
    expect({ ...out, id: undefined, person: undefined, documents: undefined }).toEqual({
      ...record,
      id: undefined,
      person: undefined,
      documents: undefined,
    });
  });

  it('is stable across exports and records, so partners can link without names', async () => {
    const key = await pseudonymKey(SECRET);
    const a = intake({ person: { fullName: 'Rizky ', citizenship: ['ID'] } });
    const b = intake({ person: { fullName: 'RIZKY', citizenship: ['ID'] } });
    const [first, second, again] = await Promise.all([
      pseudonymise(a, key),
      pseudonymise(b, key),
      pseudonymise(a, SECRET),
    ]);
    expect(first.person.fullName).toMatch(HEX64);
    expect(first.person.fullName).toBe(second.person.fullName);
    expect(again.person.fullName).toBe(first.person.fullName);
  });

  it('gives different pseudonyms under another key, and for equal values in different fields', async () => {
    const record = intake({ person: { fullName: 'C1234567', citizenship: ['ID'] } });
    record.documents = [{ type: 'passport', number: 'C1234567', status: 'held' }];
    const one = await pseudonymise(record, SECRET);
    const two = await pseudonymise(record, 'another secret, also long');
    expect(one.person.fullName).not.toBe(two.person.fullName);
    expect(one.person.fullName).not.toBe(one.documents![0]!.number);
  });

  it('leaves no direct identifier of generated records in the output', async () => {
    const key = await pseudonymKey(SECRET);
    for (const record of generateIntakeRecords(100, 6)) {
      const json = JSON.stringify(await pseudonymise(record, key));
      expect(json).not.toContain(record.person.fullName);
      for (const phone of record.person.phones ?? []) expect(json).not.toContain(phone);
    }
  });

  it('refuses a secret too short to resist guessing', async () => {
    await expect(pseudonymKey('short')).rejects.toThrow(RangeError);
  });

  it('does not change the record', async () => {
    const record = generateIntakeRecords(1, 8)[0]!;
    const copy = structuredClone(record);
    await pseudonymise(record, SECRET);
    expect(record).toEqual(copy);
  });
});
