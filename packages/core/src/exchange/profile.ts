/**
 * The profile step of every export: one call to `redact`, so that what leaves the system for whom is decided in one
 * place (privacy/redact.ts, driven by the field catalogue), never by the export format.
 */
import { type Redacted, type RedactionProfile, type RedactOptions, redact } from '../privacy/redact.js';
import type { IncidentRecord } from '../records/incident.js';
import type { IntakeRecord } from '../records/intake.js';
import { columnKeys, valueAt } from './columns.js';
import type { FieldSpec, RecordKind } from './fields.js';

/** Who an export is for: `internal`, `partner` or `public` (the redaction profile applied to every record). */
export type ExportProfile = RedactionProfile;

type AnyRecord = IntakeRecord | IncidentRecord;

/**
 * The record as `profile` may see it: the record itself for `internal` (exports never change what they read), else
 * `redact`'s copy, which is no longer a whole record (fields left out, dates as months in `public`).
 */
export function applyProfile<T extends AnyRecord>(
  record: T,
  profile: ExportProfile,
  options: RedactOptions = {},
): T | Redacted<T> {
  return profile === 'internal' ? record : redact(record, profile, options);
}

function sampleValue(field: FieldSpec): unknown {
  const one =
    field.values?.[0] ??
    (field.format === 'date'
      ? '2026-01-01'
      : field.kind === 'number'
        ? 1
        : field.kind === 'boolean'
          ? true
          : 'x');
  return field.list ? [one] : one;
}

function setPath(target: Record<string, unknown>, field: FieldSpec): void {
  const keys = columnKeys(field, 0);
  let node: Record<string | number, unknown> = target;
  keys.slice(0, -1).forEach((key, i) => {
    node[key] ??= typeof keys[i + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
  node[keys[keys.length - 1]!] = sampleValue(field);
}

const cache = new Map<string, ReadonlySet<string>>();

/**
 * The catalogue paths a profile can ever show, found by redacting records that have every field (once as they are,
 * once with no consent withdrawn: the most a partner may see): export columns follow `redact` instead of repeating
 * its rules.
 */
export function fieldsShown(kind: RecordKind<unknown>, profile: ExportProfile): ReadonlySet<string> {
  const key = `${kind.name}:${profile}`;
  let shown = cache.get(key);
  if (shown) return shown;
  const full: Record<string, unknown> = {};
  for (const field of kind.fields) setPath(full, field);
  const consenting = structuredClone(full);
  const consent = consenting.consent as Record<string, Record<string, unknown>> | undefined;
  for (const purpose of Object.values(consent ?? {})) delete purpose.withdrawnOn;
  const probes =
    profile === 'internal'
      ? [full]
      : [full, consenting].map((r) => redact(r as unknown as AnyRecord, profile));
  shown = new Set(
    kind.fields
      .filter((f) => probes.some((r) => valueAt(r, columnKeys(f, 0)) !== undefined))
      .map((f) => f.path),
  );
  cache.set(key, shown);
  return shown;
}
