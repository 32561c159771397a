/**
 * Names of statistics table values in a language, for the label columns of `tableToCSV`. Kept apart from the table
 * CSV itself: it needs the label catalogue and the record schemas, which a chart that only writes codes never loads.
 */
import type { LabelCatalog } from '../i18n/labels/types.js';
import { type Locale, resolveLocale } from '../reference/locales.js';
import { ALL } from '../stats/table.js';
import { fieldAt, type ValueList, valueLabel, valueListOf } from './vocabulary.js';

/** Names for a table's fields and values in one locale, for a CSV header or a chart. */
export interface TableLabels {
  locale: Locale;
  /** The name of `value` of the dimension `field` (`Indonésie` for `ID`), or undefined when it has none. */
  label(field: string, value: string): string | undefined;
}

const TOTAL: Record<Locale, string> = {
  en: 'Total',
  fr: 'Total',
  id: 'Jumlah',
  'zh-Hans': '合计',
  km: 'សរុប',
};

/**
 * Labels in `locale`: option names from `catalogue` (`await loadLabels(locale)`), country names from CLDR,
 * Cambodian provinces in the locale's script, and the word for a total.
 */
export function tableLabels(locale: string, catalogue: LabelCatalog): TableLabels {
  const resolved = resolveLocale(locale);
  const lists = new Map<string, ValueList | undefined>();
  return {
    locale: resolved,
    label(field, value) {
      if (value === ALL) return TOTAL[resolved];
      if (!lists.has(field)) lists.set(field, valueListOf(fieldAt(field)));
      return valueLabel(lists.get(field), value, resolved, catalogue);
    },
  };
}
