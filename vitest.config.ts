import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { e2eCommands, sameOriginApi } from './packages/widgets/test/e2e/same-origin-api.js';
import { chromiumLaunchOptions } from './scripts/chromium.js';

/** Debian's chromium: Playwright cannot download its own browsers on this network. */
export function chromiumProvider() {
  return playwright({ launchOptions: chromiumLaunchOptions() });
}

/** A fresh options object per project: two projects must not share one. */
export function browserOptions() {
  return {
    enabled: true,
    headless: true,
    provider: chromiumProvider(),
    instances: [{ browser: 'chromium' as const }],
    screenshotFailures: false,
  };
}

/** Pre-bundled up front: discovered mid-run, Vite reloads the page under a running test (flaky on fresh CI). */
function widgetsDeps() {
  return {
    include: [
      'lit',
      'lit/decorators.js',
      'lit/directives/live.js',
      'axe-core',
      '@homeward/widgets > idb-keyval',
      '@homeward/widgets > uqr',
      '@homeward/widgets > d3-array',
      '@homeward/widgets > openapi-fetch',
    ],
  };
}

const resolve = { conditions: ['source', ...defaultClientConditions] };
/** Node-environment projects that import the workspace packages by name: their sources too, not a stale dist. */
const ssr = { resolve: { conditions: ['source', ...defaultServerConditions] } };

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'core',
          environment: 'node',
          include: ['packages/core/{src,test}/**/*.test.ts'],
        },
      },
      {
        resolve,
        optimizeDeps: widgetsDeps(),
        test: {
          name: 'widgets',
          include: ['packages/widgets/{src,test}/**/*.test.ts'],
          exclude: ['**/*.node.test.ts', '**/*.e2e.test.ts'],
          browser: browserOptions(),
        },
      },
      {
        // The staff elements in Chromium against a real @homeward/server (SQLite in a temporary folder, on loopback),
        // reached on the test page's own origin: register, find, work the case, print, refer, other roles.
        resolve,
        ssr,
        // The global setup runs in vitest's own environment: it imports @homeward/server from source too.
        environments: { __vitest__: ssr },
        plugins: [sameOriginApi()],
        optimizeDeps: widgetsDeps(),
        test: {
          name: 'widgets-e2e',
          include: ['packages/widgets/test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['packages/widgets/test/e2e/real-server.global-setup.ts'],
          // One browser, one cookie jar: files signing in as different roles take turns.
          fileParallelism: false,
          browser: { ...browserOptions(), commands: e2eCommands },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // The widgets' DOM-free controllers, as a server or a test runner without a browser runs them.
        resolve,
        ssr,
        test: {
          name: 'widgets-node',
          environment: 'node',
          include: ['packages/widgets/src/**/*.node.test.ts'],
        },
      },
      {
        // @homeward/server: routes through Fastify's inject, the store on SQLite files and on a real PostgreSQL.
        resolve,
        ssr,
        test: {
          name: 'server',
          environment: 'node',
          include: ['packages/server/{src,test}/**/*.test.ts'],
          // A real PostgreSQL for the run (initdb into a temporary folder); the run fails if it cannot start.
          globalSetup: ['packages/server/test/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        // The example sites' servers (node) and their end-to-end tests (Playwright driving Debian's chromium).
        resolve,
        ssr,
        test: {
          name: 'examples',
          environment: 'node',
          include: ['examples/*/test/**/*.test.ts'],
          globalSetup: ['examples/demo/test/global-setup.ts'],
        },
      },
      {
        // Build tooling: the script-tag bundle, the Storybook build keeping every registration (node).
        resolve,
        ssr,
        test: {
          name: 'platform',
          environment: 'node',
          include: ['.storybook/test/**/*.test.ts', 'packages/widgets/scripts/**/*.test.ts'],
        },
      },
      {
        // Every story in stories/ runs as a browser test (render + play + axe with `a11y.test = 'error'`).
        resolve,
        plugins: [storybookTest({ configDir: '.storybook' })],
        // The charts' d3 module and the staff elements' modules, pre-bundled so that Vite does not reload the page
        // under a running story.
        optimizeDeps: {
          include: [
            '@homeward/widgets > d3-array',
            '@homeward/widgets > openapi-fetch',
            '@homeward/widgets > uqr',
          ],
        },
        test: {
          name: 'stories',
          browser: browserOptions(),
        },
      },
    ],
  },
});
