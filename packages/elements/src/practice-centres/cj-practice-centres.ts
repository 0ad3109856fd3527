import { ContextConsumer } from "@lit/context";
import {
  PracticeCentreKind,
  PracticeFunction,
  practiceCentres,
  type BaseClient,
  type PracticeCentre,
} from "@chanjiao/sdk";
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit";
import { collect } from "../shared/collect.js";
import { clientContext } from "../shared/context.js";
import { controlsStyles } from "../shared/controls.styles.js";
import { CjSelectEvent } from "../shared/events.js";
import { headingLevel } from "../shared/heading-level.js";
import { fillHrefTemplate } from "../shared/href-template.js";
import { formatNumber } from "../shared/i18n/format.js";
import { LocaleController } from "../shared/i18n/locale-controller.js";
import { LoadController } from "../shared/load-controller.js";
import { loadErrorState } from "../shared/load-error-state.js";
import { pageOf, pager, pagerStyles } from "../shared/pager.js";
import { recordStyles } from "../shared/record.styles.js";
import { sampleBadge, sampleBadgeStyles } from "../shared/sample-badge.js";
import { renderSource } from "../shared/source-links.js";
import { emptyState, loadingState, stateStyles } from "../shared/states.js";
import { themeStyles } from "../shared/theme.styles.js";
import { VERSION } from "../shared/version.js";
import { practiceCentresStyles } from "./cj-practice-centres.styles.js";
import { messages } from "./messages.js";
import { loadRelatedNames, relatedIds } from "./related-names.js";

const kinds = PracticeCentreKind.options;
const functions = PracticeFunction.options;

/**
 * A directory of open regional practice centres for industry–education integration (clause 8 of
 * the policy): public and enterprise centres, 校中厂 and 厂中校, with their functions (实践教学,
 * 社会培训, 真实生产, 技术服务), operator and consortium. Filter controls for type and function
 * are reflected to the `kind` and `function` attributes. Place it inside a `<cj-provider>`.
 * Follows the nearest `lang` (zh-CN by default, or en).
 *
 * @summary A filterable directory of practice centres.
 *
 * @attr region - A GB/T 2260 code; a province code also lists the centres of its cities.
 * @attr kind - `public`, `enterprise`, `school-factory` (校中厂) or `factory-school` (厂中校); set by the type control.
 * @attr function - `teaching`, `training`, `production` or `service`; set by the function control.
 * @attr consortium-href - Address of a consortium's page on the site, with `{id}` for its id (such as `/consortia/{id}`); without it the consortium is named but not linked.
 * @attr heading-level - The heading level of each centre's name (1 to 6). Default 3.
 * @attr page-size - Centres per page. Default 20.
 * @prop {string | undefined} region - Reflected from `region`.
 * @prop {"public" | "enterprise" | "school-factory" | "factory-school" | undefined} kind - Reflected to `kind`.
 * @prop {"teaching" | "training" | "production" | "service" | undefined} practiceFunction - Reflected to `function`.
 * @prop {string | undefined} consortiumHref - Reflected from `consortium-href`.
 * @prop {number} headingLevel - Reflected from `heading-level`.
 * @prop {number} pageSize - Reflected from `page-size`.
 *
 * @fires {CjSelectEvent<PracticeCentre>} cj-select - The user activated a centre's name (click, Enter or Space); `event.value` is the record (`PracticeCentre`).
 * @fires {CjErrorEvent} cj-error - The centres could not be loaded; `event.error` is the SDK's error.
 *
 * @csspart base - The widget's box.
 * @csspart filters - The type and function controls.
 * @csspart summary - The number of centres found.
 * @csspart list - The list of centres.
 * @csspart item - One centre.
 * @csspart title - A centre's name, a heading holding a button.
 * @csspart badge - The "示例数据 / Sample data" badge of generated records.
 * @csspart source - Where a record comes from, with its http(s) links.
 * @csspart pager - Previous / next page controls.
 * @csspart retry - The Retry button of the error state.
 *
 * @cssprop [--cj-color-text=#1f2328] - Text colour (dark scheme: #e6edf3).
 * @cssprop [--cj-color-muted=#545d68] - Labels and secondary text.
 * @cssprop [--cj-color-accent=#0b57a4] - Links, focus ring, buttons.
 * @cssprop [--cj-color-surface=#ffffff] - Background of the centres.
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
export class CjPracticeCentres extends LitElement {
  static readonly version = VERSION;
  static override styles = [themeStyles, stateStyles, sampleBadgeStyles, controlsStyles, pagerStyles, recordStyles, practiceCentresStyles];

  // Declared without decorators: the CDN bundle then carries no decorator runtime.
  static override properties = {
    region: { reflect: true },
    kind: { reflect: true },
    practiceFunction: { attribute: "function", reflect: true },
    consortiumHref: { attribute: "consortium-href" },
    headingLevel: { attribute: "heading-level", type: Number },
    pageSize: { attribute: "page-size", type: Number },
    page: { state: true },
  };

  declare region: string | undefined;
  declare kind: PracticeCentreKind | undefined;
  declare practiceFunction: PracticeFunction | undefined;
  declare consortiumHref: string | undefined;
  declare headingLevel: number;
  declare pageSize: number;
  declare private page: number;

  // Updates the list whenever the provider's client changes.
  private readonly clientConsumer = new ContextConsumer(this, { context: clientContext, subscribe: true });
  private readonly i18n = new LocaleController(this);

  constructor() {
    super();
    this.headingLevel = 3;
    this.pageSize = 20;
    this.page = 1;
  }

  private get client(): BaseClient | undefined {
    return this.clientConsumer.value;
  }

  private readonly centres = new LoadController(this, {
    args: () => (this.client ? ([this.client, this.region || undefined, this.kind || undefined, this.practiceFunction || undefined] as const) : undefined),
    load: ([client, region, kind, fn], signal) =>
      collect(client.collection(practiceCentres).all({ region, kind, function: fn, limit: 200 }, { signal })),
  });

  // Names are read for the shown page only, so a long directory costs a few requests at a time.
  private readonly names = new LoadController(this, {
    args: () => {
      const shown = this.shownPage()?.items;
      return this.client && shown && shown.length > 0 ? ([this.client, JSON.stringify(relatedIds(shown))] as const) : undefined;
    },
    load: ([client, ids], signal) => loadRelatedNames(client, JSON.parse(ids) as ReturnType<typeof relatedIds>, signal),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("region") || changed.has("kind") || changed.has("practiceFunction")) this.page = 1;
  }

  private shownPage() {
    const { state } = this.centres;
    return state.status === "complete" ? pageOf(state.value, this.page, this.pageSize) : undefined;
  }

  protected override render(): TemplateResult {
    const t = this.i18n.pick(messages);
    if (!this.client) return this.frame(emptyState(t.noClient), false);
    const { state } = this.centres;
    switch (state.status) {
      case "complete":
        return this.frame(this.renderCentres(state.value), false);
      case "error":
        return this.frame(loadErrorState({ host: this, locale: this.i18n.locale, error: state.error, failed: t.centresFailed, retryLabel: t.retry, onRetry: () => this.centres.retry() }), false);
      default:
        return this.frame(loadingState(t.loading), true);
    }
  }

  private frame(content: TemplateResult, busy: boolean): TemplateResult {
    return html`<section class="base" part="base" aria-busy=${busy ? "true" : "false"}>${this.renderFilters()}${content}</section>`;
  }

  private renderFilters(): TemplateResult {
    const t = this.i18n.pick(messages);
    const select = <T extends string>(label: string, value: T | undefined, options: readonly T[], names: Record<T, string>, set: (value: T | undefined) => void) => html`
      <label class="control">
        ${label}
        <select @change=${(event: Event) => set(((event.target as HTMLSelectElement).value || undefined) as T | undefined)}>
          <option value="" ?selected=${!value}>${t.all}</option>
          ${options.map((option) => html`<option value=${option} ?selected=${option === value}>${names[option]}</option>`)}
        </select>
      </label>
    `;
    return html`<div class="filters" part="filters" role="group" aria-label=${t.filters}>
      ${select(t.labels.kind, this.kind, kinds, t.kinds, (value) => (this.kind = value))}
      ${select(t.labels.functions, this.practiceFunction, functions, t.functions, (value) => (this.practiceFunction = value))}
    </div>`;
  }

  private renderCentres(centres: readonly PracticeCentre[]): TemplateResult {
    const { locale } = this.i18n;
    const t = this.i18n.pick(messages);
    if (centres.length === 0) return emptyState(t.noCentres);
    const shown = pageOf(centres, this.page, this.pageSize);
    return html`
      <p class="summary" part="summary" role="status">${t.count(formatNumber(locale, centres.length))}</p>
      <ul class="list" part="list">
        ${shown.items.map((centre) => this.renderCentre(centre))}
      </ul>
      ${pager(locale, shown, (page) => (this.page = page))}
    `;
  }

  private renderCentre(centre: PracticeCentre): TemplateResult {
    const t = this.i18n.pick(messages);
    const names = this.names.state.status === "complete" ? this.names.state.value : undefined;
    const operator = centre.operatorId === null ? undefined : names?.get(centre.operatorId);
    const consortium = centre.consortiumId === null ? undefined : names?.get(centre.consortiumId);
    const consortiumHref = centre.consortiumId === null || !this.consortiumHref ? undefined : fillHrefTemplate(this.consortiumHref, { id: centre.consortiumId });
    return html`<li class="item" part="item">
      <header class="header">
        <div class="title" part="title" role="heading" aria-level=${headingLevel(this.headingLevel)}>
          <button type="button" @click=${() => this.dispatchEvent(new CjSelectEvent<PracticeCentre>(centre))}>${centre.name}</button>
        </div>
        ${sampleBadge(centre.sample, t)}
      </header>
      <dl class="meta">
        <dt>${t.labels.kind}</dt>
        <dd>${t.kinds[centre.kind]}</dd>
        ${centre.functions.length === 0
          ? nothing
          : html`<dt>${t.labels.functions}</dt>
              <dd>
                <ul class="functions">
                  ${centre.functions.map((fn) => html`<li>${t.functions[fn]}</li>`)}
                </ul>
              </dd>`}
        ${operator === undefined ? nothing : html`<dt>${t.labels.operator}</dt><dd>${operator}</dd>`}
        ${consortium === undefined
          ? nothing
          : html`<dt>${t.labels.consortium}</dt>
              <dd>${consortiumHref === undefined ? consortium : html`<a href=${consortiumHref}>${consortium}</a>`}</dd>`}
      </dl>
      <p class="source" part="source">${t.sourcePrefix}${renderSource(centre.source)}</p>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cj-practice-centres": CjPracticeCentres;
  }
}
