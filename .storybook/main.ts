import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    return {
      ...viteConfig,
      // Stories import the packages' TypeScript sources (the `source` export condition): no build step first.
      resolve: { ...viteConfig.resolve, conditions: ['source', ...defaultClientConditions] },
      // Lit's decorators are the legacy (experimentalDecorators) kind everywhere in this repository; say so here
      // too rather than trusting every file to find the right tsconfig.
      oxc: {
        ...(viteConfig.oxc || {}),
        decorator: { legacy: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
        assumptions: { setPublicClassFields: true },
      },
      // Storybook's own manager and docs chunks are large by design; the budgets that matter are in scripts/size.mjs.
      build: { ...viteConfig.build, chunkSizeWarningLimit: 2048 },
    };
  },
};

export default config;
