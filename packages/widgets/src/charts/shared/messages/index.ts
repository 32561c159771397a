import type { Locale } from '@homeward/core';
import { type ChartStrings, en } from './en.js';

export type { ChartKey, ChartStrings } from './en.js';
export { en as chartStringsEn };

/**
 * One dynamic import per locale, so a bundler puts each in its own chunk and a page loads only the language it
 * shows. English is static: it is what a chart shows while another locale loads, so it is never blank.
 */
const loaders: Record<Locale, () => Promise<ChartStrings>> = {
  en: async () => en,
  fr: async () => (await import('./fr.js')).fr,
  id: async () => (await import('./id.js')).id,
  'zh-Hans': async () => (await import('./zh-Hans.js')).zhHans,
  km: async () => (await import('./km.js')).km,
};

const loaded = new Map<Locale, ChartStrings>([['en', en]]);

/** The strings of a locale if already in memory, so a chart renders them on its first pass. */
export function chartStringsIfLoaded(locale: Locale): ChartStrings | undefined {
  return loaded.get(locale);
}

/** Loads a locale's chart strings once; a failed load (offline, missing chunk) falls back to English. */
export async function loadChartStrings(locale: Locale): Promise<ChartStrings> {
  const done = loaded.get(locale);
  if (done) return done;
  const strings = await loaders[locale]().catch(() => en);
  loaded.set(locale, strings);
  return strings;
}
