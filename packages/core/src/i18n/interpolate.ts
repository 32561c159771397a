/**
 * Fills `{name}` placeholders in a message: the one interpolation every Homeward catalogue uses (core's validation
 * messages, the widgets' strings). Numbers go through `formatNumber` (pass the locale's `Intl.NumberFormat`). A
 * placeholder without a value of its own (inherited properties such as `constructor` do not count) stays visible, so
 * a missing parameter shows up in review instead of vanishing.
 */
export function interpolate(
  template: string,
  params: Readonly<Record<string, string | number>> | undefined,
  formatNumber: (n: number) => string = String,
): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}
