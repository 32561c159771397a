/**
 * A part of the form that most visits never show (the confirmation and outbox panel, the case number's QR code), kept
 * out of the form's bundle and loaded with `import()` when first needed; the host renders again once it has come. In
 * the script-tag bundle each such part is a chunk the site's service worker precaches, so it loads offline too.
 */
import type { ReactiveControllerHost } from 'lit';

export class LazyPart<M> {
  #module: M | undefined;
  #loading: Promise<unknown> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<M>,
  ) {}

  /** The module once loaded; before that, starts loading it (once) and returns undefined. */
  get(): M | undefined {
    this.preload();
    return this.#module;
  }

  /** The module, once loaded (undefined if it could not be). */
  async loaded(): Promise<M | undefined> {
    this.preload();
    await this.#loading;
    return this.#module;
  }

  /**
   * Starts loading now, when the part will soon be needed (on send, while the connection may still be there). A load
   * that failed (offline, no service worker) is tried again on the next render.
   */
  preload(): void {
    this.#loading ??= this.load().then(
      (module) => {
        this.#module = module;
        this.host.requestUpdate();
      },
      () => {
        this.#loading = undefined;
      },
    );
  }
}
