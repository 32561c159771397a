// Descriptions of every property of the two records, for developers reading the generated JSON Schema (not the
// help texts shown to the person filling in a form: those are in the locale catalogues). Derived from the field
// registry (src/fields): each field's `description`, and the descriptions of the objects and arrays that hold them.
// The generator fails when a property has no description, so a new field cannot ship undocumented.
import { incidentFields, incidentGroups } from '../src/fields/incident.js';
import { intakeFields, intakeGroups } from '../src/fields/intake.js';
import type { FieldRegistry } from '../src/fields/types.js';

function descriptions(fields: FieldRegistry<never>, groups: Record<string, string>): Record<string, string> {
  return {
    ...Object.fromEntries(Object.entries(fields).map(([path, field]) => [path, field.description])),
    ...groups,
  };
}

export const intakeDescriptions: Record<string, string> = descriptions(intakeFields, intakeGroups);

export const incidentDescriptions: Record<string, string> = descriptions(incidentFields, incidentGroups);
