/**
 * Intl formatters are costly to build and a form formats the same way many times: keep one per locale and
 * options. Keys are small (a locale and a handful of options), so the caches stay bounded in practice.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

function cached<F>(cache: Map<string, F>, key: string, make: () => F): F {
  let f = cache.get(key);
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

export function formatNumber(locale: string, value: number, options?: Intl.NumberFormatOptions): string {
  const key = `${locale}|${JSON.stringify(options ?? {})}`;
  return cached(numberFormats, key, () => new Intl.NumberFormat(locale, options)).format(value);
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Formats a date. A date-only ISO string (`2026-01-18`) is a calendar day, not an instant: it is formatted in UTC
 * so that it never shows as the day before in a timezone west of Greenwich.
 */
export function formatDate(
  locale: string,
  value: Date | string | number,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  const dateOnly = typeof value === 'string' && DATE_ONLY.test(value);
  const date = dateOnly ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const effective = dateOnly ? { ...options, timeZone: 'UTC' } : options;
  const key = `${locale}|${JSON.stringify(effective)}`;
  return cached(dateFormats, key, () => new Intl.DateTimeFormat(locale, effective)).format(date);
}

export function formatList(locale: string, items: string[], options?: Intl.ListFormatOptions): string {
  const key = `${locale}|${JSON.stringify(options ?? {})}`;
  return cached(listFormats, key, () => new Intl.ListFormat(locale, options)).format(items);
}

/** Writing direction of a locale, from the browser's own data where it has it. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
  } catch {
    // an invalid tag: fall through to the script list
  }
  return /^(ar|arc|dv|fa|ha-arab|he|khw|ks|ku-arab|ps|sd|ur|yi)(-|$)/i.test(locale) ? 'rtl' : 'ltr';
}
