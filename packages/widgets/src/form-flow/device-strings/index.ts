import type { Locale } from '@homeward/core';
import { type DeviceStrings, en } from './en.js';

export type { DeviceKey, DeviceStrings } from './en.js';
export { en as deviceStringsEn };

/** One chunk per locale, loaded with the panel; English is in the panel itself. */
const loaders: Record<Locale, () => Promise<DeviceStrings>> = {
  en: async () => en,
  fr: async () => (await import('./fr.js')).fr,
  id: async () => (await import('./id.js')).id,
  'zh-Hans': async () => (await import('./zh-Hans.js')).zhHans,
  km: async () => (await import('./km.js')).km,
};

/** A locale's strings of the outbox and drafts panel; English when its chunk cannot be loaded (offline, no cache). */
export function loadDeviceStrings(locale: Locale): Promise<DeviceStrings> {
  return (loaders[locale] ?? loaders.en)().catch(() => en);
}
