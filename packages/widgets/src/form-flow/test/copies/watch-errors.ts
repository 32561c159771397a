// Runs first on the two-copies page: records every uncaught error and policy violation for the test to read.
const g = globalThis as {
  __vitest_browser_runner__?: { wrapDynamicImport: (f: () => unknown) => unknown };
  hwErrors?: string[];
};
// The test server rewrites `import()` through vitest's runner, which this page does not have.
g.__vitest_browser_runner__ ??= { wrapDynamicImport: (f) => f() };
g.hwErrors = [];
window.addEventListener('error', (e) => g.hwErrors!.push(String(e.error ?? e.message)));
window.addEventListener('unhandledrejection', (e) => g.hwErrors!.push(String(e.reason)));
document.addEventListener('securitypolicyviolation', (e) => g.hwErrors!.push(`CSP ${e.violatedDirective}`));

export {};
