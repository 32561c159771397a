// Debian's chromium, launched the same way by vitest's browser projects and by the Playwright tests that drive
// a real page (the script-tag bundle, the demo site): Playwright cannot download its own browsers on this network.
import type { Browser, Page } from 'playwright';

export function chromiumLaunchOptions() {
  return {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  };
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright');
  return chromium.launch({ headless: true, ...chromiumLaunchOptions() });
}

/** What went wrong on a page: console errors, uncaught errors, Content-Security-Policy violations, failed requests. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
  failedRequests: string[];
  /** Every URL the page requested, in order. */
  requests: string[];
}

/** Starts recording a page's problems; call before the first navigation. */
export async function watchPage(page: Page): Promise<PageProblems> {
  const problems: PageProblems = {
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
    failedRequests: [],
    requests: [],
  };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  page.on('request', (request) => problems.requests.push(request.url()));
  page.on('requestfailed', (request) =>
    problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`),
  );
  await page.exposeFunction('__homewardReportCsp', (text: string) => problems.cspViolations.push(text));
  // Injected by the browser itself, not as an inline script: the page's own CSP does not apply to it.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __homewardReportCsp: (t: string) => void }).__homewardReportCsp;
      report(
        `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return problems;
}
