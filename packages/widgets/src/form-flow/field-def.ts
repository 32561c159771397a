/**
 * How a form asks for the fields of its record. A form is a list of steps; a step asks fields and repeated groups, each
 * named by its key in core's field catalogue (`person.fullName`, `documents[].type`), so that labels, help texts,
 * optionality and validation all come from core.
 */
import type { VocabularyName } from '@homeward/core';

export type FieldKind =
  | 'text'
  | 'textarea'
  | 'date'
  | 'integer'
  | 'decimal'
  | 'tel'
  | 'url'
  | 'select'
  | 'radios'
  | 'checkboxes'
  | 'yesno';

/**
 * Where a choice's options and their labels come from. A vocabulary's values are core's schema's own (its enum for
 * the field), filled in when the form is resolved; its labels are the catalogue's `option.<vocabulary>.<value>`.
 */
export type OptionSource =
  | { vocabulary: VocabularyName; values?: readonly string[] }
  | { names: 'country' | 'province' | 'currency' | 'language' };

export interface FieldDef {
  /** Key in core's field catalogue. */
  key: string;
  kind: FieldKind;
  options?: OptionSource;
  /**
   * `default`: asked unless the deployment skips it (only fields the schema lets out can be skipped).
   * `extra`: asked only when the deployment asks for it.
   */
  asked?: 'default' | 'extra';
  /** The record holds a list, the form asks for one value (citizenship, phone). */
  single?: boolean;
  /** Shown only when this returns true; a hidden field's answer is kept but not submitted. */
  when?: (answer: (key: string) => unknown) => boolean;
  /** Label and help text keys, when not the catalogue's own (consent questions, ILO questions). */
  labelKey?: string;
  helpKey?: string;
  /** A shorter label for the check-answers list (an ILO indicator's name rather than its question). */
  summaryKey?: string;
  /** Hint for the browser's autofill. Off by default: a shared laptop must not suggest one person's answers to the next. */
  autocomplete?: string;
  /** Input width, in characters, for short answers (numbers, codes). */
  width?: number;
}

export interface GroupDef {
  /** Catalogue key of the list, without `[]` (`documents`). */
  group: string;
  /** Fields of one item, by their full catalogue keys (`documents[].type`). */
  fields: FieldDef[];
  /** Items shown on a fresh form. */
  initialItems: number;
  asked?: 'default' | 'extra';
  /** Label keys of the item's heading, the add button and the remove button, with `{n}` for the item's number. */
  itemKey: string;
  addKey: string;
  removeKey: string;
}

export type StepItem = FieldDef | GroupDef;

export function isGroup(item: StepItem): item is GroupDef {
  return 'group' in item;
}

export interface StepDef {
  id: string;
  items: StepItem[];
}

export interface FormDef {
  /** `intake` or `incident`: prefixes label keys and names the record. */
  form: 'intake' | 'incident';
  steps: StepDef[];
  /** Fills what the form records for the person rather than asks (the date of each consent answer). Mutates. */
  finish?: (record: Record<string, unknown>) => void;
}
