import { PracticeCentreKind, PracticeFunction, practiceCentres, type PracticeCentre } from "@chanjiao/sdk";
import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { collect } from "../shared/collect.js";
import { controlsStyles } from "../shared/controls.styles.js";
import { CjDataElement } from "../shared/data-element.js";
import { fillHrefTemplate } from "../shared/href-template.js";
import { formatNumber } from "../shared/i18n/format.js";
import { localName } from "../shared/i18n/local-name.js";
import { practiceCentreKinds, practiceFunctions } from "../shared/i18n/vocabulary/practice.js";
import { pageOf, pager, pagerStyles } from "../shared/pager.js";
import { recordStyles } from "../shared/record.styles.js";
import { sampleBadge, sampleBadgeStyles } from "../shared/sample-badge.js";
import { renderSources } from "../shared/source-links.js";
import { practiceCentresStyles } from "./cj-practice-centres.styles.js";
import { messages } from "./messages.js";
import { loadRelatedNames, relatedIds } from "./related-names.js";

/**
 * A directory of open regional practice centres for industry–education integration (clause 8 of
 * the policy): public and enterprise centres, 校中厂 and 厂中校, with their functions (实践教学,
 * 社会培训, 真实生产, 技术服务), operator and consortium. Filter controls for type and function
 * are reflected to the `kind` and `function` attributes. Place it inside a `<cj-provider>`.
 * Follows the nearest `lang` (zh-CN by default, en, or a language added with `registerLocale`).
 *
 * @summary A filterable directory of practice centres.
 *
 * @attr region - A GB/T 2260 code; a province code also lists the centres of its cities.
 * @attr kind - `public`, `enterprise`, `school-factory` (校中厂) or `factory-school` (厂中校); set by the type control.
 * @attr function - `teaching`, `training`, `production` or `service`; set by the function control.
 * @attr consortium-href - Address of a consortium's page on the site, with `{id}` for its id (such as `/consortia/{id}`); without it the consortium is named but not linked.
 * @attr page-size - Centres per page. Default 20.
 * @prop {string | undefined} region - Reflected from `region`.
 * @prop {"public" | "enterprise" | "school-factory" | "factory-school" | undefined} kind - Reflected to `kind`.
 * @prop {"teaching" | "training" | "production" | "service" | undefined} practiceFunction - Reflected to `function`.
 * @prop {string | undefined} consortiumHref - Reflected from `consortium-href`.
 * @prop {number} pageSize - Reflected from `page-size`.
 *
 * @fires {CjSelectEvent<PracticeCentre>} cj-select - The user activated a centre's name (click, Enter or Space); `event.value` is the record (`PracticeCentre`).
 *
 * @csspart filters - The type and function controls.
 * @csspart summary - The number of centres found.
 * @csspart list - The list of centres.
 * @csspart item - One centre.
 * @csspart title - A centre's name, a heading holding a button.
 * @csspart badge - The "示例数据 / Sample data" badge of generated records.
 * @csspart source - Where a record comes from, with its http(s) links.
 * @csspart pager - Previous / next page controls.
 */
export class CjPracticeCentres extends CjDataElement {
  static override styles = [...CjDataElement.styles, sampleBadgeStyles, controlsStyles, pagerStyles, recordStyles, practiceCentresStyles];

  static override properties = {
    region: { reflect: true },
    kind: { reflect: true },
    practiceFunction: { attribute: "function", reflect: true },
    consortiumHref: { attribute: "consortium-href" },
    pageSize: { attribute: "page-size", type: Number },
    page: { state: true },
  };

  declare region: string | undefined;
  declare kind: PracticeCentreKind | undefined;
  declare practiceFunction: PracticeFunction | undefined;
  declare consortiumHref: string | undefined;
  declare pageSize: number;
  declare private page: number;

  constructor() {
    super();
    this.pageSize = 20;
    this.page = 1;
  }

  private readonly centres = this.resource({
    args: () => (this.client ? ([this.client, this.region || undefined, this.kind || undefined, this.practiceFunction || undefined] as const) : undefined),
    task: ([client, region, kind, fn], signal) => collect(client.collection(practiceCentres).all({ region, kind, function: fn, limit: 200 }, { signal })),
  });

  // Names are read for the shown page only, so a long directory costs a few requests at a time.
  private readonly names = this.resource({
    args: () => {
      const shown = this.shownPage()?.items;
      return this.client && shown && shown.length > 0 ? ([this.client, relatedIds(shown)] as const) : undefined;
    },
    argsEqual: ([client, ids], [nextClient, nextIds]) => client === nextClient && sameIds(ids, nextIds),
    task: ([client, ids], signal) => loadRelatedNames(client, ids, signal),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("region") || changed.has("kind") || changed.has("practiceFunction")) this.page = 1;
  }

  private shownPage() {
    const centres = this.centres.value;
    return centres && pageOf(centres, this.page, this.pageSize);
  }

  protected override render(): TemplateResult {
    const t = this.pick(messages);
    const body = this.show(this.centres, {
      complete: (centres) => this.renderCentres(centres),
      isEmpty: (centres) => centres.length === 0,
      empty: t.noCentres,
      failed: t.centresFailed,
    });
    return this.frame(html`${this.renderFilters()}${body}`);
  }

  private renderFilters(): TemplateResult {
    const t = this.pick(messages);
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
      ${select(t.labels.kind, this.kind, PracticeCentreKind.options, this.terms(practiceCentreKinds), (value) => (this.kind = value))}
      ${select(t.labels.functions, this.practiceFunction, PracticeFunction.options, this.terms(practiceFunctions), (value) => (this.practiceFunction = value))}
    </div>`;
  }

  private renderCentres(centres: readonly PracticeCentre[]): TemplateResult {
    const t = this.pick(messages);
    const shown = pageOf(centres, this.page, this.pageSize);
    return html`
      <p class="summary" part="summary" role="status">${t.count(formatNumber(this.locale, centres.length))}</p>
      <ul class="list" part="list">
        ${shown.items.map((centre) => this.renderCentre(centre))}
      </ul>
      ${pager(this.locale, shown, (page) => (this.page = page))}
    `;
  }

  private renderCentre(centre: PracticeCentre): TemplateResult {
    const t = this.pick(messages);
    const names = this.names.value;
    const nameOf = (id: string | null) => {
      const related = id === null ? undefined : names?.get(id);
      return related && localName(this.locale, related);
    };
    const operator = nameOf(centre.operatorId);
    const consortium = nameOf(centre.consortiumId);
    const consortiumHref = centre.consortiumId === null || !this.consortiumHref ? undefined : fillHrefTemplate(this.consortiumHref, { id: centre.consortiumId });
    return html`<li class="item" part="item">
      ${this.recordHeader(centre, localName(this.locale, centre), 0, sampleBadge(centre.sample, t))}
      <dl class="meta">
        <dt>${t.labels.kind}</dt>
        <dd>${this.terms(practiceCentreKinds)[centre.kind]}</dd>
        ${centre.functions.length === 0
          ? nothing
          : html`<dt>${t.labels.functions}</dt>
              <dd>
                <ul class="functions">
                  ${centre.functions.map((fn) => html`<li>${this.terms(practiceFunctions)[fn]}</li>`)}
                </ul>
              </dd>`}
        ${operator === undefined ? nothing : html`<dt>${t.labels.operator}</dt><dd>${operator}</dd>`}
        ${consortium === undefined
          ? nothing
          : html`<dt>${t.labels.consortium}</dt>
              <dd>${consortiumHref === undefined ? consortium : html`<a href=${consortiumHref}>${consortium}</a>`}</dd>`}
      </dl>
      <p class="source" part="source">${t.sourcePrefix}${renderSources([centre], this.locale)}</p>
    </li>`;
  }
}

function sameIds(a: ReturnType<typeof relatedIds>, b: ReturnType<typeof relatedIds>): boolean {
  return String(a.operators) === String(b.operators) && String(a.consortia) === String(b.consortia);
}

declare global {
  interface HTMLElementTagNameMap {
    "cj-practice-centres": CjPracticeCentres;
  }
}
