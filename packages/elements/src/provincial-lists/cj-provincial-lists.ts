import { type Industry, majorCategories, provincialLists, ProvincialListKind, type ProvincialList } from "@chanjiao/sdk";
import { html, nothing, type TemplateResult } from "lit";
import { CjDataElement } from "../shared/data-element.js";
import type { CommonMessages } from "../shared/i18n/messages.js";
import { localName, localText } from "../shared/i18n/local-name.js";
import { industries } from "../shared/i18n/vocabulary/industries.js";
import { provincialListKinds } from "../shared/i18n/vocabulary/lists.js";
import { recordsById } from "../shared/records-by-id.js";
import { sampleBadge, sampleBadgeStyles } from "../shared/sample-badge.js";
import { renderSources } from "../shared/source-links.js";
import { provincialListsStyles } from "./cj-provincial-lists.styles.js";
import { messages, type ProvincialListsMessages } from "./messages.js";

type Strings = CommonMessages & ProvincialListsMessages;
type ListItem = ProvincialList["items"][number];

// Enough for every list a province publishes over many years, in one request.
const pageSize = 200;

/**
 * A province's "three lists" (clause 12 of the policy): 人才需求 (talent demand), 产业发展
 * (industry development) and 政策支持 (policy support), each item with its industry, major
 * category and source. Buttons filter by kind. Place it inside a `<cj-provider>`. Follows the nearest `lang` (zh-CN by default, en, or a language added with `registerLocale`).
 *
 * @summary A province's talent demand, industry development and policy support lists.
 *
 * @attr province - The province's GB/T 2260 code, such as `320000` (江苏).
 * @attr kind - Only lists of this kind: `talent-demand`, `industry-development` or `policy-support`. All when absent.
 * @prop {string | undefined} province - Reflected from `province`.
 * @prop {"talent-demand" | "industry-development" | "policy-support" | undefined} kind - Reflected from `kind`; the filter buttons set it.
 *
 * @csspart lists - The widget's box; the root part of earlier releases, kept beside `base` for one release.
 * @csspart filter - The group of kind filter buttons.
 * @csspart list - One list.
 * @csspart list-title - A list's title.
 * @csspart badge - The "示例数据 / Sample data" badge of a generated list.
 * @csspart item - One item of a list.
 * @csspart source - A list's or an item's source, with its http(s) links.
 */
export class CjProvincialLists extends CjDataElement {
  static override legacyPart = "lists";
  static override styles = [...CjDataElement.styles, sampleBadgeStyles, provincialListsStyles];

  static override properties = {
    province: { reflect: true },
    kind: { reflect: true },
  };

  declare province: string | undefined;
  declare kind: string | undefined;

  private readonly lists = this.resource({
    args: () => (this.client && this.province ? ([this.client, this.province, this.kind || undefined] as const) : undefined),
    task: async ([client, province, kind], signal) => {
      const { items } = await client
        .collection(provincialLists)
        .list({ province, kind: kind as ProvincialListKind | undefined, limit: pageSize }, { signal });
      // Items name a major category by id; readers need its name.
      const categoryIds = items.flatMap((list) => list.items.flatMap((item) => (item.majorCategoryId ? [item.majorCategoryId] : [])));
      const categories = await recordsById(client, majorCategories, categoryIds, signal);
      return { items, categories };
    },
  });

  protected override render(): TemplateResult {
    const t = this.pick(messages);
    const body = this.show(this.lists, {
      missing: this.province ? undefined : t.noProvince,
      complete: ({ items, categories }) => {
        const categoryNames = new Map([...categories].map(([id, category]) => [id, localName(this.locale, category)]));
        return html`${inPolicyOrder(items).map((list) => this.renderList(t, list, categoryNames))}`;
      },
      isEmpty: ({ items }) => items.length === 0,
      empty: t.empty,
      failed: t.listsFailed,
    });
    return this.frame(html`${this.renderFilter(t)} ${body}`);
  }

  private renderFilter(t: Strings): TemplateResult {
    const choices: Array<[string | undefined, string]> = [[undefined, t.allKinds], ...ProvincialListKind.options.map((kind): [string, string] => [kind, this.terms(provincialListKinds)[kind]])];
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
        <div class="list-title" part="list-title" role="heading" aria-level=${this.headingLevelAt()}>${localText(this.locale, list.title, list.titleEn)}</div>
        <span class="kind">${this.terms(provincialListKinds)[list.kind]}</span>
        <span class="year">${t.labels.year} ${list.year}</span>
        ${sampleBadge(list.sample, t)}
      </header>
      <ol class="items">
        ${list.items.map((item) => this.renderItem(t, item, categoryNames))}
      </ol>
      <p class="source" part="source">${t.sourcePrefix}${renderSources([list], this.locale)}</p>
    </article>`;
  }

  private renderItem(t: Strings, item: ListItem, categoryNames: ReadonlyMap<string, string>): TemplateResult {
    const category = item.majorCategoryId === null ? null : (categoryNames.get(item.majorCategoryId) ?? item.majorCategoryId);
    const fields: Array<[string, string | null]> = [
      [t.labels.industry, item.industry === null ? null : (this.terms(industries)[item.industry as Industry] ?? item.industry)],
      [t.labels.majorCategory, category],
    ];
    const shown = fields.filter((field): field is [string, string] => field[1] !== null);
    return html`<li class="item" part="item">
      <span class="item-title">${localText(this.locale, item.title, item.titleEn)}</span>
      ${item.detail ? html`<p class="item-detail">${localText(this.locale, item.detail, item.detailEn)}</p>` : nothing}
      ${shown.length > 0
        ? html`<dl class="fields">
            ${shown.map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}
          </dl>`
        : nothing}
      <p class="source" part="source">${t.sourcePrefix}${renderSources([item], this.locale)}</p>
    </li>`;
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
