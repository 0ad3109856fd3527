import { ContextConsumer } from "@lit/context";
import { majorCategories, provincialLists, ProvincialListKind, type BaseClient, type ProvincialList } from "@chanjiao/sdk";
import { html, LitElement, nothing, type TemplateResult } from "lit";
import { clientContext } from "../shared/context.js";
import { LocaleController } from "../shared/i18n/locale-controller.js";
import { localName } from "../shared/i18n/local-name.js";
import { LoadController } from "../shared/load-controller.js";
import { loadErrorState } from "../shared/load-error-state.js";
import { recordsById } from "../shared/records-by-id.js";
import { sampleBadge, sampleBadgeStyles } from "../shared/sample-badge.js";
import { renderSource } from "../shared/source-links.js";
import { emptyState, loadingState, stateStyles } from "../shared/states.js";
import { themeStyles } from "../shared/theme.styles.js";
import { VERSION } from "../shared/version.js";
import { provincialListsStyles } from "./cj-provincial-lists.styles.js";
import { messages } from "./messages.js";

type Strings = (typeof messages)["en"];
type ListItem = ProvincialList["items"][number];

// Enough for every list a province publishes over many years, in one request.
const pageSize = 200;

/**
 * A province's "three lists" (clause 12 of the policy): 人才需求 (talent demand), 产业发展
 * (industry development) and 政策支持 (policy support), each item with its industry, major
 * category and source. Buttons filter by kind. Place it inside a `<cj-provider>`. Follows the
 * nearest `lang` (zh-CN by default, or en).
 *
 * @summary A province's talent demand, industry development and policy support lists.
 *
 * @attr province - The province's GB/T 2260 code, such as `320000` (江苏).
 * @attr kind - Only lists of this kind: `talent-demand`, `industry-development` or `policy-support`. All when absent.
 * @attr heading-level - The heading level of each list's title (1 to 6). Default 3.
 * @prop {string | undefined} province - Reflected from `province`.
 * @prop {"talent-demand" | "industry-development" | "policy-support" | undefined} kind - Reflected from `kind`; the filter buttons set it.
 * @prop {number} headingLevel - Reflected from `heading-level`.
 *
 * @fires {CjErrorEvent} cj-error - The lists could not be loaded; `event.error` is the SDK's error.
 *
 * @csspart lists - The widget's box.
 * @csspart filter - The group of kind filter buttons.
 * @csspart list - One list.
 * @csspart list-title - A list's title.
 * @csspart badge - The "示例数据 / Sample data" badge of a generated list.
 * @csspart item - One item of a list.
 * @csspart source - A list's or an item's source, with its http(s) links.
 * @csspart retry - The Retry button of the error state.
 *
 * @cssprop [--cj-color-text=#1f2328] - Text colour (dark scheme: #e6edf3).
 * @cssprop [--cj-color-muted=#545d68] - Labels and secondary text.
 * @cssprop [--cj-color-accent=#0b57a4] - Links, focus ring, the chosen filter.
 * @cssprop [--cj-color-surface=#ffffff] - Background.
 * @cssprop [--cj-color-border=#d1d9e0] - Borders and loading placeholders.
 * @cssprop [--cj-color-danger=#b42318] - Error messages.
 * @cssprop [--cj-color-badge-text=#5c4300] - Sample badge text.
 * @cssprop [--cj-color-badge-surface=#fff1c2] - Sample badge background.
 * @cssprop [--cj-radius=8px] - Corner radius.
 * @cssprop [--cj-space=1rem] - Padding and gaps.
 * @cssprop [--cj-font-family=system-ui, sans-serif] - Font stack.
 * @cssprop [--cj-font-size=1rem] - Base font size.
 * @cssprop [--cj-min-height=12rem] - Space kept while the widget loads (and reserved by the page's `:not(:defined)` rule before it is defined).
 */
export class CjProvincialLists extends LitElement {
  static readonly version = VERSION;
  static override styles = [themeStyles, stateStyles, sampleBadgeStyles, provincialListsStyles];

  // Declared without decorators: the CDN bundle then carries no decorator runtime.
  static override properties = {
    province: { reflect: true },
    kind: { reflect: true },
    headingLevel: { attribute: "heading-level", type: Number },
  };

  declare province: string | undefined;
  declare kind: string | undefined;
  declare headingLevel: number;

  private readonly clientConsumer = new ContextConsumer(this, { context: clientContext, subscribe: true });
  private readonly i18n = new LocaleController(this);

  private readonly lists = new LoadController(this, {
    args: () => (this.client && this.province ? ([this.client, this.province, this.kind || undefined] as const) : undefined),
    load: async ([client, province, kind], signal) => {
      const { items } = await client
        .collection(provincialLists)
        .list({ province, kind: kind as ProvincialListKind | undefined, limit: pageSize }, { signal });
      // Items name a major category by id; readers need its name.
      const categoryIds = items.flatMap((list) => list.items.flatMap((item) => (item.majorCategoryId ? [item.majorCategoryId] : [])));
      const categories = await recordsById(client, majorCategories, categoryIds, signal);
      return { items, categories };
    },
  });

  constructor() {
    super();
    this.headingLevel = 3;
  }

  private get client(): BaseClient | undefined {
    return this.clientConsumer.value;
  }

  protected override render(): TemplateResult {
    const t = this.i18n.pick(messages);
    const { state } = this.lists;
    const busy = this.client !== undefined && this.province !== undefined && (state.status === "pending" || state.status === "idle");
    return html`<section class="lists" part="lists" aria-busy=${busy ? "true" : "false"}>
      ${this.renderFilter(t)} ${this.renderBody(t)}
    </section>`;
  }

  private renderBody(t: Strings): TemplateResult {
    if (!this.client) return emptyState(t.noClient);
    if (!this.province) return emptyState(t.noProvince);
    const { state } = this.lists;
    if (state.status === "error") return loadErrorState({ host: this, locale: this.i18n.locale, error: state.error, failed: t.listsFailed, retryLabel: t.retry, onRetry: () => this.lists.retry() });
    if (state.status !== "complete") return loadingState(t.loading);
    const { items, categories } = state.value;
    const categoryNames = new Map([...categories].map(([id, category]) => [id, localName(this.i18n.locale, category)]));
    if (items.length === 0) return emptyState(t.empty);
    return html`${inPolicyOrder(items).map((list) => this.renderList(t, list, categoryNames))}`;
  }

  private renderFilter(t: Strings): TemplateResult {
    const choices: Array<[string | undefined, string]> = [[undefined, t.allKinds], ...ProvincialListKind.options.map((kind): [string, string] => [kind, t.kinds[kind]])];
    const current = this.kind || undefined;
    return html`<div class="filter" part="filter" role="group" aria-label=${t.filterLabel}>
      ${choices.map(
        ([kind, label]) =>
          html`<button type="button" aria-pressed=${kind === current ? "true" : "false"} @click=${() => (this.kind = kind)}>${label}</button>`,
      )}
    </div>`;
  }

  private renderList(t: Strings, list: ProvincialList, categoryNames: ReadonlyMap<string, string>): TemplateResult {
    return html`<article class="list" part="list">
      <header class="list-header">
        <div class="list-title" part="list-title" role="heading" aria-level=${this.clampedHeadingLevel()}>${list.title}</div>
        <span class="kind">${t.kinds[list.kind]}</span>
        <span class="year">${t.labels.year} ${list.year}</span>
        ${sampleBadge(list.sample, t)}
      </header>
      <ol class="items">
        ${list.items.map((item) => this.renderItem(t, item, categoryNames))}
      </ol>
      <p class="source" part="source">${t.sourcePrefix}${renderSource(list.source)}</p>
    </article>`;
  }

  private renderItem(t: Strings, item: ListItem, categoryNames: ReadonlyMap<string, string>): TemplateResult {
    const category = item.majorCategoryId === null ? null : (categoryNames.get(item.majorCategoryId) ?? item.majorCategoryId);
    const fields: Array<[string, string | null]> = [
      [t.labels.industry, item.industry],
      [t.labels.majorCategory, category],
    ];
    const shown = fields.filter((field): field is [string, string] => field[1] !== null);
    return html`<li class="item" part="item">
      <span class="item-title">${item.title}</span>
      ${item.detail ? html`<p class="item-detail">${item.detail}</p>` : nothing}
      ${shown.length > 0
        ? html`<dl class="fields">
            ${shown.map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}
          </dl>`
        : nothing}
      <p class="source" part="source">${t.sourcePrefix}${renderSource(item.source)}</p>
    </li>`;
  }

  private clampedHeadingLevel(): string {
    return String(Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3)));
  }
}

/** The policy's order of the three lists (talent demand, industry development, policy support), newest year first. */
function inPolicyOrder(lists: readonly ProvincialList[]): ProvincialList[] {
  const rank = (kind: ProvincialListKind) => ProvincialListKind.options.indexOf(kind);
  return [...lists].sort((a, b) => rank(a.kind) - rank(b.kind) || b.year - a.year);
}

declare global {
  interface HTMLElementTagNameMap {
    "cj-provincial-lists": CjProvincialLists;
  }
}
