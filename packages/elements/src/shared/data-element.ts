import { HttpError, ValidationError, type BaseClient } from "@chanjiao/sdk";
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from "lit";
import { requestClient } from "./context.js";
import { CjSelectEvent } from "./events.js";
import { LocaleController } from "./i18n/locale-controller.js";
import { commonMessages, type CommonMessages, type Locale, type MessageTable } from "./i18n/messages.js";
import { localeDir, translate } from "./i18n/registry.js";
import { ResourceController, type ResourceOptions } from "./resource-controller.js";
import { emptyState, errorState, loadingState, stateStyles } from "./states.js";
import { themeStyles } from "./theme.styles.js";
import { VERSION } from "./version.js";

/** How long a widget's first loads may take before it draws its loading state, in ms: a blink shorter than this reads as a flash. */
const loadingStateAfter = 100;

/** How `show` presents a resource: its data, and the words of its empty and error states. */
export interface ResourceView<T> {
  /** The data, once loaded. */
  complete(value: T): unknown;
  /** Whether the loaded data has nothing to show; `empty` is then shown instead. */
  isEmpty?(value: T): boolean;
  empty?: string;
  /** Shown instead of loading while a setting the widget needs is missing. */
  missing?: string | undefined;
  /** The message of a failed load, shown with Retry. */
  failed: string;
  /** The message of a 404, shown with Retry (the record may be published later). */
  notFound?: string;
  /** Lines of the loading placeholder. */
  lines?: number;
  /** The attribute behind a query parameter of another name, such as `{ region: "province" }`. */
  attributes?: Record<string, string>;
}

/** How `frame` draws the widget's box. */
export interface FrameOptions {
  /** An `<article>` (one record) rather than a `<section>`. */
  article?: boolean;
  /** Classes beside the root part's. */
  class?: string;
  label?: string;
  labelledby?: string;
}

/**
 * The parameter at fault when a load failed on the widget's own settings: refused by the SDK
 * before anything was sent, or by the server with a 400 naming it.
 */
function refusedParameter(error: unknown): string | undefined {
  if (error instanceof ValidationError && error.url === undefined) return error.issues[0]?.path;
  if (error instanceof HttpError && error.status === 400) return error.problem?.errors?.[0]?.path;
  return undefined;
}

/** The setting as the page wrote it, `group-by="nonsense"`, when the host has it as an attribute. */
function describeSetting(host: Element, parameter: string, attributes: Record<string, string>): string {
  const attribute = attributes[parameter] ?? parameter.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  // `major-category` holds what the query sends as `majorCategoryId`.
  const name = [attribute, attribute.replace(/-id$/, "")].find((candidate) => host.hasAttribute(candidate));
  return name === undefined ? attribute : `${name}="${host.getAttribute(name)}"`;
}

/**
 * Fires `cj-select` with `record`. Outside the class, so that the manifest keeps each widget's own
 * typed `@fires` rather than an untyped one inherited by every widget.
 */
function select(host: Element, record: unknown): void {
  host.dispatchEvent(new CjSelectEvent(record));
}

/**
 * The frame every data widget shares: it takes the SDK client from the nearest `<cj-provider>`,
 * follows the nearest `lang`, loads its data through resources (see `resource`), and draws the
 * loading, empty, error and data states alike in every widget. A setting the data cannot take is
 * named, without a Retry that could not help; a record that does not exist is said to be not found;
 * any other failure offers Retry. The box is `busy` while any resource loads.
 *
 * @attr heading-level - The heading level of the widget's first headings (1 to 6); deeper headings take the next levels. Default 3.
 * @prop {number} headingLevel - Reflected from `heading-level`.
 * @prop {Promise<void>} loadComplete - Settles once every load the widget has started has finished and the result is drawn.
 *
 * @fires {CjErrorEvent} cj-error - The data could not be loaded; `event.error` is the SDK's error (`HttpError`, `ValidationError`, `NetworkError`, `TimeoutError`).
 *
 * @csspart base - The widget's box, whatever it shows.
 * @csspart retry - The Retry button of the error state.
 *
 * @cssprop [--cj-color-text=#1f2328] - Text colour (dark scheme: #e6edf3).
 * @cssprop [--cj-color-muted=#545d68] - Labels and secondary text (dark scheme: #9ea7b3).
 * @cssprop [--cj-color-accent=#0b57a4] - Links, focus ring, buttons, chosen controls (dark scheme: #6cb6ff).
 * @cssprop [--cj-color-surface=#ffffff] - Background of the widget's boxes: cards, items, controls (dark scheme: #161b22).
 * @cssprop [--cj-color-border=#d1d9e0] - Borders and loading placeholders (dark scheme: #3d444d).
 * @cssprop [--cj-color-danger=#b42318] - Error messages (dark scheme: #ff8182).
 * @cssprop [--cj-color-badge-text=#5c4300] - Sample badge text (dark scheme: #f2cc60).
 * @cssprop [--cj-color-badge-surface=#fff1c2] - Sample badge background (dark scheme: #3b2e00).
 * @cssprop [--cj-radius=8px] - Corner radius.
 * @cssprop [--cj-space=1rem] - Padding and gaps.
 * @cssprop [--cj-font-family=system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif] - Font stack.
 * @cssprop [--cj-font-size=1rem] - Base font size.
 * @cssprop [--cj-min-height=12rem] - Space kept while the widget loads (and reserved by the page's `:not(:defined)` rule before it is defined).
 */
export class CjDataElement extends LitElement {
  static readonly version = VERSION;
  static override styles = [themeStyles, stateStyles];

  // Declared without decorators: the CDN bundle then carries no decorator runtime.
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: "heading-level", type: Number },
  };

  /** The root part name of earlier releases, kept beside `base` for one release. */
  static legacyPart: string | undefined;

  declare headingLevel: number;

  #client: BaseClient | undefined;
  #unsubscribe: (() => void) | undefined;
  readonly #i18n = new LocaleController(this);
  readonly #resources: Array<ResourceController<readonly unknown[], unknown>> = [];
  /** Whether the page holds the widget already drawn by the server (a declarative shadow root). */
  readonly #serverRendered: boolean;

  constructor() {
    super();
    this.headingLevel = 3;
    this.#serverRendered = this.shadowRoot !== null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Updates the widget whenever the provider's client changes; a provider met again after a move
    // replaces the earlier one.
    requestClient(this, (client, unsubscribe) => {
      if (unsubscribe !== this.#unsubscribe) this.#unsubscribe?.();
      this.#unsubscribe = unsubscribe;
      this.#client = client;
      this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /**
   * A widget the server drew keeps the server's drawing until its data has loaded, from the
   * answers the page carries, so that its first drawing is the same and nothing flashes. Any other
   * widget first draws its loading state only if its data takes longer than {@link loadingStateAfter}.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (!this.hasUpdated) await (this.#serverRendered ? this.settle() : this.#firstLoadsForAWhile());
    return super.scheduleUpdate();
  }

  /**
   * Starts the widget's loads and waits for them for a while: an answer in hand or quick to come
   * (the CDN loader's early read, arrived while the widget's code travelled, or one shared with
   * another widget) is drawn at once, without a flash of the loading state, nor the work of drawing,
   * laying out and painting it, which on a slow phone delays the data's own drawing.
   */
  async #firstLoadsForAWhile(): Promise<void> {
    this.#resources.forEach((resource) => resource.hostUpdate());
    if (!this.busy) return;
    await Promise.race([Promise.all(this.#resources.map((resource) => resource.taskComplete)), new Promise((resolve) => setTimeout(resolve, loadingStateAfter))]);
  }

  /** A server-drawn widget's first drawing replaces the server's, in one frame. */
  protected override update(changed: PropertyValues): void {
    if (this.#serverRendered && !this.hasUpdated) {
      // Lit would draw before the server's first node, which is about to go.
      this.renderOptions.renderBefore = null;
      this.renderRoot.replaceChildren();
    }
    super.update(changed);
  }

  /**
   * Loads what the widget shows with its current settings, following loads that start from what
   * an earlier one brought, before it is drawn: on the server, and where the server drew it.
   * @internal
   */
  async settle(): Promise<void> {
    for (;;) {
      this.#resources.forEach((resource) => resource.hostUpdate());
      if (!this.busy) return;
      await Promise.all(this.#resources.map((resource) => resource.taskComplete));
    }
  }

  /** The client of the nearest provider. */
  protected get client(): BaseClient | undefined {
    return this.#client;
  }

  /** The language the widget speaks. */
  protected get locale(): Locale {
    return this.#i18n.locale;
  }

  /** The strings of `table` in the widget's language, with the strings every widget shares. */
  protected pick<K extends string, T>(table: MessageTable<K, T>): CommonMessages & T {
    return { ...this.terms(commonMessages), ...this.terms(table) };
  }

  /** The words of a group of the vocabulary, or any other table, in the widget's language. */
  protected terms<K extends string, T>(table: MessageTable<K, T>): T {
    return translate(table, this.locale);
  }

  /** A resource of the widget: it loads when its arguments change, and the widget is busy while it does. */
  protected resource<A extends readonly unknown[], T>(options: ResourceOptions<A, T>): ResourceController<A, T> {
    const resource = new ResourceController(this, options);
    this.#resources.push(resource as unknown as ResourceController<readonly unknown[], unknown>);
    return resource;
  }

  /** Whether any of the widget's resources is loading. */
  protected get busy(): boolean {
    return this.#resources.some((resource) => resource.state.status === "pending");
  }

  /** Settles once every load the widget has started has finished and its result is drawn. */
  get loadComplete(): Promise<void> {
    return (async () => {
      do {
        await this.updateComplete;
        await Promise.all(this.#resources.map((resource) => resource.taskComplete));
      } while (!(await this.updateComplete) || this.busy);
    })();
  }

  /** `aria-level` of a heading `depth` levels below the widget's own (`heading-level`, 1 to 6, else 3). */
  protected headingLevelAt(depth = 0): string {
    return String(Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3) + depth));
  }

  /**
   * The widget's box: `part="base"` (with the root part name of earlier releases), busy while a
   * resource loads, and right to left when the language is written so.
   */
  protected frame(content: unknown, options: FrameOptions = {}): TemplateResult {
    const { legacyPart = "" } = this.constructor as typeof CjDataElement;
    const part = `base ${legacyPart}`;
    const className = `${part} ${options.class ?? ""}`;
    const busy = String(this.busy);
    const dir = localeDir(this.locale) === "rtl" ? "rtl" : nothing;
    const label = options.label ?? nothing;
    const labelledby = options.labelledby ?? nothing;
    return options.article
      ? html`<article class=${className} part=${part} aria-busy=${busy} dir=${dir} aria-label=${label} aria-labelledby=${labelledby}>${content}</article>`
      : html`<section class=${className} part=${part} aria-busy=${busy} dir=${dir} aria-label=${label} aria-labelledby=${labelledby}>${content}</section>`;
  }

  /**
   * The box of a widget that shows one record, an `<article>`: the record `resource` loads for the
   * id the page gives in `attribute` (which a refused id names), in its state.
   */
  protected showRecord<A extends readonly unknown[], T>(resource: ResourceController<A, T>, attribute: string, view: ResourceView<T>, options?: FrameOptions): TemplateResult {
    return this.frame(this.show(resource, { ...view, attributes: { id: attribute } }), { article: true, ...options });
  }

  /**
   * A record's header: its name as a heading `depth` levels below the widget's, holding a button
   * that fires `cj-select` with the record (the widget's `@fires` says so), and `aside` (a badge)
   * beside it.
   */
  protected recordHeader(record: unknown, name: string, depth: number, aside: unknown): TemplateResult {
    return html`<header class="header">
      <div class="title" part="title" role="heading" aria-level=${this.headingLevelAt(depth)}>
        <button type="button" @click=${() => select(this, record)}>${name}</button>
      </div>
      ${aside}
    </header>`;
  }

  /** A resource in its state: no data source, a missing setting, loading, empty, failed, or its data. */
  protected show<A extends readonly unknown[], T>(resource: ResourceController<A, T>, view: ResourceView<T>): unknown {
    const t = this.terms(commonMessages);
    const loading = () => loadingState(t.loading, view.lines);
    if (!this.client || view.missing) return emptyState(this.client ? view.missing! : t.noClient);
    return resource.render({
      initial: loading,
      pending: loading,
      complete: (value) => (view.isEmpty?.(value) ? emptyState(view.empty!) : view.complete(value)),
      error: (error) => this.failure(resource, error, view),
    });
  }

  /**
   * The error state of a failed load. A setting the data cannot take is named and offers no Retry,
   * which could not help; a 404 says the record was not found; anything else offers Retry.
   */
  protected failure(resource: { retry(): void }, error: unknown, view: Pick<ResourceView<unknown>, "failed" | "notFound" | "attributes">): TemplateResult {
    const t = this.terms(commonMessages);
    const parameter = refusedParameter(error);
    if (parameter) return errorState(t.invalidSetting(describeSetting(this, parameter, view.attributes ?? {})));
    const notFound = error instanceof HttpError && error.status === 404 && view.notFound;
    return errorState(notFound || view.failed, { label: t.retry, onRetry: () => resource.retry() });
  }
}
