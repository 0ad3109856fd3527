import { ContextConsumer } from "@lit/context";
import { CooperationKind, cooperationProjects, type BaseClient, type CooperationProject } from "@chanjiao/sdk";
import { html, LitElement, type PropertyValues, type TemplateResult } from "lit";
import { messages as cardMessages } from "../cooperation-card/messages.js";
import { collect } from "../shared/collect.js";
import { clientContext } from "../shared/context.js";
import { controlsStyles } from "../shared/controls.styles.js";
import { formatNumber } from "../shared/i18n/format.js";
import { LocaleController } from "../shared/i18n/locale-controller.js";
import { LoadController } from "../shared/load-controller.js";
import { loadErrorState } from "../shared/load-error-state.js";
import { pageOf, pager, pagerStyles } from "../shared/pager.js";
import { emptyState, loadingState, stateStyles } from "../shared/states.js";
import { themeStyles } from "../shared/theme.styles.js";
import { VERSION } from "../shared/version.js";
import { cooperationListStyles } from "./cj-cooperation-list.styles.js";
import { cooperationFacets, type CooperationFacets } from "./facets.js";
import { messages } from "./messages.js";

/**
 * International cooperation projects (clause 10 of the policy: 鲁班工坊, 中文+职业技能, exported
 * standards, platforms, competitions) as `<cj-cooperation-card>`s, with filters for kind, country
 * and field and the number of projects beside each kind and country. The filters are reflected to
 * the `kind`, `country` and `field` attributes. Long lists are paged. Place it inside a
 * `<cj-provider>`. Follows the nearest `lang` (zh-CN by default, or en).
 *
 * @summary A filterable list of international cooperation projects.
 *
 * @attr kind - `luban-workshop`, `chinese-plus-skills`, `standard`, `platform` or `competition`; set by the kind chips.
 * @attr country - A country's English or Chinese name (`Thailand`, `泰国`); set by the country control.
 * @attr field - Text that a field of the project contains (`new energy`); set by the field box.
 * @attr heading-level - The heading level of each project's name (1 to 6). Default 3.
 * @attr page-size - Projects per page. Default 12.
 * @prop {"luban-workshop" | "chinese-plus-skills" | "standard" | "platform" | "competition" | undefined} kind - Reflected to `kind`.
 * @prop {string | undefined} country - Reflected to `country`.
 * @prop {string | undefined} field - Reflected to `field`.
 * @prop {number} headingLevel - Reflected from `heading-level`.
 * @prop {number} pageSize - Reflected from `page-size`.
 *
 * @fires {CjSelectEvent<CooperationProject>} cj-select - The user activated a project's title (click, Enter or Space); `event.value` is the record (`CooperationProject`).
 * @fires {CjErrorEvent} cj-error - The projects could not be loaded; `event.error` is the SDK's error.
 *
 * @csspart base - The widget's box.
 * @csspart filters - The kind, country and field controls.
 * @csspart kinds - The kind chips, each with its count.
 * @csspart summary - The number of projects found.
 * @csspart list - The list of cards; each `<cj-cooperation-card>` has its own parts.
 * @csspart pager - Previous / next page controls.
 * @csspart retry - The Retry button of the error state.
 *
 * @cssprop [--cj-color-text=#1f2328] - Text colour (dark scheme: #e6edf3).
 * @cssprop [--cj-color-muted=#545d68] - Labels and secondary text.
 * @cssprop [--cj-color-accent=#0b57a4] - Links, focus ring, buttons, the chosen chip.
 * @cssprop [--cj-color-surface=#ffffff] - Background of cards and controls.
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
export class CjCooperationList extends LitElement {
  static readonly version = VERSION;
  static override styles = [themeStyles, stateStyles, controlsStyles, pagerStyles, cooperationListStyles];

  // Declared without decorators: the CDN bundle then carries no decorator runtime.
  static override properties = {
    kind: { reflect: true },
    country: { reflect: true },
    field: { reflect: true },
    headingLevel: { attribute: "heading-level", type: Number },
    pageSize: { attribute: "page-size", type: Number },
    page: { state: true },
  };

  declare kind: CooperationKind | undefined;
  declare country: string | undefined;
  declare field: string | undefined;
  declare headingLevel: number;
  declare pageSize: number;
  declare private page: number;

  // Updates the list whenever the provider's client changes.
  private readonly clientConsumer = new ContextConsumer(this, { context: clientContext, subscribe: true });
  private readonly i18n = new LocaleController(this);

  constructor() {
    super();
    this.headingLevel = 3;
    this.pageSize = 12;
    this.page = 1;
  }

  private get client(): BaseClient | undefined {
    return this.clientConsumer.value;
  }

  // Kind and country are applied here rather than by the API, so that one read gives the counts of every choice.
  private readonly projects = new LoadController(this, {
    args: () => (this.client ? ([this.client, this.field?.trim() || undefined] as const) : undefined),
    load: ([client, field], signal) => collect(client.collection(cooperationProjects).all({ field, limit: 200 }, { signal })),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("kind") || changed.has("country") || changed.has("field")) this.page = 1;
  }

  protected override render(): TemplateResult {
    const t = this.i18n.pick(messages);
    if (!this.client) return this.frame(emptyState(t.noClient), false);
    const { state } = this.projects;
    switch (state.status) {
      case "complete": {
        const facets = cooperationFacets(state.value, { kind: this.kind || undefined, country: this.country || undefined });
        return this.frame(this.renderProjects(facets.shown), false, facets);
      }
      case "error":
        return this.frame(loadErrorState({ host: this, locale: this.i18n.locale, error: state.error, failed: t.projectsFailed, retryLabel: t.retry, onRetry: () => this.projects.retry() }), false);
      default:
        return this.frame(loadingState(t.loading), true);
    }
  }

  private frame(content: TemplateResult, busy: boolean, facets?: CooperationFacets): TemplateResult {
    return html`<section class="base" part="base" aria-busy=${busy ? "true" : "false"}>${this.renderFilters(facets)}${content}</section>`;
  }

  private renderFilters(facets: CooperationFacets | undefined): TemplateResult {
    const { locale } = this.i18n;
    const t = this.i18n.pick(messages);
    const kindNames = cardMessages[locale].kinds;
    const count = (n: number | undefined) => (facets ? formatNumber(locale, n ?? 0) : undefined);
    const chip = (kind: CooperationKind | undefined, label: string, n: number | undefined) => html`<li>
      <button class="chip" type="button" aria-pressed=${(this.kind || undefined) === kind ? "true" : "false"} @click=${() => (this.kind = kind)}>
        ${label}${n === undefined ? "" : html` <span class="count">${count(n)}</span>`}
      </button>
    </li>`;
    const total = facets ? [...facets.kinds.values()].reduce((sum, n) => sum + n, 0) : undefined;
    const collator = new Intl.Collator(locale);
    const countryName = (entry: { name: string; nameZh: string }) => (locale === "en" ? entry.name : entry.nameZh);
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
    const { locale } = this.i18n;
    const t = this.i18n.pick(messages);
    if (projects.length === 0) return emptyState(t.noProjects);
    const shown = pageOf(projects, this.page, this.pageSize);
    return html`
      <p class="summary" part="summary" role="status">${t.count(formatNumber(locale, projects.length))}</p>
      <ul class="list" part="list">
        ${shown.items.map((project) => html`<li><cj-cooperation-card .project=${project} heading-level=${this.headingLevel}></cj-cooperation-card></li>`)}
      </ul>
      ${pager(locale, shown, (page) => (this.page = page))}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cj-cooperation-list": CjCooperationList;
  }
}
