import { en } from './en.js';
import type { LabelCatalog } from './types.js';

// TODO(translation in progress): English until the translation lands.
export const zhHans: LabelCatalog = { ...en };
