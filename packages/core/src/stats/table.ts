/**
 * The one table shape every statistic returns and every chart, export and public endpoint takes as it is.
 * Serialisable (plain JSON). A suppressed cell carries `value: null` and `suppressed: true`: its true value is never
 * kept in the table, so nothing downstream can leak it.
 *
 * Changes since the first version (all optional, additive): `StatDimension.multiValued`, `StatCell.n`,
 * `StatCell.includesSuppressed` (margins), `total.notApplicable`, `windowField`, `perturbation`, `StatCell.range`; `denominator` and `excluded[].count`
 * may be null after disclosure control. See each for what it means.
 */

/** `'*'` in a cell key means "all values of this dimension": a margin (row or column total). */
export const ALL = '*';

/** One dimension of a table: the field counted by and its values in display order. */
export interface StatDimension {
  /** Catalogue path of the field counted by (`person.citizenship`), or the date field of a time series. */
  field: string;
  /** For a time series: the bucket size. Keys are then `YYYY-MM-DD` (day), `YYYY-Www` (ISO week) or `YYYY-MM`. */
  interval?: 'day' | 'week' | 'month';
  /** Every category or period, in display order (zero-filled periods included). */
  values: string[];
  /**
   * True when a record can hold several values of this field (citizenship, scam types): it is then counted once per
   * value, so the cells along this dimension add up to MORE than the margin or total, which count people.
   */
  multiValued?: boolean;
}

/** One figure of a table: its keys (one per dimension, `*` for a margin) and its value. */
export interface StatCell {
  /** One value per dimension, in `dimensions` order; `'*'` for a margin. */
  keys: string[];
  /** The count or amount, or null when suppressed. */
  value: number | null;
  suppressed: boolean;
  /** True when `value` was rounded to `disclosure.roundTo`. */
  rounded?: boolean;
  /**
   * For sums, quantiles and estimates: how many records the value is computed from (null when suppressed). Counts
   * leave it out: their `value` is that number. Disclosure control acts on it.
   */
  n?: number | null;
  /** On a margin: it adds up cells of which some are suppressed (see `total.includesSuppressed`). */
  includesSuppressed?: boolean;
  /**
   * Money or a duration of a small group, released as a range rather than a figure (see `perturb`): the true value
   * lies in `[low, high]`; `value` is then the range's rounded middle.
   */
  range?: { low: number; high: number };
}

/** How a table's figures were perturbed (see `perturb` and docs/disclosure-control.md). */
export interface Perturbation {
  /** The ABS cell key method: a key per record, a key per cell, a perturbation table. */
  method: 'cell-key';
  /** Id of the perturbation table (`PTable.id`), which says every possible change and its probability. */
  ptable: string;
  /** Largest difference between a published count and the true one, for true counts of `threshold` or more. */
  maxAbsoluteChange: number;
  /** Smallest non-zero count published: true counts from 1 to `threshold - 1` are published as 0 or `threshold`. */
  threshold: number;
  /**
   * Present when the table covers a window of several bins (calendar months) and each figure is the sum of the
   * bins' figures, each perturbed on its own: a figure may then be off by up to `maxAbsoluteChange` per bin (or,
   * for a bin's count under the threshold, by up to `threshold - 1`).
   */
  bins?: number;
}

/** Why a record was left out of a statistic; each excluded record is counted under the first that applies. */
export type ExclusionReason =
  | 'missing_value'
  | 'research_consent_withdrawn'
  /** Only with `requireResearchConsent`: research consent not recorded or refused. */
  | 'research_consent_not_given'
  | 'outside_window'
  | 'invalid_value';

/**
 * A statistics table: what it measures, its dimensions and cells, the total, what was left out and why, and where
 * and when the records come from. Charts and exports take it as it is.
 */
export interface StatTable {
  /** What the numbers are: counts of records, sums of money, quantiles of a duration, people in incident estimates. */
  measure: 'count' | 'sum' | 'quantile' | 'estimate';
  /**
   * Unit of `value`: `records`, `people`, `months`, or an ISO 4217 code for money in one currency; `currency` when
   * the table holds several, each cell's currency being its key in the `wagesOwed[].currency` dimension.
   */
  unit: string;
  dimensions: StatDimension[];
  cells: StatCell[];
  /** Row and column totals (keys with `'*'`), for two-dimensional tables. */
  margins: StatCell[];
  /**
   * The grand total, and whether it includes cells that are suppressed in `cells`. For a count it is the number of
   * records counted (people, not values: see `multiValued`). Where no total makes sense (money in several
   * currencies, quantiles, min + best + max) it has `value: null`, `suppressed: false` and `notApplicable: true`.
   */
  total: StatCell & { includesSuppressed: boolean; notApplicable?: boolean };
  /**
   * How many records the statistic considered, before exclusions: `total` (records counted; `total.n` where the
   * total does not apply) plus every `excluded` count. Null only after disclosure control, when it would reveal a
   * suppressed count.
   */
  denominator: number | null;
  /**
   * Records left out, by reason (each record once, under its first reason); zero counts are not listed. A count is
   * null after disclosure control when it is below k or would reveal one that is.
   */
  excluded: { reason: ExclusionReason; count: number | null }[];
  /** Inclusive `YYYY-MM-DD` bounds on `windowField` (registration date unless said otherwise). */
  window?: { from?: string; to?: string };
  /** The date field the window applies to, when there is a window. */
  windowField?: string;
  /** A time series whose values are running totals since the start of the window. */
  cumulative?: boolean;
  /** Disclosure control applied, if any (see `suppress`; `perturb` sets `k` to its threshold). */
  disclosure?: { k: number; roundTo?: number };
  /** Present when the figures are perturbed: the method and by how much at most. */
  perturbation?: Perturbation;
  /** Where the figures come from: figures always carry their source and date. */
  source?: { name: string; date?: string; url?: string };
}
