/** Fills `{name}` placeholders; numbers are formatted for the locale, unknown placeholders are left visible. */
export function interpolate(
  template: string,
  params: Record<string, string | number> | undefined,
  formatNumber: (n: number) => string,
): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}
