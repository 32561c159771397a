/** Explanations of a score in words staff read: "same birth date; names match as transliterations; different phone". */
import { type MatchMessageKey, matchMessagesFor } from './messages/index.js';
import type { FieldComparison } from './score.js';

/**
 * The comparisons as a sentence in `locale` (en, fr, id, zh-Hans, km; others fall back to English), strongest
 * evidence first, for or against; fields missing on either side are not mentioned.
 */
export function explainMatch(comparisons: readonly FieldComparison[], locale?: string): string {
  const messages = matchMessagesFor(locale);
  return comparisons
    .filter((c) => c.level !== 'null')
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .map((c) => messages[`${c.field}_${c.level}` as MatchMessageKey] ?? `${c.field}: ${c.level}`)
    .join(messages.separator);
}
