/**
 * The field catalogue: metadata for every field of the records, as data, so that exports, redaction, charts and forms
 * act on it instead of hand-kept lists. Keys are dotted paths; `[]` marks an array's items. Derived from the field
 * registry (src/fields), where each field is defined once.
 *
 * Sensitivity classes (DOMAIN.md): `direct` identifies a person on its own (name, document number, phone, exact birth
 * date); `quasi` identifies in combination (age band, sex, citizenship, province, dates); `sensitive` harms if disclosed
 * (trafficking indicators, health, narrative, legal status); `none` is safe to publish.
 */
import { incidentFields } from '../fields/incident.js';
import { intakeFields } from '../fields/intake.js';
import type { FieldDefinition, Sensitivity } from '../fields/types.js';

export type { Sensitivity } from '../fields/types.js';

/** What the field catalogue says about one field: its sensitivity, standard counterparts and value list. */
export interface FieldMeta {
  sensitivity: Sensitivity;
  /**
   * HTCDS counterpart: the standard's field name, prefix and name as in its field reference (`prs_Birthdate`,
   * `vic_MethodsOfControl`), where one exists. How values translate, and why other fields have none: exchange/htcds.ts
   * and docs/htcds-mapping.md.
   */
  htcds?: string;
  /** Column of the CTDC global dataset, where one exists. */
  ctdc?: string;
  /** HXL hashtag with attributes; `#x_` where HXL has no core tag. */
  hxl: string;
  /** Locale catalogue keys of the field's label and help text. */
  labelKey: string;
  helpKey: string;
}

function catalogue<K extends string>(
  prefix: string,
  fields: Record<K, FieldDefinition<never>>,
): Record<K, FieldMeta> {
  const out = {} as Record<K, FieldMeta>;
  for (const [path, { sensitivity, hxl, htcds, ctdc }] of Object.entries(fields) as [
    K,
    FieldDefinition<never>,
  ][]) {
    out[path] = {
      sensitivity,
      hxl,
      ...(htcds ? { htcds } : {}),
      ...(ctdc ? { ctdc } : {}),
      labelKey: `${prefix}.${path}.label`,
      helpKey: `${prefix}.${path}.help`,
    };
  }
  return out;
}

/** Derived from the field registry (fields/intake.ts): one row per field, in the registry's order. */
export const intakeFieldCatalog = catalogue('intake', intakeFields);

/** Derived from the field registry (fields/incident.ts). */
export const incidentFieldCatalog = catalogue('incident', incidentFields);

/** The catalogue path of an intake record field (`person.sex`, `documents[].type`). */
export type IntakeFieldPath = keyof typeof intakeFieldCatalog;
/** The catalogue path of an incident record field (`location.province`). */
export type IncidentFieldPath = keyof typeof incidentFieldCatalog;

/** The catalogue of both records, for code that handles either. */
export const fieldCatalog = { intake: intakeFieldCatalog, incident: incidentFieldCatalog } as const;
