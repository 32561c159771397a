import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Loaded } from './data-source.js';
import { type CoreCounts, coreCounts, dataSource } from './lazy.js';
import type { ChartProblem } from './problems.js';

/** Stands for data that cannot be worked out until a fetch or an on-demand module arrives. */
export const LOADING = Symbol('loading');

/** A chart's input once resolved: the value, a problem to show, or "still loading". */
export type Resolved<T> = T | ChartProblem | typeof LOADING;

export const isProblem = (value: unknown): value is ChartProblem =>
  typeof value === 'object' && value !== null && 'code' in value && !('cells' in value);

/**
 * Where a chart's data comes from, without rendering: the `src` fetch (aborted when the URL changes or the host
 * leaves the page, started again when it comes back) and the counting of `records` with core, loaded on demand.
 * Every chart and the stat card resolve their inputs through it, so loading and its failures behave alike in all.
 * `revision` changes whenever something arrives; the host works its view out again when it does.
 */
export class ChartDataController implements ReactiveController {
  private url: string | undefined;
  private loaded: Loaded | undefined;
  private request: AbortController | undefined;
  private coreFailed = false;
  #revision = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get revision(): number {
    return this.#revision;
  }

  hostConnected(): void {
    if (this.url && !this.loaded && !this.request) this.fetch(this.url);
  }

  hostDisconnected(): void {
    this.request?.abort();
    this.request = undefined;
  }

  /** Sets the URL to fetch (`src`); undefined stops and forgets the last one. */
  setSource(url: string | undefined): void {
    if (url === this.url && (this.loaded || this.request)) return;
    this.request?.abort();
    this.request = undefined;
    this.loaded = undefined;
    this.url = url;
    if (url) this.fetch(url);
  }

  /** What `src` gave: the parsed JSON or CSV table, a problem, or LOADING while the fetch runs. */
  fromSource(): Resolved<unknown> {
    if (!this.url) return { code: 'missing' };
    if (!this.loaded) return LOADING;
    return this.loaded.ok ? this.loaded.value : this.loaded.problem;
  }

  /**
   * Counts records with core, loading it on first use (LOADING until it arrives). Not an array, or a count that
   * throws, is the `records` problem; core that cannot be loaded is `unknown`.
   */
  count<T>(records: unknown, counter: (records: readonly unknown[], core: CoreCounts) => T): Resolved<T> {
    if (!Array.isArray(records)) return { code: 'records' };
    if (this.coreFailed) return { code: 'unknown' };
    const core = coreCounts.get();
    if (!core) {
      coreCounts.load().then(
        () => this.changed(),
        () => {
          this.coreFailed = true;
          this.changed();
        },
      );
      return LOADING;
    }
    try {
      return counter(records, core);
    } catch {
      return { code: 'records' };
    }
  }

  private fetch(url: string): void {
    const request = new AbortController();
    this.request = request;
    void dataSource
      .load()
      .then((module) => module.loadSource(url, request.signal))
      .catch((): Loaded => ({ ok: false, problem: { code: 'fetch', url, status: 'network' } }))
      .then((result) => {
        if (request.signal.aborted) return;
        this.request = undefined;
        this.loaded = result;
        this.changed();
      });
  }

  private changed(): void {
    this.#revision++;
    this.host.requestUpdate();
  }
}
