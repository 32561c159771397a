/**
 * The profile step of every export: one call, so that what leaves the system for whom is decided in one place
 * (`redact`, driven by the field catalogue), never by the export format.
 */
import type { IntakeRecord } from '../records/intake.js';

export type ExportProfile = 'public' | 'partner' | 'internal';

export function applyProfile(record: IntakeRecord, profile: ExportProfile): IntakeRecord {
  if (profile === 'internal') return record;
  // TODO(engineer C): call `redact(record, profile)` from privacy/redact.ts when it lands.
  throw new Error(`export profile "${profile}" needs redact(), which is not available yet`);
}
