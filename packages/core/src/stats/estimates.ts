/** People affected by incidents: the sums of the minimum, best and maximum estimates, never mixed together. */
import type { IncidentRecord } from '../records/incident.js';
import type { IncidentCategoryField } from './fields.js';
import { eachGrouped, groupDimension, slot } from './grouped.js';
import { type StatOptions, windowOf } from './select.js';
import { ALL, type StatCell, type StatTable } from './table.js';

/** The three estimates of people affected an incident records: lowest, best and highest. */
export const ESTIMATES = ['min', 'best', 'max'] as const;

/**
 * How `incidentEstimates` sums people affected: the window and consent rules of any statistic, and what to group
 * by.
 */
export interface EstimateOptions extends StatOptions {
  /** Sums per group of this field (incident type, province...). */
  by?: IncidentCategoryField;
}

type Sums = [min: number, best: number, max: number, incidents: number];

function estimateCells(prefix: string[], sums: Sums | undefined): StatCell[] {
  return ESTIMATES.map((estimate, i) => ({
    keys: [...prefix, estimate],
    value: sums?.[i] ?? 0,
    suppressed: false,
    n: sums?.[3] ?? 0,
  }));
}

/**
 * Sums of the people-affected estimates of incidents (`peopleAffected.min`, `.best`, `.max`; the last dimension),
 * overall or per group (`by`, first dimension, with the overall sums as margins `['*', estimate]`). Each cell
 * carries `n`, the number of incidents. Adding min, best and max together means nothing: the total does not apply
 * (its `n` is the number of incidents). The window applies to the incident's start date by default.
 */
export function incidentEstimates(
  records: readonly IncidentRecord[],
  options: EstimateOptions = {},
): StatTable {
  const overall: Sums = [0, 0, 0, 0];
  const byGroup: Sums[] = [];
  const grouping = eachGrouped(records, options, 'dates.start', (record, groups, count) => {
    const { min, best, max } = record.peopleAffected;
    overall[0] += min;
    overall[1] += best;
    overall[2] += max;
    overall[3]++;
    for (let i = 0; i < (options.by === undefined ? 0 : count); i++) {
      const sums = slot<Sums>(byGroup, groups[i]!, () => [0, 0, 0, 0]);
      sums[0] += min;
      sums[1] += best;
      sums[2] += max;
      sums[3]++;
    }
    return undefined;
  });

  const estimate = { field: 'peopleAffected', values: [...ESTIMATES] };
  let dimensions: StatTable['dimensions'] = [estimate];
  let cells = estimateCells([], overall);
  let margins: StatCell[] = [];
  if (options.by !== undefined) {
    const { dimension, order } = groupDimension(
      grouping,
      byGroup.map((sums) => sums?.[3] ?? 0),
    );
    dimensions = [dimension, estimate];
    cells = order.flatMap((g) => estimateCells([grouping.categories!.keys[g]!], byGroup[g]));
    margins = estimateCells([ALL], overall);
  }
  return {
    measure: 'estimate',
    unit: 'people',
    dimensions,
    cells,
    margins,
    total: {
      keys: dimensions.map(() => ALL),
      value: null,
      suppressed: false,
      n: overall[3],
      includesSuppressed: false,
      notApplicable: true,
    },
    denominator: records.length,
    excluded: grouping.exclusions.list(),
    ...windowOf(options, 'dates.start'),
    ...(options.source ? { source: options.source } : {}),
  };
}
