/**
 * The tag a `src/define/*.ts` entry registers, read from its source: `HwX.define('hw-x')` (HomewardElement's guarded
 * define) or `customElements.define('hw-x', HwX)`. Pure, so node tooling and browser tests share it.
 */
export function registeredTag(source: string): string | undefined {
  return /(?:\bcustomElements\.define|\b[A-Z][A-Za-z0-9]*\.define)\(\s*['"](hw-[a-z0-9-]+)['"]/.exec(
    source,
  )?.[1];
}
