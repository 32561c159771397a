import { describe, expect, it } from 'vitest';
import { type FieldMeta, incidentFieldCatalog, intakeFieldCatalog } from '../../src/records/catalog.js';
import { IncidentRecordShape } from '../../src/records/incident.js';
import { IntakeRecordShape } from '../../src/records/intake.js';
import { leafKeys } from '../../src/records/schema-walk.js';

describe.each([
  ['intake', IntakeRecordShape, intakeFieldCatalog as Record<string, FieldMeta>],
  ['incident', IncidentRecordShape, incidentFieldCatalog as Record<string, FieldMeta>],
] as const)('%s field catalogue', (name, shape, catalog) => {
  const leaves = leafKeys(shape);

  it('walks a shape of the expected size (the walker itself works)', () => {
    expect(leaves.length).toBeGreaterThan(30);
    expect(leaves).toContain('id');
    expect(leaves).toContain(
      name === 'intake' ? 'person.messaging[].handle' : 'sources[].verification.status',
    );
  });

  it('has every leaf field of the zod shape', () => {
    expect(leaves.filter((path) => !(path in catalog))).toEqual([]);
  });

  it('has no path that the zod shape lacks', () => {
    expect(Object.keys(catalog).filter((path) => !leaves.includes(path))).toEqual([]);
  });

  it('gives every field an HXL tag and label and help keys named after it', () => {
    for (const [path, meta] of Object.entries(catalog)) {
      expect(meta.hxl, path).toMatch(/^#[a-z][a-z0-9_]*(\+[a-z0-9_]+)*$/);
      expect(meta.labelKey).toBe(`${name}.${path}.label`);
      expect(meta.helpKey).toBe(`${name}.${path}.help`);
      expect(['direct', 'quasi', 'sensitive', 'none']).toContain(meta.sensitivity);
    }
  });
});

describe('sensitivity classes', () => {
  it.each([
    'person.fullName',
    'person.latinName',
    'person.birthDate',
    'person.phones',
    'person.messaging[].handle',
    'documents[].number',
  ] as const)('%s is a direct identifier', (path) => {
    expect(intakeFieldCatalog[path].sensitivity).toBe('direct');
  });

  it.each([
    'person.sex',
    'person.age',
    'person.ageBand',
    'person.citizenship',
    'exploitation.province',
    'registrationDate',
  ] as const)('%s is a quasi-identifier', (path) => {
    expect(intakeFieldCatalog[path].sensitivity).toBe('quasi');
  });

  it('marks the trafficking indicators, needs, case notes and child protection sensitive', () => {
    const sensitive = Object.entries(intakeFieldCatalog)
      .filter(
        ([path]) => /^(indicators|needs)\./.test(path) || path === 'notes' || path === 'childProtection',
      )
      .map(([, meta]) => meta.sensitivity);
    expect(sensitive.length).toBe(11 + 8 + 2);
    expect(new Set(sensitive)).toEqual(new Set(['sensitive']));
  });

  it('never marks a free-text narrative non-sensitive', () => {
    expect(intakeFieldCatalog.notes.sensitivity).toBe('sensitive');
    expect(incidentFieldCatalog.summary.sensitivity).toBe('sensitive');
    expect(incidentFieldCatalog['sources[].verification.notes'].sensitivity).toBe('sensitive');
  });

  it('treats exact coordinates of an incident as quasi-identifying', () => {
    expect(incidentFieldCatalog['location.coordinates.lat'].sensitivity).toBe('quasi');
    expect(incidentFieldCatalog['location.coordinates.lon'].sensitivity).toBe('quasi');
  });
});
