import type { LabelCatalog } from './types.js';

/**
 * A catalogue as it is written: nested by the parts of its keys, `intake: { person: { fullName: { label, help } } }`,
 * so that no key prefix is written (or downloaded) twice.
 */
export interface LabelTree {
  readonly [part: string]: string | LabelTree;
}

/** The catalogue by full key (`intake.person.fullName.label`), as the loaders give it. */
export function flatten(tree: LabelTree, prefix = '', into: LabelCatalog = {}): LabelCatalog {
  for (const [part, value] of Object.entries(tree)) {
    if (typeof value === 'string') into[prefix + part] = value;
    else flatten(value, `${prefix + part}.`, into);
  }
  return into;
}

/** Fields asked as questions (the ILO indicators): each one's label is its question, with the same help text. */
export function questionFields(questions: Readonly<Record<string, string>>, help: string): LabelTree {
  return Object.fromEntries(Object.entries(questions).map(([key, label]) => [key, { label, help }]));
}
