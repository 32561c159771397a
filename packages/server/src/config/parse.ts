/** Small parsers for environment values: each returns the value or a message naming the variable. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (error: string): Parsed<never> => ({ ok: false, error });

export function integer(name: string, raw: string, min: number, max: number): Parsed<number> {
  if (!/^\d+$/.test(raw.trim()))
    return fail(`${name} must be a whole number from ${min} to ${max}; got "${raw}".`);
  const value = Number(raw.trim());
  if (value < min || value > max) return fail(`${name} must be from ${min} to ${max}; got ${value}.`);
  return ok(value);
}

export function boolean(name: string, raw: string): Parsed<boolean> {
  const value = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(value)) return ok(true);
  if (['0', 'false', 'no', 'off'].includes(value)) return ok(false);
  return fail(`${name} must be true or false; got "${raw}".`);
}

export function oneOf<T extends string>(name: string, raw: string, values: readonly T[]): Parsed<T> {
  const value = raw.trim();
  const found = values.find((v) => v.toLowerCase() === value.toLowerCase());
  return found ? ok(found) : fail(`${name} must be one of ${values.join(', ')}; got "${raw}".`);
}
