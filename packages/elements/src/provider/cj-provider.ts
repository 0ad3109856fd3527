import { createBaseClient, type BaseClient } from "@chanjiao/sdk";
import { css, html, LitElement, type PropertyValues, type TemplateResult } from "lit";
import type { ContextCallback } from "@lit/context";
import { clientContext, type ClientRequest } from "../shared/context.js";
import { CjErrorEvent } from "../shared/events.js";
import { withPageAnswers } from "../shared/page-answers.js";
import { VERSION } from "../shared/version.js";

/**
 * Owns the connection to a Chanjiao open-data API and hands it to every widget inside it, through
 * shadow roots too. Widgets never know a URL themselves; several providers on one page may point
 * at different APIs. With the CDN loader, the one-file bundle or the `define` entry (or after
 * `shareRequests()`), the client made from `base-url` shares requests between the widgets: reads
 * of one URL in flight at once are one request, and answers are kept (reused while the API's
 * `Cache-Control` says they are fresh, then revalidated with their ETag).
 *
 * @summary Supplies the API client to the widgets inside it.
 *
 * @attr base-url - The API root, such as `https://data.example.org/v1`; a relative URL is resolved against the page.
 * @attr static - Present when `base-url` is a static export (`chanjiao-server export`) on a static host or CDN rather than a live API: the client then reads the export's files. A view whose query is not in the export shows its error state.
 * @prop {string | undefined} baseUrl - The API root, reflected from `base-url`.
 * @prop {boolean} static - Whether `base-url` is a static export, reflected from `static`.
 * @prop {BaseClient | undefined} client - A client made by the page with `createClient` (its own fetch, headers, timeout); when set it is used instead of `base-url`, as it is (its requests are not shared).
 *
 * @slot - The widgets (and any other content) that use this provider's client.
 *
 * @fires {CjErrorEvent} cj-error - `base-url` is not a usable http(s) URL; the widgets inside then show that they have no data source.
 */
export class CjProvider extends LitElement {
  static readonly version = VERSION;

  // A provider adds no box of its own, so it never changes the site's layout.
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  // Declared without decorators: the CDN bundle then carries no decorator runtime.
  static override properties = {
    baseUrl: { attribute: "base-url" },
    static: { type: Boolean, reflect: true },
    client: { attribute: false },
  };

  /** Makes the `fetch` of each client made from `base-url`; set by `shareRequests()`. */
  static sharedFetch: (() => typeof globalThis.fetch) | undefined;

  declare baseUrl: string | undefined;
  declare static: boolean;
  declare client: BaseClient | undefined;

  /** The client handed to the widgets, and the widgets that follow it, with what stops each. */
  #value: BaseClient | undefined;
  readonly #subscribers = new Map<ContextCallback<BaseClient | undefined>, () => void>();
  #ownClient: { baseUrl: string; static: boolean; client: BaseClient | undefined } | undefined;

  constructor() {
    super();
    this.static = false;
    // Answers the widgets inside (the community context protocol, as @lit/context speaks it).
    this.addEventListener("context-request", (event) => {
      const { context, callback, subscribe } = event as ClientRequest;
      if (context !== clientContext) return;
      event.stopPropagation();
      const unsubscribe = () => this.#subscribers.delete(callback);
      if (subscribe) this.#subscribers.set(callback, unsubscribe);
      callback(this.#value, unsubscribe);
    });
  }

  // Before Lit's first update, so that children connecting right after already find a client.
  override connectedCallback(): void {
    this.#provideClient();
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("baseUrl") || changed.has("static") || changed.has("client")) this.#provideClient();
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }

  #provideClient(): void {
    const next = this.client ?? this.#clientForBaseUrl();
    if (next !== this.#value) {
      this.#value = next;
      this.#subscribers.forEach((unsubscribe, callback) => callback(next, unsubscribe));
    }
  }

  #clientForBaseUrl(): BaseClient | undefined {
    const baseUrl = this.baseUrl?.trim();
    if (!baseUrl) return undefined;
    if (this.#ownClient?.baseUrl !== baseUrl || this.#ownClient.static !== this.static) {
      this.#ownClient = { baseUrl, static: this.static, client: this.#tryCreateClient(baseUrl) };
    }
    return this.#ownClient.client;
  }

  #tryCreateClient(baseUrl: string): BaseClient | undefined {
    try {
      const absolute = new URL(baseUrl, document.baseURI).href;
      // Chosen at the client's first request, after the page's modules have run.
      let fetch: typeof globalThis.fetch | undefined;
      return createBaseClient({
        baseUrl: absolute,
        static: this.static,
        fetch: (input, init) => (fetch ??= withPageAnswers(absolute, CjProvider.sharedFetch?.() ?? ((...args) => globalThis.fetch(...args))))(input, init),
      });
    } catch (error) {
      this.dispatchEvent(new CjErrorEvent(error));
      return undefined;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cj-provider": CjProvider;
  }
}
