import { IncidentRecordSchema, IntakeRecordSchema, validateIncident, validateIntake } from '@homeward/core';
import { describe, expect, it } from 'vitest';
import { incidentForm } from '../../incident-form/incident-steps.js';
import { intakeForm } from '../../intake-form/intake-steps.js';
import { buildRecord } from '../build-record.js';
import { addItem, emptyState, type FlowState, removeItem, restoreState, setValue } from '../flow-state.js';

const base = {
  id: '3f1c2a9e-8d4b-4c6a-9f2e-1b7d5e0a4c11',
  schemaVersion: 2,
  registrationDate: '2026-01-12',
  office: 'idn-embassy-phnom-penh',
  channel: 'walk_in',
  status: 'registered',
};

function answer(state: FlowState, values: Record<string, string | string[]>): FlowState {
  return Object.entries(values).reduce((s, [name, value]) => setValue(s, name, value), state);
}

describe('buildRecord', () => {
  it('builds a valid intake record from typed answers', () => {
    let state = emptyState(intakeForm);
    const doc = state.items.documents![0]!;
    const wage = state.items.wagesOwed![0]!;
    state = answer(state, {
      'consent.store.given': 'yes',
      'consent.research.given': 'no',
      'person.fullName': 'Rizky',
      'person.age': '18',
      'person.citizenship': 'ID',
      'person.phones': '+62 812 3456 7890',
      [`documents.${doc}.type`]: 'passport',
      [`documents.${doc}.status`]: 'confiscated',
      'exploitation.country': 'KH',
      'exploitation.province': 'KH-20',
      'exploitation.scamTypes': ['romance', 'crypto'],
      [`wagesOwed.${wage}.amount`]: '4,800',
      [`wagesOwed.${wage}.currency`]: 'USD',
      'needs.returnHome': 'yes',
    });
    const { record, itemsAt } = buildRecord(intakeForm, state, base, IntakeRecordSchema);
    expect(record.person).toEqual({
      fullName: 'Rizky',
      age: 18,
      citizenship: ['ID'],
      phones: ['+6281234567890'],
    });
    expect(record.documents).toEqual([{ type: 'passport', status: 'confiscated' }]);
    expect(record.wagesOwed).toEqual([{ amount: 4800, currency: 'USD' }]);
    expect(record.exploitation).toEqual({
      country: 'KH',
      province: 'KH-20',
      scamTypes: ['romance', 'crypto'],
    });
    // Sections nobody answered are left out, not sent empty.
    expect(record).not.toHaveProperty('recruitment');
    expect(record).not.toHaveProperty('indicators');
    expect(itemsAt.documents).toEqual([doc]);
    expect(validateIntake({ ...record, consent: { store: { given: true, date: '2026-01-12' } } }).ok).toBe(
      true,
    );
  });

  it('leaves out a hidden field, but keeps its answer in the state', () => {
    let state = answer(emptyState(intakeForm), {
      'exploitation.country': 'KH',
      'exploitation.province': 'KH-20',
    });
    state = setValue(state, 'exploitation.country', 'TH');
    const { record } = buildRecord(intakeForm, state, base, IntakeRecordSchema);
    expect(record.exploitation).toEqual({ country: 'TH' });
    expect(state.values['exploitation.province']).toBe('KH-20');
  });

  it('keeps a required section, empty, so that the validator names what is missing', () => {
    const { record } = buildRecord(intakeForm, emptyState(intakeForm), base, IntakeRecordSchema);
    expect(record.person).toEqual({});
    const result = validateIntake(record);
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('person.fullName');
    expect(paths).toContain('person.citizenship');
    expect(paths).not.toContain('recruitment.promisedWage.currency');
  });

  it('asks for the rest of an optional section once part of it is answered', () => {
    const state = answer(emptyState(intakeForm), { 'recruitment.promisedWage.amount': '600' });
    const { record } = buildRecord(intakeForm, state, base, IntakeRecordSchema);
    const result = validateIntake(record);
    const paths = result.ok ? [] : result.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('recruitment.promisedWage.currency');
    expect(paths).toContain('recruitment.promisedWage.period');
  });

  it('numbers repeated items in order, skipping empty ones, and never mixes up answers when one is removed', () => {
    let state = emptyState(incidentForm);
    const first = state.items.sources![0]!;
    let added = addItem(state, 'sources');
    const second = added.key;
    added = addItem(added.state, 'sources');
    const third = added.key;
    state = answer(added.state, {
      [`sources.${first}.kind`]: 'video',
      [`sources.${third}.kind`]: 'news',
      [`sources.${third}.url`]: 'https://example.org/a',
    });
    let built = buildRecord(incidentForm, state, {}, IncidentRecordSchema);
    // `verification` is required in a source: present and empty, so that the validator asks for its status.
    expect(built.record.sources).toEqual([
      { kind: 'video', verification: {} },
      { kind: 'news', url: 'https://example.org/a', verification: {} },
    ]);
    expect(built.itemsAt.sources).toEqual([first, third]);
    state = removeItem(state, 'sources', first);
    expect(state.items.sources).toEqual([second, third]);
    built = buildRecord(incidentForm, state, {}, IncidentRecordSchema);
    expect(built.record.sources).toEqual([{ kind: 'news', url: 'https://example.org/a', verification: {} }]);
    expect(Object.keys(state.values).some((n) => n.includes(first))).toBe(false);
  });

  it('reports a missing required list at the list', () => {
    const { record } = buildRecord(incidentForm, emptyState(incidentForm), {}, IncidentRecordSchema);
    const result = validateIncident(record);
    expect(result.ok ? [] : result.issues.map((i) => i.path.join('.'))).toContain('sources');
  });
});

describe('restoreState', () => {
  it('keeps well-formed answers and drops anything else', () => {
    const restored = restoreState(intakeForm, {
      values: { 'person.fullName': 'Rizky', bad: 3, 'exploitation.scamTypes': ['romance'] },
      items: { documents: ['kabc'], wagesOwed: 'nope', unknownGroup: ['k1'] },
    });
    expect(restored.values).toEqual({ 'person.fullName': 'Rizky', 'exploitation.scamTypes': ['romance'] });
    expect(restored.items.documents).toEqual(['kabc']);
    expect(restored.items.wagesOwed).toHaveLength(1);
    expect(restored.items).not.toHaveProperty('unknownGroup');
    expect(restoreState(intakeForm, 'garbage').values).toEqual({});
  });
});
