/**
 * The loop shared by statistics that measure something per group (months held, money owed, people affected): pick
 * the counted records, read their group (if any), hand each to a measure that may still leave it out.
 */
import { Categories, readValues } from './categories.js';
import { type CategoricalField, categoryField, type StatRecord } from './fields.js';
import { Exclusions, recordFilter, type StatOptions } from './select.js';
import type { ExclusionReason, StatDimension } from './table.js';

export interface Groups {
  field?: string;
  spec?: CategoricalField<StatRecord>;
  categories?: Categories;
  exclusions: Exclusions;
}

/**
 * Calls `measure` for each counted record with the indexes of its groups (`[0]` when there is no `by` field).
 * `measure` returns a reason when the record has nothing to measure.
 */
export function eachGrouped<R extends StatRecord>(
  records: readonly R[],
  options: StatOptions & { by?: string },
  defaultWindowField: Parameters<typeof recordFilter>[1],
  measure: (record: R, groups: readonly number[], count: number) => ExclusionReason | undefined,
): Groups {
  const filter = recordFilter(options, defaultWindowField);
  const exclusions = new Exclusions();
  const spec = options.by === undefined ? undefined : categoryField(options.by);
  const categories = spec ? new Categories(spec.values) : undefined;
  const groups: number[] = [0];
  for (const record of records) {
    const reason = filter(record);
    if (reason !== undefined) {
      exclusions.add(reason);
      continue;
    }
    let count = 1;
    if (spec) {
      const read = readValues(spec, categories!, record, groups);
      if (typeof read === 'string') {
        exclusions.add(read);
        continue;
      }
      count = read;
    }
    const left = measure(record, groups, count);
    if (left !== undefined) exclusions.add(left);
  }
  return { ...(options.by === undefined ? {} : { field: options.by }), spec, categories, exclusions };
}

/**
 * The group dimension of a measured table, in display order, keeping only groups with at least one measured record
 * (a quantile or a sum of nothing is no number); closed vocabularies in their own order.
 */
export function groupDimension(
  grouping: Groups,
  weights: number[],
): { dimension: StatDimension; order: number[] } {
  const { categories, spec } = grouping;
  const order = categories!.order(weights).filter((i) => (weights[i] ?? 0) > 0);
  return {
    dimension: {
      field: grouping.field!,
      values: order.map((i) => categories!.keys[i]!),
      ...(spec?.multiValued ? { multiValued: true } : {}),
    },
    order,
  };
}

/** The item at `index`, created by `make` when there is none yet (accumulators indexed by category). */
export function slot<T>(list: T[], index: number, make: () => T): T {
  let item = list[index];
  if (item === undefined) {
    item = make();
    list[index] = item;
  }
  return item;
}
