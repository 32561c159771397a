import { IntakeRecordSchema } from '@homeward/core';
import { describe, expect, it } from 'vitest';
import { intakeForm } from '../../intake-form/intake-steps.js';
import { isGroup } from '../field-def.js';
import { resolveForm, tokenSet } from '../flow-config.js';

function askedKeys(ask = '', skip = '', require = '') {
  const form = resolveForm(
    intakeForm,
    { ask: tokenSet(ask), skip: tokenSet(skip), require: tokenSet(require) },
    IntakeRecordSchema,
  );
  return {
    steps: form.steps.map((s) => s.id),
    keys: form.steps.flatMap((s) =>
      s.items.flatMap((i) => (isGroup(i) ? i.fields.map((f) => f.key) : [i.key])),
    ),
  };
}

describe('resolveForm', () => {
  it('asks the default fields, not the extra ones, unless the deployment asks them', () => {
    expect(askedKeys().keys).toContain('person.fullName');
    expect(askedKeys().keys).not.toContain('person.languages');
    expect(askedKeys('person.languages, person.ageBand').keys).toEqual(
      expect.arrayContaining(['person.languages', 'person.ageBand']),
    );
  });

  it('skips optional fields, sections and steps, and drops a step left empty', () => {
    const { steps, keys } = askedKeys('', 'indicators recruitment person.latinName');
    expect(steps).not.toContain('indicators');
    expect(steps).not.toContain('recruitment');
    expect(keys).not.toContain('person.latinName');
    expect(steps.at(-1)).toBe('check-answers');
  });

  it('never skips what the schema requires', () => {
    const { keys, steps } = askedKeys('', 'person.fullName consent about-you');
    expect(keys).toContain('person.fullName');
    expect(keys).toContain('person.citizenship');
    expect(keys).toContain('consent.store.given');
    expect(steps).toContain('consent');
    // Optional fields of a skipped step go.
    expect(keys).not.toContain('person.homeRegion');
  });

  it('asks what a deployment requires, even when it is an extra or skipped field', () => {
    expect(askedKeys('', 'person.phones', 'person.phones person.languages').keys).toEqual(
      expect.arrayContaining(['person.phones', 'person.languages']),
    );
  });
});
