/** Wages owed, per currency: amounts in different currencies are never added together. */
import type { IntakeRecord } from '../records/intake.js';
import { Categories } from './categories.js';
import type { IntakeCategoryField } from './fields.js';
import { eachGrouped, groupDimension, slot } from './grouped.js';
import { type StatOptions, windowOf } from './select.js';
import { ALL, type StatCell, type StatTable } from './table.js';

/** How `wagesOwed` sums money owed: the window and consent rules of any statistic, and what to group by. */
export interface MoneyOptions extends StatOptions {
  /** Sums per currency and group of this field (e.g. citizenship). */
  by?: IntakeCategoryField;
}

interface Tally {
  sum: number;
  n: number;
}

/** Cents are the finest unit kept: float sums of a million amounts must not print as 1234.5600000001. */
const cents = (value: number) => Math.round(value * 100) / 100;

function sumCell(keys: string[], tally: Tally | undefined): StatCell {
  return { keys, value: cents(tally?.sum ?? 0), suppressed: false, n: tally?.n ?? 0 };
}

/**
 * Wages owed: the sum per currency (`wagesOwed[].currency`, the first dimension), optionally per group (`by`,
 * second dimension). Each cell carries `n`, the number of people owed in that currency (and group): a person owed in
 * two currencies is in both, so the currency dimension is `multiValued`. There is no total across currencies
 * (`total.notApplicable`, its `n` is the number of people owed anything); with `by`, the margins `[currency, '*']`
 * are per currency. Records without wages owed are excluded as `missing_value`.
 */
export function wagesOwed(records: readonly IntakeRecord[], options: MoneyOptions = {}): StatTable {
  const currencies = new Categories();
  const byCurrency: Tally[] = [];
  const byGroup: Tally[][] = [];
  const groupWeights: number[] = [];
  const seen: number[] = [];
  let people = 0;
  const grouping = eachGrouped(records, options, 'registrationDate', (record, groups, count) => {
    const owed = record.wagesOwed;
    if (!owed || owed.length === 0) return 'missing_value';
    let distinct = 0;
    for (const { currency } of owed) {
      if (currencies.indexOf(currency) < 0) return 'invalid_value';
    }
    for (const { amount, currency } of owed) {
      const c = currencies.indexOf(currency);
      // A person counts once per currency, however many amounts they are owed in it.
      let first = true;
      for (let j = 0; j < distinct; j++) if (seen[j] === c) first = false;
      if (first) seen[distinct++] = c;
      const total = slot(byCurrency, c, () => ({ sum: 0, n: 0 }));
      total.sum += amount;
      if (first) total.n++;
      if (options.by === undefined) continue;
      const row = slot(byGroup, c, (): Tally[] => []);
      for (let i = 0; i < count; i++) {
        const g = groups[i]!;
        const tally = slot(row, g, () => ({ sum: 0, n: 0 }));
        tally.sum += amount;
        if (first) {
          tally.n++;
          groupWeights[g] = (groupWeights[g] ?? 0) + 1;
        }
      }
    }
    people++;
    return undefined;
  });

  const currencyOrder = currencies.order(byCurrency.map((t) => t?.n ?? 0)).filter((c) => byCurrency[c]);
  const currency = {
    field: 'wagesOwed[].currency',
    values: currencyOrder.map((c) => currencies.keys[c]!),
    multiValued: true,
  };
  let dimensions: StatTable['dimensions'] = [currency];
  let cells = currencyOrder.map((c) => sumCell([currencies.keys[c]!], byCurrency[c]));
  let margins: StatCell[] = [];
  if (options.by !== undefined) {
    const { dimension, order } = groupDimension(grouping, groupWeights);
    dimensions = [currency, dimension];
    cells = currencyOrder.flatMap((c) =>
      order.map((g) => sumCell([currencies.keys[c]!, grouping.categories!.keys[g]!], byGroup[c]?.[g])),
    );
    margins = currencyOrder.map((c) => sumCell([currencies.keys[c]!, ALL], byCurrency[c]));
  }
  return {
    measure: 'sum',
    unit: currency.values.length === 1 ? currency.values[0]! : 'currency',
    dimensions,
    cells,
    margins,
    total: {
      keys: dimensions.map(() => ALL),
      value: null,
      suppressed: false,
      n: people,
      includesSuppressed: false,
      notApplicable: true,
    },
    denominator: records.length,
    excluded: grouping.exclusions.list(),
    ...windowOf(options, 'registrationDate'),
    ...(options.source ? { source: options.source } : {}),
  };
}
