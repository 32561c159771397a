import type { Locale } from '@homeward/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  type ChartStrings,
  chartStringsEn,
  chartStringsIfLoaded,
  loadChartStrings,
} from './messages/index.js';
import { ChartText } from './text.js';

/**
 * Keeps a chart's own strings in the locale its localize controller resolved: loaded on demand, English shown
 * meanwhile (never a blank), the host re-rendered when they arrive. Words and Intl formats always come from the
 * same locale, so a sentence never mixes two languages.
 */
export class ChartStringsController implements ReactiveController {
  private strings: ChartStrings = chartStringsEn;
  private locale: Locale = 'en';
  private pending: Locale | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly wanted: () => Locale,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const locale = this.wanted();
    if (locale === this.locale || locale === this.pending) return;
    const ready = chartStringsIfLoaded(locale);
    if (ready) {
      this.strings = ready;
      this.locale = locale;
      this.pending = undefined;
      return;
    }
    this.pending = locale;
    void loadChartStrings(locale).then((strings) => {
      if (this.pending !== locale) return;
      this.pending = undefined;
      this.strings = strings;
      this.locale = locale;
      this.host.requestUpdate();
    });
  }

  /** The words and formats of the current locale. */
  text(): ChartText {
    return new ChartText(this.locale, this.strings);
  }
}
