import { interpolate, type LabelCatalog, type Locale, resolveLocale } from '@homeward/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { composedClosest } from '../dom/composed-closest.js';
import { directionOf, formatDate, formatList, formatNumber } from './formatters.js';
import { loadUiStrings, type UiKey, type UiStrings, uiEn, uiStringsIfLoaded } from './ui/index.js';

export type { LabelCatalog };
/** What `loadLabels` from `@homeward/core` is: a locale's field, option and step labels, loaded on demand. */
export type LabelLoader = (locale: Locale) => Promise<LabelCatalog>;

export interface LocalizeOptions {
  /**
   * Loads the core field and option labels for a locale, usually `loadLabels` from `@homeward/core`. Passed in
   * rather than imported here so an element that needs no field labels (a text field) does not bundle them.
   */
  labels?: LabelLoader;
  /**
   * Loads core's validation messages for a locale (`loadMessages` from `@homeward/core/validate`), for elements that
   * show validation errors. Passed in for the same reason: a chart must not carry them.
   */
  messages?: MessageLoader;
}

/** What `loadMessages` from `@homeward/core/validate` is. */
export type MessageLoader = (locale: Locale) => Promise<unknown>;

type Host = ReactiveControllerHost & HTMLElement;

/** Controllers of connected elements, told to re-resolve when any `lang` or `dir` attribute on the page changes. */
const connected = new Set<LocalizeController>();
let pageObserver: MutationObserver | undefined;

function watchPage(controller: LocalizeController): void {
  connected.add(controller);
  if (pageObserver) return;
  pageObserver = new MutationObserver(() => {
    for (const c of connected) c.refresh();
  });
  pageObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang', 'dir'],
    subtree: true,
  });
}

function unwatchPage(controller: LocalizeController): void {
  connected.delete(controller);
  if (connected.size === 0) {
    pageObserver?.disconnect();
    pageObserver = undefined;
  }
}

/** Loaded label catalogues per loader, so the second element in a locale renders its labels on the first pass. */
const labelCache = new WeakMap<LabelLoader, Map<Locale, LabelCatalog>>();

function cachedLabels(loader: LabelLoader, locale: Locale): LabelCatalog | undefined {
  return labelCache.get(loader)?.get(locale);
}

async function loadLabelsOnce(loader: LabelLoader, locale: Locale): Promise<LabelCatalog> {
  const hit = cachedLabels(loader, locale);
  if (hit) return hit;
  const labels = await loader(locale);
  let perLoader = labelCache.get(loader);
  if (!perLoader) {
    perLoader = new Map();
    labelCache.set(loader, perLoader);
  }
  perLoader.set(locale, labels);
  return labels;
}

/**
 * Gives an element its locale and translated strings. The locale is the element's own `lang`, else the closest
 * `[lang]` ancestor (climbing out of shadow roots), else English; it follows changes to any of them. Strings for a
 * locale are loaded on demand and the host re-renders when they arrive. Until then the previous strings (English
 * on a first load) are shown, so an element is never blank.
 *
 * Note: changes to `lang` are observed on the host itself and anywhere in the light DOM. An element nested in a
 * shadow root should get its `lang` set on itself (or on the shadow host) rather than on a wrapper inside the root.
 */
export class LocalizeController implements ReactiveController {
  /** The supported locale in use: `en`, `fr`, `id`, `zh-Hans` or `km`. */
  locale: Locale = 'en';
  /** The text direction: an explicit `dir` ancestor wins, else the locale's own. */
  dir: 'ltr' | 'rtl' = 'ltr';
  /** Resolves once the strings (and labels, if asked for) of the current locale are loaded. */
  ready: Promise<void> = Promise.resolve();

  readonly #host: Host;
  readonly #labelLoader: LabelLoader | undefined;
  readonly #messageLoader: MessageLoader | undefined;
  #ui: UiStrings = uiEn;
  #labels: LabelCatalog = {};
  #loadedFor: Locale | undefined;
  readonly #hostObserver = new MutationObserver(() => this.refresh());

  constructor(host: Host, options: LocalizeOptions = {}) {
    this.#host = host;
    this.#labelLoader = options.labels;
    this.#messageLoader = options.messages;
    host.addController(this);
  }

  hostConnected(): void {
    watchPage(this);
    this.#hostObserver.observe(this.#host, { attributes: true, attributeFilter: ['lang', 'dir'] });
    this.refresh();
  }

  hostDisconnected(): void {
    unwatchPage(this);
    this.#hostObserver.disconnect();
  }

  /** Re-resolves the locale; loads and re-renders if it changed. Called for you on `lang`/`dir` changes. */
  refresh(): void {
    const tag = composedClosest(this.#host, '[lang]:not([lang=""])')?.getAttribute('lang');
    const locale = resolveLocale(tag);
    const explicitDir = composedClosest(this.#host, '[dir="ltr"], [dir="rtl"]')?.getAttribute('dir');
    const dir = explicitDir === 'rtl' || explicitDir === 'ltr' ? explicitDir : directionOf(locale);
    const changed = locale !== this.locale || dir !== this.dir;
    this.locale = locale;
    this.dir = dir;
    if (this.#loadedFor !== locale) this.#load(locale);
    else if (changed) this.#host.requestUpdate();
  }

  #load(locale: Locale): void {
    const loader = this.#labelLoader;
    const ui = uiStringsIfLoaded(locale);
    const labels = loader ? cachedLabels(loader, locale) : {};
    if (ui && labels) {
      // Already in memory: render in the new locale right away, without a flash of the old one.
      this.#apply(locale, ui, labels);
      return;
    }
    this.ready = Promise.all([
      loadUiStrings(locale),
      loader ? loadLabelsOnce(loader, locale).catch(() => this.#labels) : Promise.resolve({}),
      // Core's validation messages in this locale, so that errors shown after this render speak it too.
      this.#messageLoader?.(locale).catch(() => undefined),
    ]).then(([loadedUi, loadedLabels]) => {
      // A later switch may have overtaken this load: only the current locale's strings are applied.
      if (this.locale === locale) this.#apply(locale, loadedUi, loadedLabels);
    });
  }

  #apply(locale: Locale, ui: UiStrings, labels: LabelCatalog): void {
    this.#ui = ui;
    this.#labels = labels;
    this.#loadedFor = locale;
    this.#host.requestUpdate();
  }

  /**
   * A translated string: a widget UI string (`continue`, `stepOf` ...) or, failing that, a core label
   * (`intake.person.fullName.label`). `{name}` placeholders take `params`; numbers are formatted for the locale.
   * An unknown key is returned as is, so a gap shows up in review instead of as an empty label.
   */
  t(key: UiKey | (string & {}), params?: Record<string, string | number>): string {
    const template = (this.#ui as Record<string, string>)[key] ?? this.#labels[key] ?? key;
    return interpolate(template, params, (n) => this.number(n));
  }

  /** Whether a key has a translation (UI string or loaded label). */
  has(key: string): boolean {
    return key in this.#ui || key in this.#labels;
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(this.locale, value, options);
  }

  /** A date or a date-only ISO string (`2026-01-18`, formatted as that calendar day in every timezone). */
  date(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(this.locale, value, options);
  }

  /** "A, B and C" in the locale's own words. */
  list(items: string[], options?: Intl.ListFormatOptions): string {
    return formatList(this.locale, items, options);
  }
}
