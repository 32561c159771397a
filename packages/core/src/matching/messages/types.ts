import type { MATCH_LEVELS, MatchField } from '../compare.js';

type Key<F extends MatchField> = `${F}_${Exclude<(typeof MATCH_LEVELS)[F][number], 'null'>}`;

/** A message per field and level (not `null`: a missing field is no evidence and goes unsaid). */
export type MatchMessageKey = { [F in MatchField]: Key<F> }[MatchField];

/** One locale's explanation phrases, and how they are joined. */
export type MatchMessages = Record<MatchMessageKey | 'separator', string>;
