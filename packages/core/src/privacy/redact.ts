/**
 * What of a record may be shown to whom, decided by the field catalogue's sensitivity classes (never by lists of
 * fields kept by hand): `internal` everything, `partner` what the person's consent allows, `public` nothing that
 * identifies anyone.
 */
import type { FieldMeta } from '../records/catalog.js';
import { ageBandAtIntake } from '../stats/fields.js';
import { type AnyRecord, DROP, isIntake, mapFields } from './walk.js';

/**
 * Who a record is prepared for: `public` (statistics only), `partner` (what the person's consent allows),
 * `internal` (every field).
 */
export type RedactionProfile = 'public' | 'partner' | 'internal';

/** Every redaction profile, from the most to the least redacted. */
export const REDACTION_PROFILES: readonly RedactionProfile[] = ['public', 'partner', 'internal'];

/** A record with fields left out or generalised: the same shape, every field optional. */
export type Redacted<T> = T extends readonly (infer U)[]
  ? Redacted<U>[]
  : T extends object
    ? { [K in keyof T]?: Redacted<T[K]> }
    : T;

/** How `redact` prepares a record for a partner: which partner receives it. */
export interface RedactOptions {
  /** For `partner`: the partner receiving the record; it must be among the partners the person named, if any. */
  partner?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** HXL says what a field is: `#date…` a date, `#geo…` a coordinate, `+age` (without `+band`) an exact age. */
const isDate = (meta: FieldMeta) => meta.hxl.startsWith('#date');
const isCoordinate = (meta: FieldMeta) => meta.hxl.startsWith('#geo');
const isExactAge = (meta: FieldMeta) => /\+age(\+|$)/.test(meta.hxl) && !meta.hxl.includes('+band');
/** Free-text narratives (`#description`): case notes, summaries, verification notes. */
const isNarrative = (meta: FieldMeta) => meta.hxl.startsWith('#description');

/**
 * A quasi-identifier made coarse enough to publish: a date to its month, a coordinate to 0.1° (about 11 km), an exact
 * age dropped (the record's age band stands for it).
 */
function generalise(meta: FieldMeta, value: unknown): unknown {
  if (isDate(meta)) return typeof value === 'string' && DATE.test(value) ? value.slice(0, 7) : DROP;
  if (isCoordinate(meta)) return typeof value === 'number' ? Math.round(value * 10) / 10 : DROP;
  if (isExactAge(meta)) return DROP;
  return value;
}

/** Whether the person agreed to share their record with partners (with this partner, when one is named). */
export function partnerSharingAllowed(record: AnyRecord, partner?: string): boolean {
  if (!isIntake(record)) return true;
  const share = record.consent?.shareWithPartners;
  if (share?.given !== true || share.withdrawnOn !== undefined) return false;
  return partner === undefined || !share.partners?.length || share.partners.includes(partner);
}

function publicField(_path: string, meta: FieldMeta | undefined, value: unknown): unknown {
  if (!meta || meta.sensitivity === 'direct' || meta.sensitivity === 'sensitive') return DROP;
  return meta.sensitivity === 'quasi' ? generalise(meta, value) : value;
}

function partnerField(_path: string, meta: FieldMeta | undefined, value: unknown): unknown {
  if (!meta || isNarrative(meta)) return DROP;
  return structuredClone(value);
}

/**
 * A copy of the record for the given audience; the input is not changed.
 *
 * - `internal`: everything.
 * - `partner`: when the person gave consent to share with partners and has not withdrawn it (and, with `partner`,
 *   named that partner or no one in particular): every field except free-text narratives (case notes, summaries).
 *   Without that consent: the `public` record. Incident records carry no personal consent: partners get all but
 *   narratives.
 * - `public`: no direct identifier (name, document number, phone, exact birth date, messaging handle) and no
 *   sensitive field (indicators, health, narratives, legal status); quasi-identifiers generalised: dates to their
 *   month (`YYYY-MM`), coordinates to 0.1°, exact age replaced by the age band at registration.
 *   Fields the catalogue does not know are left out.
 */
export function redact<T extends AnyRecord>(
  record: T,
  profile: RedactionProfile,
  options: RedactOptions = {},
): Redacted<T> {
  if (profile === 'internal') return structuredClone(record) as Redacted<T>;
  if (profile === 'partner' && partnerSharingAllowed(record, options.partner)) {
    return mapFields(record, partnerField) as Redacted<T>;
  }
  const out = mapFields(record, publicField);
  if (isIntake(record)) {
    const band = ageBandAtIntake(record);
    if (band !== undefined) {
      const person = (out.person ?? {}) as Record<string, unknown>;
      person.ageBand = band;
      out.person = person;
    }
  }
  return out as Redacted<T>;
}
