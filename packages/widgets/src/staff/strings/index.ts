import {
  type LabelCatalog,
  type Locale,
  loadIntakeLabels,
  loadRecordLabels,
  resolveLocale,
} from '@homeward/core';
import { en, type StaffStrings } from './en.js';

export type { StaffKey, StaffStrings } from './en.js';
export { en as staffEn };

/** One chunk per locale, loaded on demand; English is static, the fallback while another loads. */
const loaders: Record<Locale, () => Promise<StaffStrings>> = {
  en: async () => en,
  fr: async () => (await import('./fr.js')).fr,
  id: async () => (await import('./id.js')).id,
  'zh-Hans': async () => (await import('./zh-Hans.js')).zhHans,
  km: async () => (await import('./km.js')).km,
};

/** The staff strings of a locale alone (the receipt prints a second language with them). */
export function loadStaffStrings(locale: string): Promise<StaffStrings> {
  return loaders[resolveLocale(locale)]().catch(() => en);
}

/**
 * The staff elements' catalogue for `LocalizeController`: core's intake labels (fields, ILO indicators, options),
 * its record labels (case statuses, needs, channels) and the staff strings. One function for every staff element on
 * the page, so the controller's cache holds it once per locale.
 */
export async function loadStaffLabels(locale: Locale): Promise<Readonly<Record<string, string>>> {
  const [intake, records, strings] = await Promise.all([
    loadIntakeLabels(locale).catch((): LabelCatalog => ({})),
    loadRecordLabels(locale).catch((): LabelCatalog => ({})),
    loadStaffStrings(locale),
  ]);
  return { ...intake, ...records, ...strings };
}
