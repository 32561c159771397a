import { cdp } from 'vitest/browser';

type MediaFeature = {
  name: 'forced-colors' | 'prefers-reduced-motion' | 'prefers-color-scheme';
  value: string;
};

/**
 * Test helper: emulates CSS media features in Chromium (through the DevTools protocol) while `run` runs, so a test
 * can check what forced colours or reduced motion really render.
 */
export async function withEmulatedMedia<T>(features: MediaFeature[], run: () => Promise<T> | T): Promise<T> {
  const session = cdp();
  await session.send('Emulation.setEmulatedMedia', { features });
  try {
    return await run();
  } finally {
    await session.send('Emulation.setEmulatedMedia', { features: [] });
  }
}

/** Test helper: renders the page as for printing (CSS `@media print`) while `run` runs. */
export async function withPrintMedia<T>(run: () => Promise<T> | T): Promise<T> {
  const session = cdp();
  await session.send('Emulation.setEmulatedMedia', { media: 'print' });
  try {
    return await run();
  } finally {
    await session.send('Emulation.setEmulatedMedia', { media: '' });
  }
}
