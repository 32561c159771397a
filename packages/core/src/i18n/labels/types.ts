/** A locale's labels, help texts, option labels, step texts and consent explanations, by key (see keys.ts). */
export type LabelCatalog = Record<string, string>;
