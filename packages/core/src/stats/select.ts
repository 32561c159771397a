/**
 * Which records a statistic counts, and why the others are left out: research consent, the time window, missing or
 * invalid values. Each excluded record is counted once, under the first reason that applies.
 */

import { dateField, type IncidentDateField, type IntakeDateField, type StatRecord } from './fields.js';
import type { ExclusionReason, StatTable } from './table.js';

/** Which records every statistic counts: the time window, the date it applies to, and the consent rules. */
export interface StatOptions {
  /** Inclusive `YYYY-MM-DD` start of the window. */
  from?: string;
  /** Inclusive `YYYY-MM-DD` end of the window. */
  to?: string;
  /** The date the window applies to: registration date for intake records, start date for incidents. */
  windowField?: IntakeDateField | IncidentDateField;
  /**
   * Count records whose research consent was withdrawn. Off by default: a person who withdrew consent is left out of
   * statistics unless the caller decides, explicitly, that this use is allowed.
   */
  includeWithdrawnConsent?: boolean;
  /** Count only records with research consent given (and not withdrawn): for research outputs. */
  requireResearchConsent?: boolean;
  /** Where the records come from, carried by the table. */
  source?: StatTable['source'];
}

const REASON_ORDER: ExclusionReason[] = [
  'research_consent_withdrawn',
  'research_consent_not_given',
  'outside_window',
  'missing_value',
  'invalid_value',
];

/** Counts of excluded records by reason, reported in a fixed order without zero rows. */
export class Exclusions {
  private readonly counts = new Map<ExclusionReason, number>();
  private readonly keys = new Map<ExclusionReason, number>();

  /** Counts `count` records under `reason`; `keySum` is the sum of their record keys (cell key method). */
  add(reason: ExclusionReason, count = 1, keySum = 0): void {
    if (count <= 0) return;
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + count);
    if (keySum !== 0) this.keys.set(reason, (this.keys.get(reason) ?? 0) + keySum);
  }

  /** The key sums of the reasons `list()` gives, in its order (not reduced modulo anything). */
  keySums(): number[] {
    return REASON_ORDER.filter((reason) => this.counts.has(reason)).map(
      (reason) => this.keys.get(reason) ?? 0,
    );
  }

  get total(): number {
    let sum = 0;
    for (const count of this.counts.values()) sum += count;
    return sum;
  }

  list(): StatTable['excluded'] {
    return REASON_ORDER.filter((reason) => this.counts.has(reason)).map((reason) => ({
      reason,
      count: this.counts.get(reason)!,
    }));
  }
}

/**
 * The record-level filter shared by every statistic: returns the reason a record is left out, or undefined when it
 * is counted (values of the counted field are checked by the statistic itself).
 */
export function recordFilter(
  options: StatOptions,
  defaultWindowField: IntakeDateField | IncidentDateField,
): (record: StatRecord) => ExclusionReason | undefined {
  const { from, to, includeWithdrawnConsent = false, requireResearchConsent = false } = options;
  const windowed = from !== undefined || to !== undefined;
  const getDate = windowed ? dateField(options.windowField ?? defaultWindowField) : undefined;
  return (record) => {
    if ('consent' in record) {
      const research = record.consent.research;
      if (research?.withdrawnOn !== undefined) {
        if (!includeWithdrawnConsent) return 'research_consent_withdrawn';
      } else if (requireResearchConsent && research?.given !== true) {
        return 'research_consent_not_given';
      }
    }
    if (getDate) {
      const date = getDate(record);
      if (date === undefined) return 'missing_value';
      // `YYYY-MM-DD` strings compare as the dates they name.
      if ((from !== undefined && date < from) || (to !== undefined && date > to)) return 'outside_window';
    }
    return undefined;
  };
}

/** The window part of a table, present only when a window was asked for. */
export function windowOf(
  options: StatOptions,
  defaultWindowField: string,
): Pick<StatTable, 'window' | 'windowField'> {
  if (options.from === undefined && options.to === undefined) return {};
  const window: NonNullable<StatTable['window']> = {};
  if (options.from !== undefined) window.from = options.from;
  if (options.to !== undefined) window.to = options.to;
  return { window, windowField: options.windowField ?? defaultWindowField };
}
