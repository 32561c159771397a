import {
  IncidentRecordSchema,
  IntakeRecordSchema,
  MESSAGING_PLATFORMS,
  PLATFORMS,
  SEXES,
  TRI_STATE,
  VERIFICATION_METHODS,
} from '@homeward/core';
import { describe, expect, it } from 'vitest';
import { incidentForm } from '../../incident-form/incident-steps.js';
import { intakeForm } from '../../intake-form/intake-steps.js';
import { type FieldDef, type FormDef, isGroup } from '../field-def.js';
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
  it('offers each vocabulary field exactly the values core’s schema accepts, in its order', () => {
    const fields = (def: FormDef, schema: unknown): Map<string, FieldDef> => {
      const form = resolveForm(
        def,
        { ask: new Set(['person.messaging']), skip: new Set(), require: new Set() },
        schema,
      );
      const all = form.steps.flatMap((s) => s.items.flatMap((i) => (isGroup(i) ? i.fields : [i])));
      return new Map(all.map((f) => [f.key, f]));
    };
    const values = (field: FieldDef | undefined) =>
      field?.options && 'vocabulary' in field.options ? field.options.values : undefined;
    const intake = fields(intakeForm, IntakeRecordSchema);
    expect(values(intake.get('person.sex'))).toEqual([...SEXES]);
    // A list of choices (checkboxes), inside a repeated group, and the ILO indicators' yes / no / unknown / declined.
    expect(values(intake.get('recruitment.platforms'))).toEqual([...PLATFORMS]);
    expect(values(intake.get('person.messaging[].platform'))).toEqual([...MESSAGING_PLATFORMS]);
    expect(values(intake.get('indicators.deception'))).toEqual([...TRI_STATE]);
    const incident = fields(incidentForm, IncidentRecordSchema);
    expect(values(incident.get('sources[].verification.methods'))).toEqual([...VERIFICATION_METHODS]);
    for (const field of [...intake.values(), ...incident.values()]) {
      if (field.options && 'vocabulary' in field.options)
        expect(values(field)?.length, field.key).toBeGreaterThan(1);
    }
  });

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
