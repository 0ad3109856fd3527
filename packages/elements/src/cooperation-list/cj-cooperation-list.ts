import { CooperationKind, cooperationProjects, type CooperationProject } from "@chanjiao/sdk";
import { html, type PropertyValues, type TemplateResult } from "lit";
import { collect } from "../shared/collect.js";
import { controlsStyles } from "../shared/controls.styles.js";
import { CjDataElement } from "../shared/data-element.js";
import { formatNumber } from "../shared/i18n/format.js";
import { isChinese } from "../shared/i18n/local-name.js";
import { cooperationKinds } from "../shared/i18n/vocabulary/cooperation.js";
import { pageOf, pager, pagerStyles } from "../shared/pager.js";
import { emptyState } from "../shared/states.js";
import { cooperationListStyles } from "./cj-cooperation-list.styles.js";
import { cooperationFacets, type CooperationFacets } from "./facets.js";
import { messages } from "./messages.js";

/**
 * International cooperation projects (clause 10 of the policy: 鲁班工坊, 中文+职业技能, exported
 * standards, platforms, competitions) as `<cj-cooperation-card>`s, with filters for kind, country
 * and field and the number of projects beside each kind and country. The filters are reflected to
 * the `kind`, `country` and `field` attributes. Long lists are paged. Place it inside a
 * `<cj-provider>`. Follows the nearest `lang` (zh-CN by default, en, or a language added with `registerLocale`).
 *
 * @summary A filterable list of international cooperation projects.
 *
 * @attr kind - `luban-workshop`, `chinese-plus-skills`, `standard`, `platform` or `competition`; set by the kind chips.
 * @attr country - A country's English or Chinese name (`Thailand`, `泰国`); set by the country control.
 * @attr field - Text that a field of the project contains (`new energy`); set by the field box.
 * @attr page-size - Projects per page. Default 12.
 * @prop {"luban-workshop" | "chinese-plus-skills" | "standard" | "platform" | "competition" | undefined} kind - Reflected to `kind`.
 * @prop {string | undefined} country - Reflected to `country`.
 * @prop {string | undefined} field - Reflected to `field`.
 * @prop {number} pageSize - Reflected from `page-size`.
 *
 * @fires {CjSelectEvent<CooperationProject>} cj-select - The user activated a project's title (click, Enter or Space); `event.value` is the record (`CooperationProject`).
 *
 * @csspart filters - The kind, country and field controls.
 * @csspart kinds - The kind chips, each with its count.
 * @csspart summary - The number of projects found.
 * @csspart list - The list of cards; each `<cj-cooperation-card>` has its own parts.
 * @csspart pager - Previous / next page controls.
 */
export class CjCooperationList extends CjDataElement {
  static override styles = [...CjDataElement.styles, controlsStyles, pagerStyles, cooperationListStyles];

  static override properties = {
    kind: { reflect: true },
    country: { reflect: true },
    field: { reflect: true },
    pageSize: { attribute: "page-size", type: Number },
    page: { state: true },
  };

  declare kind: CooperationKind | undefined;
  declare country: string | undefined;
  declare field: string | undefined;
  declare pageSize: number;
  declare private page: number;

  constructor() {
    super();
    this.pageSize = 12;
    this.page = 1;
  }

  // Kind and country are applied here rather than by the API, so that one read gives the counts of every choice.
  private readonly projects = this.resource({
    args: () => (this.client ? ([this.client, this.field?.trim() || undefined] as const) : undefined),
    task: ([client, field], signal) => collect(client.collection(cooperationProjects).all({ field, limit: 200 }, { signal })),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("kind") || changed.has("country") || changed.has("field")) this.page = 1;
  }

  protected override render(): TemplateResult {
    const t = this.pick(messages);
    const all = this.projects.value;
    const facets = all && cooperationFacets(all, { kind: this.kind || undefined, country: this.country || undefined });
    const body = this.show(this.projects, { complete: () => this.renderProjects(facets!.shown), failed: t.projectsFailed });
    return this.frame(html`${this.renderFilters(facets)}${body}`);
  }

  private renderFilters(facets: CooperationFacets | undefined): TemplateResult {
    const { locale } = this;
    const t = this.pick(messages);
    const kindNames = this.terms(cooperationKinds);
    const count = (n: number | undefined) => (facets ? formatNumber(locale, n ?? 0) : undefined);
    const chip = (kind: CooperationKind | undefined, label: string, n: number | undefined) => html`<li>
      <button class="chip" type="button" aria-pressed=${(this.kind || undefined) === kind ? "true" : "false"} @click=${() => (this.kind = kind)}>
        ${label}${n === undefined ? "" : html` <span class="count">${count(n)}</span>`}
      </button>
    </li>`;
    const total = facets ? [...facets.kinds.values()].reduce((sum, n) => sum + n, 0) : undefined;
    const collator = new Intl.Collator(locale);
    const countryName = (entry: { name: string; nameZh: string }) => (isChinese(locale) ? entry.nameZh : entry.name);
    const countries = [...(facets?.countries ?? [])].sort((a, b) => collator.compare(countryName(a), countryName(b)));
    const chosenCountry = this.country?.trim().toLowerCase();
    return html`<div class="filters" part="filters" role="group" aria-label=${t.filters}>
      <div class="control kind-control">
        <span id="kind-label">${t.labels.kind}</span>
        <ul class="chips" part="kinds" aria-labelledby="kind-label">
          ${chip(undefined, t.allKinds, total)}
          ${CooperationKind.options.map((kind) => chip(kind, kindNames[kind], facets ? (facets.kinds.get(kind) ?? 0) : undefined))}
        </ul>
      </div>
      <label class="control">
        ${t.labels.country}
        <select @change=${(event: Event) => (this.country = (event.target as HTMLSelectElement).value || undefined)}>
          <option value="" ?selected=${!chosenCountry}>${t.allCountries}</option>
          ${countries.map((entry) => {
            const chosen = chosenCountry === entry.name.toLowerCase() || this.country?.trim() === entry.nameZh;
            return html`<option value=${entry.name} ?selected=${chosen}>${t.withCount(countryName(entry), formatNumber(locale, entry.count))}</option>`;
          })}
        </select>
      </label>
      <label class="control">
        ${t.labels.field}
        <input
          type="search"
          .value=${this.field ?? ""}
          placeholder=${t.fieldPlaceholder}
          @change=${(event: Event) => (this.field = (event.target as HTMLInputElement).value.trim() || undefined)}
        />
      </label>
    </div>`;
  }

  private renderProjects(projects: readonly CooperationProject[]): TemplateResult {
    const t = this.pick(messages);
    if (projects.length === 0) return emptyState(t.noProjects);
    const shown = pageOf(projects, this.page, this.pageSize);
    return html`
      <p class="summary" part="summary" role="status">${t.count(formatNumber(this.locale, projects.length))}</p>
      <ul class="list" part="list">
        ${shown.items.map((project) => html`<li><cj-cooperation-card .project=${project} heading-level=${this.headingLevel}></cj-cooperation-card></li>`)}
      </ul>
      ${pager(this.locale, shown, (page) => (this.page = page))}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cj-cooperation-list": CjCooperationList;
  }
}
