// The test server rewrites `import()` to go through vitest's runner; this page runs outside it, so it gets the same
// pass-through the runner gives workers. Not part of the forms: only the test page needs it.
const g = globalThis as { __vitest_browser_runner__?: { wrapDynamicImport: (f: () => unknown) => unknown } };
g.__vitest_browser_runner__ ??= { wrapDynamicImport: (f) => f() };

export {};
