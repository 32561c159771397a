/**
 * Names of options and ILO indicators from core's label catalogues. A module of its own, imported on demand:
 * only a chart whose categories are options (scam types, needs, case statuses...) loads the vocabularies and the
 * catalogues; one of countries or provinces never does.
 */
import { ILO_INDICATORS, iloKey, loadLabels, VOCABULARIES, type VocabularyName } from '@homeward/core';

const normalise = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

/**
 * The vocabulary a dimension's values come from: the one named, else the ones holding every value, narrowed by the
 * field's name when several do (`unknown` is in many vocabularies; `departure.how` is not `recruitment.how`).
 */
export function vocabularyOf(
  field: string,
  values: readonly string[],
  named?: string,
): VocabularyName | 'ILO' | undefined {
  if (named && (named in VOCABULARIES || named === 'ILO')) return named as VocabularyName | 'ILO';
  const present = values.filter((v) => v !== '*');
  if (present.length === 0) return undefined;
  const ilo: readonly string[] = ILO_INDICATORS;
  if (present.every((v) => ilo.includes(v))) return 'ILO';
  const candidates = (Object.keys(VOCABULARIES) as VocabularyName[]).filter((name) => {
    const vocabulary: readonly string[] = VOCABULARIES[name];
    return present.every((v) => vocabulary.includes(v));
  });
  if (candidates.length <= 1) return candidates[0];
  const last = normalise(field.split('.').pop() ?? '');
  return (
    candidates.find((name) => {
      const n = normalise(name);
      return n.startsWith(last) || last.startsWith(n.slice(0, Math.max(3, n.length - 1)));
    }) ?? candidates[0]
  );
}

/** Names the values of one dimension, or says it cannot (undefined: not options of a known vocabulary). */
export type OptionNamer = (
  field: string,
  values: readonly string[],
  vocabulary?: string,
) => ((value: string) => string | undefined) | undefined;

/** Loads a locale's catalogue and returns what names options and indicators with it. */
export async function loadOptionNamer(locale: string): Promise<OptionNamer> {
  const labels = await loadLabels(locale);
  // A chart asks again at every render (hover, focus, resize): remember each dimension's vocabulary.
  const known = new Map<string, ReturnType<typeof vocabularyOf>>();
  return (field, values, named) => {
    const key = `${field}|${named ?? ''}|${values.join('\u0000')}`;
    if (!known.has(key)) known.set(key, vocabularyOf(field, values, named));
    const vocabulary = known.get(key);
    if (!vocabulary) return undefined;
    if (vocabulary === 'ILO') return (value) => labels[iloKey(value as never, 'short')];
    return (value) => labels[`option.${vocabulary}.${value}`];
  };
}
