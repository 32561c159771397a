/**
 * The shape of a field registry entry: everything Homeward knows about one field of a record, written once
 * (see `intake.ts` and `incident.ts` here). The field catalogue, the JSON Schema descriptions, the statistics fields,
 * the exchange formats' value lists and the forms' options are derived from it.
 */
import type { VocabularyName } from '../reference/vocabulary-names.js';

/**
 * Sensitivity classes (DOMAIN.md): `direct` identifies a person on its own (name, document number, phone, exact birth
 * date); `quasi` identifies in combination (age band, sex, citizenship, province, dates); `sensitive` harms if disclosed
 * (trafficking indicators, health, narrative, legal status); `none` is safe to publish.
 */
export type Sensitivity = 'direct' | 'quasi' | 'sensitive' | 'none';

/**
 * The closed list a field's values come from, by name: a vocabulary with option labels (`option.<NAME>.<value>` in
 * the locale catalogues), or a reference list (countries, currencies, Cambodian provinces), or yes / no.
 */
export type ValueList = VocabularyName | 'COUNTRIES' | 'CURRENCIES' | 'PROVINCES' | 'BOOLEAN';

/** Statistics count records by this field: one value or several per record. */
export interface CountStats<R> {
  /** The record's value(s), or undefined / an empty list when missing. */
  count: (record: R) => string | readonly string[] | undefined;
  /** A record may hold several values: it is counted once per distinct value. */
  multiValued?: boolean;
}

/** Statistics bucket records by this date field and apply time windows to it. */
export interface DateStats<R> {
  /** The record's date (`YYYY-MM-DD`), or undefined when missing. */
  date: (record: R) => string | undefined;
}

/** How statistics read a field: a category to count by (one value or several), or a date to bucket and window on. */
export type FieldStats<R> = CountStats<R> | DateStats<R>;

/** How a field's values translate to HTCDS, where that is a picklist (ours → the standard's value name). */
export interface HtcdsPicklist {
  values: Readonly<Record<string, string>>;
  /** Each of our values has its own HTCDS value and comes back unchanged. */
  lossless: boolean;
  note?: string;
}

/** One field of a record, keyed in its registry by its catalogue path (`person.sex`, `documents[].type`). */
export interface FieldDefinition<R> {
  sensitivity: Sensitivity;
  /** HXL hashtag with attributes; `#x_` where HXL has no core tag. */
  hxl: string;
  /** HTCDS counterpart (prefix and name, `prs_Gender`), where one exists. */
  htcds?: string;
  /** How values translate to the HTCDS field, for a picklist. */
  htcdsPicklist?: HtcdsPicklist;
  /** Column of the CTDC global dataset, where one exists. */
  ctdc?: string;
  /** The closed list the values come from, by name: never guessed from the values. */
  vocabulary?: ValueList;
  /** For developers reading the generated JSON Schema (not the help text a form shows: that is in the labels). */
  description: string;
  /** How statistics read the field, when they can count by it or window on it. */
  stats?: FieldStats<R>;
}

/** A record's registry: its fields by catalogue path, and descriptions of the objects and arrays that hold them. */
export type FieldRegistry<R> = Record<string, FieldDefinition<R>>;

/** A registry entry that statistics count by (`stats.count`): a category such as `person.sex`. */
export interface CountedFieldDefinition<R> extends FieldDefinition<R> {
  stats: CountStats<R>;
}

/** A registry entry that statistics bucket and window on (`stats.date`): a date such as `registrationDate`. */
export interface DatedFieldDefinition<R> extends FieldDefinition<R> {
  stats: DateStats<R>;
}

/**
 * One entry of a defined registry, by what statistics can do with it: counted, dated, or neither. Which one is
 * known per field at compile time, so that statistics options accept exactly the fields they can use.
 */
export type RegistryEntry<R, E> = E extends { stats: { count: unknown } }
  ? CountedFieldDefinition<R>
  : E extends { stats: { date: unknown } }
    ? DatedFieldDefinition<R>
    : FieldDefinition<R>;

/**
 * Writes a record's registry (`defineFields<IntakeRecord>()({ ... })`): the entries are checked against
 * {@link FieldDefinition} and typed by their named kind ({@link RegistryEntry}) rather than by their inferred object
 * types, which is what the API reference and editors show.
 */
export function defineFields<R>() {
  return <F extends FieldRegistry<R>>(fields: F): { [K in keyof F]: RegistryEntry<R, F[K]> } =>
    fields as unknown as { [K in keyof F]: RegistryEntry<R, F[K]> };
}
