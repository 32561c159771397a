import {
  IncidentRecordSchema,
  IntakeRecordSchema,
  incidentRuleIssues,
  intakeRuleIssues,
  messagesFor,
  validateIncident,
  validateIntake,
} from '@homeward/core';
import { loadMessages } from '@homeward/core/validate';
import { describe, expect, it } from 'vitest';
import { incidentForm } from '../../incident-form/incident-steps.js';
import { intakeForm } from '../../intake-form/intake-steps.js';
import { resolveForm, tokenSet } from '../flow-config.js';
import { addItem, emptyState, type FlowState, setValue } from '../flow-state.js';
import { nameOfPath } from '../issue-map.js';
import { issuesOfStep, validateFlow } from '../validate-flow.js';

const noConfig = { ask: new Set<string>(), skip: new Set<string>(), require: new Set<string>() };
const intakeBase = {
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

function intake(state: FlowState, config = noConfig, base: Record<string, unknown> = intakeBase) {
  const def = resolveForm(intakeForm, config, IntakeRecordSchema);
  return {
    def,
    result: validateFlow(def, state, {
      base,
      schema: IntakeRecordSchema,
      validate: validateIntake,
      locale: 'en',
      config,
      rules: intakeRuleIssues,
    }),
  };
}

describe('validateFlow', () => {
  it('places each of core’s issues on the field and step that show it', () => {
    const state = answer(emptyState(intakeForm), { 'person.age': 'eighteen', 'consent.store.given': 'no' });
    const { def, result } = intake(state);
    expect(result.value).toBeUndefined();
    const about = issuesOfStep(def, state, result.issues, 'about-you');
    expect(about.map((p) => [p.name, p.issue.code])).toEqual([
      ['person.fullName', 'required'],
      ['person.age', 'not_integer'],
      ['person.citizenship', 'required'],
    ]);
    const consent = issuesOfStep(def, state, result.issues, 'consent');
    expect(consent.map((p) => p.issue.code)).toEqual(['consent_required']);
    expect(result.issues.unplaced).toEqual([]);
  });

  it('names repeated items by their key, so an issue stays on the item it is about', () => {
    let state = emptyState(intakeForm);
    const first = state.items.documents![0]!;
    const added = addItem(state, 'documents');
    state = answer(added.state, { [`documents.${added.key}.type`]: 'passport' });
    const { def, result } = intake(state);
    const docs = issuesOfStep(def, state, result.issues, 'documents');
    // The first item is empty and not submitted: only the second, started one is asked for its status.
    expect(docs.map((p) => p.name)).toEqual([`documents.${added.key}.status`]);
    expect(docs.some((p) => p.name.includes(first))).toBe(false);
  });

  it('adds a deployment’s extra required fields with core’s own message, in the form’s locale', () => {
    const config = { ...noConfig, require: tokenSet('person.phones') };
    const { result } = intake(emptyState(intakeForm), config);
    const phone = result.issues.byName.get('person.phones');
    expect(phone?.issue.code).toBe('required');
    expect(phone?.issue.message).toBe(messagesFor('en').required);
  });

  it('reports what no field can show (a missing office id) as unplaced', () => {
    const { office: _, ...noOffice } = intakeBase;
    const { result } = intake(emptyState(intakeForm), noConfig, noOffice);
    expect(result.issues.unplaced.map((i) => i.path.join('.'))).toContain('office');
  });

  it('returns the validated record when every answer is acceptable', () => {
    const state = answer(emptyState(intakeForm), {
      'consent.store.given': 'yes',
      'person.fullName': 'Rizky',
      'person.age': '17',
      'person.citizenship': 'ID',
    });
    const { result } = intake(state);
    expect(result.value?.person.fullName).toBe('Rizky');
    // core flags minors for child protection; the form does not decide it.
    expect(result.value?.childProtection).toBe(true);
  });

  it('puts a list-wide or section-wide issue on the list or the section’s first field', () => {
    const state = answer(emptyState(incidentForm), {
      'peopleAffected.min': '10',
      'peopleAffected.best': '20',
      'peopleAffected.max': '30',
      'peopleAffected.bySex.female': '40',
    });
    const empty = { ...state, items: { ...state.items, sources: [] } };
    const def = resolveForm(incidentForm, noConfig, IncidentRecordSchema);
    const result = validateFlow(def, empty, {
      base: { id: '3f1c2a9e-8d4b-4c6a-9f2e-1b7d5e0a4c11', schemaVersion: 2 },
      schema: IncidentRecordSchema,
      validate: validateIncident,
      locale: 'en',
      config: noConfig,
      rules: incidentRuleIssues,
      ruleDefaults: { sources: [] },
    });
    expect(result.issues.byName.get('sources')?.issue.code).toBe('required');
    expect(result.issues.byName.get('peopleAffected.bySex.female')?.issue.code).toBe('breakdown_exceeds_max');
  });
});

describe('core’s cross-field rules, step by step', () => {
  it('says at once that a date is out of order, while later steps are still unanswered', () => {
    const state = answer(emptyState(intakeForm), {
      'recruitment.date': '2025-06-01',
      'exploitation.country': 'KH',
      'exploitation.startDate': '2025-05-01',
    });
    const { def, result } = intake(state);
    const held = issuesOfStep(def, state, result.issues, 'exploitation');
    expect(held.map((p) => p.issue.code)).toEqual(['date_order']);
    expect(held[0]!.issue.message).toContain('recruitment.date');
  });

  it('reports the field’s own issue rather than a rule’s when both apply', () => {
    const state = answer(emptyState(intakeForm), { 'person.age': 'abc', 'person.birthDate': '2000-01-01' });
    const { result } = intake(state);
    expect(result.issues.byName.get('person.age')?.issue.code).toBe('not_integer');
  });

  it('uses the messages of the form’s locale', async () => {
    // The lean validate entry speaks English until a locale's messages are loaded (the form loads them with its
    // strings); core's cross-field rules, run step by step, then speak that locale too.
    await loadMessages('fr');
    const state = answer(emptyState(intakeForm), { 'consent.store.given': 'no' });
    const def = resolveForm(intakeForm, noConfig, IntakeRecordSchema);
    const result = validateFlow(def, state, {
      base: intakeBase,
      schema: IntakeRecordSchema,
      validate: validateIntake,
      locale: 'fr',
      config: noConfig,
      rules: intakeRuleIssues,
    });
    expect(result.issues.byName.get('consent.store.given')?.issue.message).toBe(
      messagesFor('fr').consent_required,
    );
    expect(messagesFor('fr').consent_required).not.toBe(messagesFor('en').consent_required);
  });
});

describe('nameOfPath', () => {
  it('reads item indexes as item keys and stops at lists asked as one value', () => {
    expect(nameOfPath(['documents', 1, 'status'], { documents: ['ka', 'kb'] })).toBe('documents.kb.status');
    expect(nameOfPath(['person', 'citizenship', 0], {})).toBe('person.citizenship');
    expect(nameOfPath(['sources', 0, 'verification', 'status'], { sources: ['kx'] })).toBe(
      'sources.kx.verification.status',
    );
  });
});
