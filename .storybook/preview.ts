import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  parameters: {
    // Every story is also a browser test (the `stories` vitest project): an axe violation fails it.
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'padded',
  },
  tags: ['autodocs'],
};

export default preview;
