/**
 * The one table shape every statistic returns and every chart, export and public endpoint takes as it is.
 * Serialisable (plain JSON). A suppressed cell carries `value: null` and `suppressed: true`: its true value is never
 * kept in the table, so nothing downstream can leak it.
 */

/** `'*'` in a cell key means "all values of this dimension": a margin (row or column total). */
export const ALL = '*';

export interface StatDimension {
  /** Catalogue path of the field counted by (`person.citizenship`), or the date field of a time series. */
  field: string;
  /** For a time series: the bucket size. Keys are then `YYYY-MM-DD` (day), `YYYY-Www` (ISO week) or `YYYY-MM`. */
  interval?: 'day' | 'week' | 'month';
  /** Every category or period, in display order (zero-filled periods included). */
  values: string[];
}

export interface StatCell {
  /** One value per dimension, in `dimensions` order; `'*'` for a margin. */
  keys: string[];
  /** The count or amount, or null when suppressed. */
  value: number | null;
  suppressed: boolean;
  /** True when `value` was rounded to `disclosure.roundTo`. */
  rounded?: boolean;
}

export type ExclusionReason =
  | 'missing_value'
  | 'research_consent_withdrawn'
  | 'outside_window'
  | 'invalid_value';

export interface StatTable {
  /** What the numbers are: counts of records, sums of money, quantiles of a duration, people in incident estimates. */
  measure: 'count' | 'sum' | 'quantile' | 'estimate';
  /** Unit of `value`: `records`, `people`, `months`, or an ISO 4217 code for money. */
  unit: string;
  dimensions: StatDimension[];
  cells: StatCell[];
  /** Row and column totals (keys with `'*'`), for two-dimensional tables. */
  margins: StatCell[];
  /** The grand total, and whether it includes cells that are suppressed in `cells`. */
  total: StatCell & { includesSuppressed: boolean };
  /** How many records the statistic considered, before exclusions. */
  denominator: number;
  excluded: { reason: ExclusionReason; count: number }[];
  window?: { from?: string; to?: string };
  cumulative?: boolean;
  /** Disclosure control applied, if any (see `suppress`). */
  disclosure?: { k: number; roundTo?: number };
  /** Where the figures come from: figures always carry their source and date. */
  source?: { name: string; date?: string; url?: string };
}
