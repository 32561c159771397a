/** CTDC's `ageBroad` bands, as used in the k-anonymised public dataset (k = 11). */
export const AGE_BANDS = [
  '0-8',
  '9-17',
  '18-20',
  '21-23',
  '24-26',
  '27-29',
  '30-38',
  '39-47',
  '48+',
] as const;
/** An age band statistics publish instead of an age (`18-24`). */
export type AgeBand = (typeof AGE_BANDS)[number];

const LOWER_BOUNDS = [0, 9, 18, 21, 24, 27, 30, 39, 48];

/** The CTDC band holding a whole age in years. */
export function ageBandOf(age: number): AgeBand {
  let index = 0;
  for (let i = 0; i < LOWER_BOUNDS.length; i++) if (age >= LOWER_BOUNDS[i]!) index = i;
  return AGE_BANDS[index]!;
}

/**
 * A band as CTDC's files write it: a double hyphen, and the lower bound padded to two digits (`0--8`, `09--17`,
 * `18--20`, `48+`), so that a column sorts as text in age order. Homeward's records keep the single-hyphen form.
 */
export function ctdcAgeBand(band: AgeBand): string {
  const [low, high] = band.split('-');
  if (high === undefined) return band;
  return `${low === '0' ? '0' : low!.padStart(2, '0')}--${high}`;
}

/** Below this age a person is a child (UN Convention on the Rights of the Child): child protection applies. */
export const CHILD_AGE_LIMIT = 18;
