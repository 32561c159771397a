/**
 * The strings of the confirmation and the outbox panel (device-strings/), in a form's locale. They come with the
 * lazily loaded module that shows them, not with the form's catalogue: English at once, another locale's chunk
 * fetched on first use (the host renders again when it has come).
 */
import { interpolate, type Locale } from '@homeward/core';
import type { LocalizeController } from '../shared/localize/index.js';
import {
  type DeviceKey,
  type DeviceStrings,
  deviceStringsEn,
  loadDeviceStrings,
} from './device-strings/index.js';

/** The strings per locale, once loaded; shared by every form on the page. */
const loaded = new Map<Locale, DeviceStrings>([['en', deviceStringsEn]]);
const loading = new Set<Locale>();

/** A string, in the form's locale: English until that locale's strings have come (then `rerender`). */
export type DeviceText = (key: DeviceKey, params?: Record<string, string | number>) => string;

export function deviceText(l: LocalizeController, rerender: () => void): DeviceText {
  const locale = l.locale;
  if (!loaded.has(locale) && !loading.has(locale)) {
    loading.add(locale);
    void loadDeviceStrings(locale).then((strings) => {
      loaded.set(locale, strings);
      loading.delete(locale);
      rerender();
    });
  }
  const strings = loaded.get(locale) ?? deviceStringsEn;
  return (key, params) => interpolate(strings[key] ?? deviceStringsEn[key], params, (n) => l.number(n));
}
