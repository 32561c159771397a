import { describe, expect, it } from 'vitest';
import { IntakeRecordShape } from '../../src/records/intake.js';
import { defOf, schemaAt } from '../../src/records/schema-walk.js';

describe('schemaAt', () => {
  it('follows a list of objects into its items', () => {
    const found = schemaAt(IntakeRecordShape, 'documents[].type');
    expect(found?.steps.map(({ key, item, optional }) => ({ key, item, optional }))).toEqual([
      { key: 'documents', item: true, optional: true },
      { key: 'type', item: false, optional: false },
    ]);
    expect(defOf(found?.node).type).toBe('enum');
    expect(defOf(found?.steps[0]?.node).type).toBe('array');
  });

  it('says whether the value itself may be left out', () => {
    expect(schemaAt(IntakeRecordShape, 'person.fullName')?.optional).toBe(false);
    expect(schemaAt(IntakeRecordShape, 'recruitment')?.optional).toBe(true);
  });

  it('answers undefined for a key the schema does not have, or a list step on a non-list', () => {
    expect(schemaAt(IntakeRecordShape, 'person.nickname')).toBeUndefined();
    expect(schemaAt(IntakeRecordShape, 'person[].fullName')).toBeUndefined();
  });
});
