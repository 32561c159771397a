// Runs inside the strict-CSP page: records every policy violation, then loads the forms' define entries.
declare global {
  interface Window {
    hwViolations: string[];
    hwLoaded: Promise<void>;
  }
}

window.hwViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.hwViolations.push(
    `${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`,
  );
});

window.hwLoaded = (async () => {
  await import('../../../define/intake-form.js');
  await import('../../../define/incident-form.js');
})();

export {};
